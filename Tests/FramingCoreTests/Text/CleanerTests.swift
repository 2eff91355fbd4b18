import Testing

@testable import FramingCore

@Suite struct CleanerTests {
  static let rules: BoilerplateRules = {
    let yaml = """
      format: 1
      kind: boilerplate
      id: test
      rules:
        - {id: reading-time, scope: line, pattern: 'Lesezeit:? \\d+ Minuten', note: widget}
        - {id: gallery, scope: line, pattern: '\\d+ / \\d+', note: counter}
        - {id: stand, scope: span, pattern: 'Stand: \\d\\d\\.\\d\\d\\.\\d{4}', note: timestamp}
      """
    guard case .boilerplate(let rules) = try! LexiconParser.parse(yaml, file: "b.yaml") else {
      fatalError()
    }
    return rules
  }()

  func clean(_ text: String) -> Cleaner.Result {
    Cleaner(rules: Self.rules).clean(Array(text.unicodeScalars))
  }

  func paragraphs(_ result: Cleaner.Result) -> [String] {
    result.text.paragraphs.map { result.text.string($0.range) }
  }

  @Test func removesBoilerplateLinesAndListsThem() {
    let result = clean("Titel\n\nLesezeit 4 Minuten\nEin Satz.\n1 / 8\n\nNoch einer.")
    #expect(paragraphs(result) == ["Titel", "Ein Satz.", "Noch einer."])
    #expect(result.removals.map(\.reason) == ["reading-time", "gallery"])
    #expect(result.removals.map(\.line) == [3, 5])
  }

  @Test func removesSpanAndKeepsRestOfLine() {
    let result = clean("Putin in Pjöngjang Stand: 19.06.2024\n\nText.")
    #expect(paragraphs(result) == ["Putin in Pjöngjang", "Text."])
    #expect(result.removals.first?.text == "Stand: 19.06.2024")
    #expect(result.removals.first?.start == 19)
  }

  @Test func dropsRepeatedParagraphOnce() {
    let result = clean("Bildtext mit Diktator.\n\nBildtext mit Diktator.\n\nAnderes.")
    #expect(paragraphs(result) == ["Bildtext mit Diktator.", "Anderes."])
    #expect(result.removals.map(\.reason) == ["duplicate-paragraph"])
    #expect(result.removals.first?.line == 3)
  }

  @Test func joinsHardWrappedLines() {
    let result = clean("Der Kreml-Chef traf den\nnordkoreanischen Machthaber.\nZweiter Absatz.")
    #expect(
      paragraphs(result) == [
        "Der Kreml-Chef traf den nordkoreanischen Machthaber.", "Zweiter Absatz.",
      ])
  }

  @Test func rejoinsWordHyphenatedAtLineBreak() {
    let result = clean(
      "ein Kriegs-\nverbrecher und der Ukraine-\nKrieg sowie Staats-\nund Parteichef.")
    #expect(
      paragraphs(result) == [
        "ein Kriegsverbrecher und der Ukraine-Krieg sowie Staats- und Parteichef."
      ])
  }

  @Test func normalizesSpacesSoftHyphensAndLineEnds() {
    let result = clean("Kim\u{00A0}Jong\u{00A0}Un, der Dik\u{00AD}tator.\r\n\r\nZweiter\tAbsatz.")
    #expect(paragraphs(result) == ["Kim Jong Un, der Diktator.", "Zweiter Absatz."])
  }

  @Test func composesDecomposedUmlautsAndKeepsOffsets() {
    // "Präsident" with a combining diaeresis: 10 scalars in the file, 9 after NFC.
    let original = "Der Pra\u{0308}sident kam."
    let result = clean(original)
    #expect(paragraphs(result) == ["Der Präsident kam."])
    let range = result.text.originalRange(of: 4..<13)
    #expect(range == 4..<14)
  }
}
