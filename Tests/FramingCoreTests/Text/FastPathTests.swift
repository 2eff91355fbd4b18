import Testing

@testable import FramingCore

/// The text fast paths give the results of the general paths they stand in for.
@Suite struct FastPathTests {
  static let words = [
    "Kim", "KREML-Chef", "Straße", "STRASSE", "Äußerung", "ÖL", "Über", "Dik\u{00AD}tator",
    "×Ä÷Þß", "µ", "ÀÉÎÕÜ", "F16-Kampfflugzeugen", "19.06.2024", "Kim’s", "İstanbul", "ſtand",
    "Pra\u{0308}sident", "Ωmega", "naïve", "Œuvre", "",
  ]

  @Test func latin1FoldingEqualsScalarFolding() throws {
    for value in 0..<0x100 {
      let scalar = try #require(Unicode.Scalar(UInt32(value)))
      for text in [String(scalar), "A\(scalar)b", "\(scalar)\(scalar)-X"] {
        #expect(Folding.foldLatin1(text) == Folding.foldScalars(text), "U+\(value)")
        #expect(
          Folding.foldLatin1(text).map { Array($0.utf8) } == Array(Folding.foldScalars(text).utf8))
      }
    }
    for word in Self.words {
      #expect(Array(Folding.fold(word).utf8) == Array(Folding.foldScalars(word).utf8), "\(word)")
    }
    #expect(Folding.foldLatin1("Kim’s") == nil)
    #expect(Folding.foldLatin1("İstanbul") == nil)
  }

  @Test func asciiSpaceTableAgreesWithTheSets() throws {
    for value in 0..<0x80 {
      let scalar = try #require(Unicode.Scalar(UInt32(value)))
      #expect(
        Normalizer.isASCIISpace[value] == (scalar == " " || Normalizer.spaces.contains(scalar)))
      #expect(!Normalizer.removed.contains(scalar))
    }
  }

  @Test func literalProbeAgreesWithASearchOfTheLowerCasedLine() {
    let lines = [
      "Putin in Pjöngjang. Ende.", "Putin STAND: 19.06.2024", "ſtand: 19.06.2024", "Stand:",
      "stand", "", "Foto: Reuters via AP", "K-Pop via dpa", "date 2024-06", "UPDATE 2024",
      "Kelvin \u{212A}", "İ", "Ärger: Stand: heute",
    ]
    for line in lines {
      for literal in ["stand:", " via ", "date ", "a", "üb"] {
        let folds = line.unicodeScalars.contains { ["ſ", "\u{212A}", "İ"].contains($0) }
        let expected = !folds && !Self.asciiLowercased(line).contains(literal)
        #expect(
          LiteralProbe(line).lacks(Array(literal.utf8)) == expected, "\(line) / \(literal)")
      }
    }
  }

  /// The line with its ASCII letters lower-cased and every other scalar as it is.
  static func asciiLowercased(_ line: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      let isUpper = scalar.value >= 0x41 && scalar.value <= 0x5A
      view.append(isUpper ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
    }
    return String(view)
  }

  @Test func stemmerKeysEqualFoldingThenStemming() {
    let stemmer = Stemmer()
    let reference = Stemmer()
    // Twice: the second round reads the cache.
    for _ in 0..<2 {
      for word in Self.words + ["Diktatoren", "Machthabern", "Diktators", "völkerrechtswidrigen"] {
        let keys = stemmer.keys(written: word)
        let folded = Folding.fold(word)
        #expect(Array(keys.folded.utf8) == Array(folded.utf8))
        #expect(keys.stem == reference.stem(folded: folded))
      }
    }
  }

  @Test func utf8KeysTellCanonicallyEquivalentSpellingsApart() {
    let composed = UTF8Key(string: "Präsident")
    let decomposed = UTF8Key(string: "Pra\u{0308}sident")
    #expect("Präsident" == "Pra\u{0308}sident")
    #expect(composed != decomposed)
    #expect(composed == UTF8Key(string: "Präsident"))
    #expect(Set([composed, decomposed, UTF8Key(string: "Präsident")]).count == 2)
  }

  @Test func cleanerShortcutRemovesWhatTheStepsRemove() throws {
    let yaml = """
      format: 1
      kind: boilerplate
      id: test
      rules:
        - {id: reading-time, scope: line, pattern: 'Lesezeit:? \\d+ Minuten', note: widget}
        - {id: gallery, scope: line, pattern: '\\d+ / \\d+', note: counter}
        - {id: stand, scope: span, pattern: 'Stand: \\d\\d\\.\\d\\d\\.\\d{4}', note: stamp}
        - {id: credit, scope: line, pattern: 'Foto: .*', note: credit}
        - {id: via, scope: span, pattern: '\\p{L}+ via (AP|dpa)', note: agency}
        - {id: stand-line, scope: line, pattern: 'Stand heute', note: after the span rule}
      """
    guard case .boilerplate(let rules) = try LexiconParser.parse(yaml, file: "b.yaml") else {
      Issue.record("not a boilerplate file")
      return
    }
    let text = [
      "Titel", "Lesezeit 4 Minuten", "Ein Satz.", "1 / 8", "Foto: Kim", "Kim Stand: 19.06.2024",
      "Stand heute Stand: 19.06.2024", "Bild via dpa", "Foto: Reuters via AP", "Ende. Stand heute",
      "FOTO: ſtand", "Stand heute",
    ].joined(separator: "\n\n")
    let fast = Cleaner(rules: rules)
    let steps = Cleaner(rules: rules, usesShortcut: false)
    #expect(fast.shortcut != nil)
    #expect(steps.shortcut == nil)
    let expected = steps.clean(Array(text.unicodeScalars))
    let result = fast.clean(Array(text.unicodeScalars))
    #expect(result.text == expected.text)
    #expect(result.removals == expected.removals)
    #expect(
      result.removals.map(\.reason) == [
        "reading-time", "gallery", "credit", "stand", "stand", "stand-line", "via", "credit",
        "credit", "stand-line",
      ])
  }
}
