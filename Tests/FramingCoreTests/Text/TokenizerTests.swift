import Testing

@testable import FramingCore

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("z.B. heute", ["z.B.", "heute"]),
    ("z. B. heute", ["z.", "B.", "heute"]),
    ("Ost-West-Konflikt", ["Ost-West-Konflikt"]),
    (
      "„Wir schaffen das“, sagte sie.",
      ["„", "Wir", "schaffen", "das", "“", ",", "sagte", "sie", "."]
    ),
    ("Kreml-Chef und Ukraine-Krieg", ["Kreml-Chef", "und", "Ukraine-Krieg"]),
    ("mit F16-Kampfflugzeugen", ["mit", "F16-Kampfflugzeugen"]),
    ("Staats- und Parteichef Kim", ["Staats-", "und", "Parteichef", "Kim"]),
    ("am 19.06.2024 um 14:27 Uhr", ["am", "19.06.2024", "um", "14", ":", "27", "Uhr"]),
    ("1,5 Millionen", ["1,5", "Millionen"]),
    ("laut tagesschau.de heute", ["laut", "tagesschau.de", "heute"]),
    ("Kim Jong Un.Die Machthaber", ["Kim", "Jong", "Un", ".", "Die", "Machthaber"]),
    (
      "Gespräche über WaffendealKim Jong Un",
      ["Gespräche", "über", "Waffendeal", "Kim", "Jong", "Un"]
    ),
    ("Nr. 5 bzw. Dr. Lange", ["Nr.", "5", "bzw.", "Dr.", "Lange"]),
    ("»umfassenden Partnerschaft«", ["»", "umfassenden", "Partnerschaft", "«"]),
    ("geht’s los", ["geht’s", "los"]),
    ("Matte - oder", ["Matte", "-", "oder"]),
  ])
  func tokenizesGermanText(input: String, expected: [String]) {
    #expect(Tokenizer.german.tokenize(input).map(\.text) == expected)
  }

  @Test func marksHangingHyphenAsTruncated() {
    let tokens = Tokenizer.german.tokenize("Raketen- und Atomprogramm")
    #expect(tokens.map(\.isTruncated) == [true, false, false])
  }

  @Test func numbersSentencesAndKeepsAbbreviationsInside() {
    let tokens = Tokenizer.german.tokenize("Das sagte Dr. Lange. „Gut.“ Dann z.B. nichts! Ende")
    let sentences = tokens.map(\.sentence)
    // Dr. does not end a sentence; the closing quote stays with its sentence.
    #expect(sentences == [0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3])
  }

  @Test func splitsSentencesAtGluedFullStop() {
    let tokens = Tokenizer.german.tokenize("Kim Jong Un.Die Machthaber")
    #expect(tokens.map(\.sentence) == [0, 0, 0, 0, 1, 1])
  }

  @Test func classifiesTokenKinds() {
    let kinds = Tokenizer.german.tokenize("„Es“ kostet 5 Euro.").map(\.kind)
    #expect(kinds == [.quoteMark, .word, .quoteMark, .word, .number, .word, .punctuation])
  }
}
