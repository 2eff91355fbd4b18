import Testing

@testable import FramingCore

/// Compiled elements decide as `Matcher.Element.matches`, the reference semantics.
@Suite struct MatcherElementsTests {
  static let texts = [
    "Diktator", "diktatoren", "Militärführung", "Kim-Regime", "regime", "militär", "Ära",
    "Pra\u{0308}sident", "Präsident", "Ωmega", "Ωmega", "Genossen", "genossen", "Kim’s", "e\u{301}",
    "é", "x", "19.06.2024",
  ]

  @Test func compiledElementsMatchAsTheReference() {
    let stemmer = Stemmer()
    let tokens = Tokenizer.german.tokenize(Self.texts.joined(separator: " "))
    let keys = TokenKeys(tokens: tokens, stemmer: stemmer)
    var elements: [Matcher.Element] = []
    for text in Self.texts {
      let folded = Folding.fold(text)
      elements += [
        .stem(stemmer.stem(folded: folded)), .exact(folded), .cased(text), .prefix(folded),
        .suffix(folded), .infix(folded),
      ]
      if folded.count > 1 {
        let cut = String(folded.dropLast())
        elements += [
          .prefix(cut), .infix(String(cut.dropFirst())), .suffix(String(folded.dropFirst())),
        ]
      }
    }
    var compiled = Matcher.Elements()
    for element in elements { compiled.append(element) }
    let document = compiled.keys(tokens: tokens, keys: keys)
    for (e, element) in elements.enumerated() {
      for t in tokens.indices where tokens[t].isWordLike {
        #expect(
          compiled.matches(e, t, document, keys) == element.matches(t, keys),
          "\(element) on \(tokens[t].text)")
      }
    }
  }
}
