/// Whose words a token is: the outlet's own, or a quoted speaker's.
public enum Voice: String, Sendable, Hashable, CaseIterable, Comparable {
  /// The outlet's own words.
  case author
  /// Inside direct quotation („…“, «…», »…«, "…", …) or a block quote.
  case quote

  public static func < (a: Voice, b: Voice) -> Bool { a.rawValue < b.rawValue }
}
