/// One lexicon match in a document.
public struct Match: Sendable, Hashable {
  /// Indices into `Lexicon.modules`, the module's `categories`, and the category's `entries`.
  public var module: Int
  public var category: Int
  public var entry: Int
  /// Token index range of the match.
  public var tokens: Range<Int>
  public var voice: Voice
}

/// A mention of a module's target (the actor's name), found by the target's patterns.
public struct Mention: Sendable, Hashable {
  public var module: Int
  public var tokens: Range<Int>
  public var voice: Voice
}

/// Which of several overlapping matches inside one module count.
public enum OverlapPolicy: String, Sendable, CaseIterable {
  /// Every match counts, overlapping or not.
  case keepAll = "keep-all"
  /// The longest match wins among matches of the same category.
  case longestPerCategory = "longest-per-category"
  /// The longest match wins across the module; no token is counted twice (the default).
  case longestOverall = "longest-overall"
}
