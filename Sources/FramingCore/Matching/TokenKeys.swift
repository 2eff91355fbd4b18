/// The folded form and Snowball stem of each token, computed once per document.
public struct TokenKeys: Sendable {
  public var folded: [String]
  public var stems: [String]
  /// Tokens as written, for case-sensitive elements.
  public var texts: [String]

  public init(tokens: [Token], stemmer: Stemmer) {
    folded = []
    stems = []
    texts = tokens.map(\.text)
    folded.reserveCapacity(tokens.count)
    stems.reserveCapacity(tokens.count)
    for token in tokens {
      guard token.isWordLike else {
        folded.append("")
        stems.append("")
        continue
      }
      if token.kind == .word {
        let keys = stemmer.keys(written: token.text)
        folded.append(keys.folded)
        stems.append(keys.stem)
      } else {
        let key = Folding.fold(token.text)
        folded.append(key)
        stems.append(key)
      }
    }
  }
}
