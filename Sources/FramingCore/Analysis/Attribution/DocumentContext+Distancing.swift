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
      // Inside reported speech the marks quote the speaker's own word ("sagte, man werde die
      // „Spezialoperation“ fortsetzen"): a partial quote, not the outlet's distance.
      let before = start - 2
      let after = end + 1
      if (before >= 0 && voices[before] == .reported)
        || (after < voices.count && voices[after] == .reported)
      {
        return nil
      }
      return "scare quotes"
    }
    return nil
  }
}
