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

/// A mention of a module's target, found by the target's patterns.
public struct Mention: Sendable, Hashable {
  public enum Kind: Int, Sendable, Hashable {
    /// The actor's name ("Kim Jong Un", "Kims").
    case name = -1
    /// An expression that always means the actor ("der Nordkoreaner", "der Kremlchef").
    case reference = -2
    /// The actor's country as genitive or adjective ("Nordkoreas", "nordkoreanische").
    case country = -3
    /// Someone else the actor's name patterns would take ("Kim Jong Il", "Kim Yo Jong"): a
    /// person of their own. Competes with the names, so the longer pattern wins.
    case other = -4
    /// A place standing for the actor's power after a label ("im Kreml", "in Pjöngjang").
    case place = -5
  }
  public var module: Int
  public var kind: Kind
  public var tokens: Range<Int>
  public var voice: Voice

  /// A name or reference, the actor's or another person's: something a pronoun or a definite
  /// label can refer back to.
  public var isPerson: Bool { kind == .name || kind == .reference || kind == .other }
  /// A name or reference of the module's actor (not `other`).
  public var isActor: Bool { kind == .name || kind == .reference }
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
