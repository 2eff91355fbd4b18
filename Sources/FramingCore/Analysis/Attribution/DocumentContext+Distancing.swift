extension DocumentContext {
  /// Markers that distance the outlet from the term after them.
  static let distancingPrefixes = [
    "sogenannt", "angeblich", "vermeintlich", "selbsternannt", "vorgeblich",
  ]

  /// How a match is distanced: a marker right before it ("die sogenannte Spezialoperation",
  /// "so genannte"), or scare quotes around the term alone ("die ‚Spezialoperation‘");
  /// nil when it is not. Quote marks around a longer quotation are not scare quotes, and
  /// neither are marks around a term in reported speech (a partial quote of the speaker).
  func distancing(of match: Match) -> String? {
    let start = match.tokens.lowerBound
    let end = match.tokens.upperBound
    if start >= 1 {
      let previous = folded(start - 1)
      if let marker = Self.distancingPrefixes.first(where: { previous.hasPrefix($0) }) {
        return marker
      }
      if previous.hasPrefix("genannt"), start >= 2, folded(start - 2) == "so" {
        return "so genannt"
      }
      if previous == "sog." { return "sogenannt" }
    }
    if quoteRanges.contains((start - 1)...end) {
      return isPartialQuote(start, end) ? nil : "scare quotes"
    }
    return nil
  }

  /// Stems (of folded words) that make marks around a term in their clause the speaker's
  /// words: verbs of saying (`SpeechVerbs`) and of naming or referring ("sprach von einem
  /// „hegemonialen“ Kurs", "verwies auf den „kollektiven Westen“", "ist vom „Kremlherrscher“
  /// die Rede", "bezeichnete er als Teil der „Sonderoperation“").
  static let partialQuoteStems: Set<String> = SpeechVerbs.stems.union([
    "nannt", "nenn", "nennt", "bezeichnet", "bezeichn", "verwi", "verweist", "wettert",
    "beschimpft", "schimpft", "lobt", "red", "gesproch", "sprech", "wunscht", "dargestellt",
    "darstellt",
  ])

  /// Whether the marks around tokens `start..<end` (the marks at `start - 1` and `end`) quote a
  /// speaker rather than keep the outlet's distance: inside a quotation (the speaker's own
  /// marks, "«Wenn Kim von der ‹Spezialoperation› spricht»"), inside reported speech ("sagte,
  /// man werde die „Spezialoperation“ fortsetzen"), or in a clause with a verb of saying or
  /// naming in the outlet's words (`partialQuoteStems`).
  func isPartialQuote(_ start: Int, _ end: Int) -> Bool {
    if voices[start - 1] == .quote { return true }
    let before = start - 2
    let after = end + 1
    if (before >= 0 && voices[before] == .reported)
      || (after < voices.count && voices[after] == .reported)
    {
      return true
    }
    let first = clauseStart(of: start)
    var last = end
    while last + 1 < tokens.count, clauseStarts[last + 1] == first { last += 1 }
    return (first...last).contains { t in
      voices[t] == .author && tokens[t].kind == .word
        && Self.partialQuoteStems.contains(keys.stems[t])
    }
  }

  /// Whether the quotation holding token `t` is a partial quote: a few words (at most six) in
  /// quotation marks inside a sentence that goes on around them ("sagte, die Zusammenarbeit
  /// sei „völlig legitim“ und …"), not a quoted sentence.
  func isPartialQuotation(at t: Int) -> Bool {
    guard let quote = quotes.last(where: { $0.lowerBound < t && t < $0.upperBound }) else {
      return false
    }
    let open = quote.lowerBound
    let close = quote.upperBound
    guard open > 0, close + 1 < tokens.count, tokens[close].kind == .quoteMark,
      tokens[open - 1].sentence == tokens[open].sentence,
      tokens[close + 1].sentence == tokens[close].sentence,
      tokens[open - 1].kind == .word, voices[open - 1] != .quote
    else { return false }
    return ((open + 1)..<close).filter { tokens[$0].kind == .word }.count <= 6
  }
}
