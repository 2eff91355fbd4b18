/// Whose words a token is: the outlet's own, a quoted speaker's, or a speaker's reported in
/// indirect speech.
public enum Voice: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  /// The outlet's own words.
  case author
  /// Inside direct quotation („…“, «…», »…«, "…", …) or a block quote.
  case quote
  /// Indirect speech: a sentence in Konjunktiv I attributed to a speaker ("Russland sei ein
  /// autarkes Land, erklärte Putin"). `--reported-as` decides whether it counts with the outlet
  /// or with the speaker.
  case reported

  public static func < (a: Voice, b: Voice) -> Bool { a.rank < b.rank }

  var rank: Int {
    switch self {
    case .author: 0
    case .quote: 1
    case .reported: 2
    }
  }
}
