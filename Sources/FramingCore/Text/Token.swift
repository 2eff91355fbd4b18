/// One token of a normalized text.
public struct Token: Sendable, Hashable {
  public enum Kind: UInt8, Sendable {
    case word, number, punctuation, quoteMark
  }
  public var kind: Kind
  /// Range in `NormalizedText.scalars`.
  public var range: Range<Int>
  public var text: String
  /// 0-based paragraph and sentence indices within the document.
  public var paragraph: Int
  public var sentence: Int
  /// A first conjunct with a hanging hyphen: "Staats-" in "Staats- und Parteichef".
  public var isTruncated: Bool = false
  /// An abbreviation whose full stop belongs to it ("z.B.", "Nr.", "Dr.").
  public var isAbbreviation: Bool = false

  public var isWordLike: Bool { kind == .word || kind == .number }
}
