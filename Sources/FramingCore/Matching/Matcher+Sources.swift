extension Matcher {
  /// One source, one match: in a module of cited sources (`cited_only`), a match followed by
  /// another of the same module in apposition ("die Agentur Yonhap", "die staatliche
  /// Nachrichtenagentur KCNA") or as its genitive ("eine Sprecherin der Bundesregierung", "ein
  /// Sprecher des Auswärtigen Amtes") names one source. The two become one match over both,
  /// with the entry of the second, which says whose source it is. Matches are sorted by first
  /// token, as `matches(tokens:keys:voices:)` returns them.
  public static func joiningSources(
    _ matches: [Match], tokens: [Token], keys: TokenKeys, modules: [LexiconModule]
  ) -> [Match] {
    guard modules.contains(where: \.citedOnly) else { return matches }
    var joined: [Match] = []
    joined.reserveCapacity(matches.count)
    var consumed = Set<Int>()
    for (i, a) in matches.enumerated() where !consumed.contains(i) {
      guard modules[a.module].citedOnly,
        let j = matches.indices.first(where: { j in
          j > i && !consumed.contains(j) && matches[j].module == a.module
            && isJoined(a.tokens, matches[j].tokens, tokens, keys)
        })
      else {
        joined.append(a)
        continue
      }
      let b = matches[j]
      consumed.insert(j)
      joined.append(
        Match(
          module: a.module, category: b.category, entry: b.entry,
          tokens: a.tokens.lowerBound..<b.tokens.upperBound, voice: a.voice))
    }
    return joined
  }

  /// Genitive articles that join a source to the one it speaks for.
  static let genitiveArticles: Set<String> = ["des", "der"]

  /// Whether `b` follows `a` directly, or after one genitive article, in the same sentence.
  static func isJoined(_ a: Range<Int>, _ b: Range<Int>, _ tokens: [Token], _ keys: TokenKeys)
    -> Bool
  {
    guard b.lowerBound >= a.upperBound, b.lowerBound <= a.upperBound + 1,
      b.lowerBound < tokens.count,
      tokens[a.lowerBound].sentence == tokens[b.lowerBound].sentence,
      tokens[a.lowerBound].paragraph == tokens[b.lowerBound].paragraph
    else { return false }
    return b.lowerBound == a.upperBound
      || (tokens[a.upperBound].kind == .word
        && genitiveArticles.contains(keys.folded[a.upperBound]))
  }
}
