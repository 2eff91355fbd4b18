import Foundation
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

  @Test func consecutiveLineRulesAreTriedTogetherAndReportTheFirstInOrder() throws {
    let yaml = """
      format: 1
      kind: boilerplate
      id: test
      rules:
        - {id: broad, scope: line, pattern: 'Anz.*', note: first}
        - {id: narrow, scope: line, pattern: 'Anzeige', note: second}
        - {id: doubled, scope: line, pattern: '(\\w)\\1+', note: back reference}
        - {id: span, scope: span, pattern: 'xx', note: span}
        - {id: after, scope: line, pattern: 'Werbung', note: after the span rule}
      """
    guard case .boilerplate(let rules) = try LexiconParser.parse(yaml, file: "b.yaml") else {
      Issue.record("not a boilerplate file")
      return
    }
    let cleaner = Cleaner(rules: rules)
    guard case .lines(let first, let group) = try #require(cleaner.steps.first) else {
      Issue.record("expected line rules first")
      return
    }
    // A back reference keeps the three rules apart (its number would shift in an alternation).
    #expect(first == nil)
    #expect(group.map(\.id) == ["broad", "narrow", "doubled"])
    #expect(cleaner.steps.count == 3)
    let result = cleaner.clean(Array("Anzeige\nText.\naaaa\nWerbungxx\nEnde.".unicodeScalars))
    #expect(result.removals.map(\.reason) == ["broad", "doubled", "span", "after"])
    // Without the back reference, one alternation decides for all line rules.
    let plain = Cleaner(rules: Self.rules)
    guard case .lines(let any, _) = try #require(plain.steps.first) else { return }
    #expect(any?.pattern == #"^(?:(?:Lesezeit:? \d+ Minuten)|(?:\d+ / \d+))$"#)
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

@Suite struct RequiredLiteralTests {
  @Test(
    arguments: [
      (#"\s*Stand:\s*\d{1,2}\.\d{1,2}\.\d{4}(,?\s*\d{1,2}:\d{2}\s*Uhr)?"#, "stand:"),
      (#"\p{L}+(/[\p{L} ]+)+ via (REUTERS|AP|AFP|dpa)\s*"#, " via "),
      (#"^\s*date \d{4}-\d{2}\s*"#, "date "),
      (#"Lesezeit|Anzeige"#, nil),
      (#"Foto?grafie"#, "grafie"),
      (#"(?x) S t a n d"#, nil),
      (#"[Ss]tand\d{123}"#, "tand"),
      (#"ab"#, nil),
    ] as [(String, String?)])
  func findsTextEveryMatchContains(pattern: String, literal: String?) {
    #expect(BoilerplateRules.Rule.requiredLiteral(of: pattern) == literal)
  }

  @Test func aLineWithoutTheLiteralSkipsTheRuleAndOneWithItDoesNot() {
    #expect(Cleaner.lacks("stand:", "Putin in Pjöngjang. Ende."))
    #expect(!Cleaner.lacks("stand:", "Putin STAND: 19.06.2024"))
    // "ſ" (long s) case-folds to "s": the regular expression must decide.
    #expect(!Cleaner.lacks("stand:", "ſtand: 19.06.2024"))
  }

  /// ICU matches case-insensitively with full case folding ("ß" is "ss", "ﬆ" is "st"): the
  /// prefilter must leave every such line to the regular expression, which matches them all.
  @Test(arguments: [
    ("strasse", "Hauptstraße 1"), ("stand:", "ﬆand: 19.06.2024"), ("fiat", "ﬁat lux"),
    ("ffi", "Oﬃzier"), ("strasse", "HAUPTSTRAẞE"), ("kelvin", "\u{212A}elvin"),
  ])
  func linesThatFoldToTheLiteralAreLeftToTheRule(literal: String, line: String) throws {
    #expect(!Cleaner.lacks(literal, line))
    let rule = try NSRegularExpression(pattern: literal, options: [.caseInsensitive])
    #expect(rule.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil)
  }
}

/// A sentence printed again later in the article (a caption's or a summary's) counts once.
@Suite struct DuplicateSentenceTests {
  @Test func aRepeatedLongSentenceIsRemovedWhereverItStands() {
    let text = """
      Soldaten bei einer Parade. Jetzt sollen Tausende für den Kriegstreiber kämpfen.

      Der Bericht beginnt. Jetzt sollen Tausende für den Kriegstreiber kämpfen. Er endet.

      Jetzt sollen Tausende für den Kriegstreiber kämpfen.

      Er endet.
      """
    let result = Cleaner(rules: .none).clean(Array(text.unicodeScalars))
    #expect(
      result.text.paragraphs.map { result.text.string($0.range) } == [
        "Soldaten bei einer Parade. Jetzt sollen Tausende für den Kriegstreiber kämpfen.",
        "Der Bericht beginnt. Er endet.", "Er endet.",
      ])
    #expect(result.removals.map(\.reason) == ["duplicate-sentence", "duplicate-sentence"])
    // "Er endet." is too short to count as a copy: the last paragraph repeats it and stays.
    #expect(result.removals.map(\.line) == [3, 5])
  }
}
