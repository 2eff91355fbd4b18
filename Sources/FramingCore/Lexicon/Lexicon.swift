/// All lexicon modules of a run, plus the cleaning rules, as loaded from a folder.
public struct Lexicon: Sendable {
  public var modules: [LexiconModule]
  public var boilerplate: BoilerplateRules
  /// Every file read, relative to the lexicon folder, with its SHA-256 (for provenance).
  public var files: [FileChecksum]

  public init(modules: [LexiconModule], boilerplate: BoilerplateRules, files: [FileChecksum] = []) {
    self.modules = modules
    self.boilerplate = boilerplate
    self.files = files
  }
}

/// One framing dimension: categories of entries with stance weights, and an optional target.
public struct LexiconModule: Sendable, Hashable {
  public struct Scale: Sendable, Hashable {
    public var min: Double
    public var max: Double
    public var negative: String
    public var positive: String
  }

  public var id: String
  public var title: String
  public var language: String
  public var version: String
  public var description: String
  public var scale: Scale
  public var target: LexiconTarget?
  public var categories: [LexiconCategory]
  /// The file the module was read from, as given to the parser.
  public var file: String

  public var entries: [LexiconEntry] { categories.flatMap(\.entries) }
}

/// The actor a module is about, with the patterns of the actor's names.
public struct LexiconTarget: Sendable, Hashable {
  public var name: String
  public var patterns: [Pattern]
}

/// A group of entries with one stance weight.
public struct LexiconCategory: Sendable, Hashable {
  public var id: String
  public var label: String
  public var weight: Double
  public var description: String
  public var entries: [LexiconEntry]
}

/// One term or phrase with its patterns.
public struct LexiconEntry: Sendable, Hashable {
  /// The canonical term, as written in the lexicon; what `counts.csv` reports as `entry`.
  public var term: String
  public var patterns: [Pattern]
  public var note: String
  public var location: SourceLocation
}

public struct FileChecksum: Sendable, Hashable {
  public var path: String
  public var sha256: String
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}
