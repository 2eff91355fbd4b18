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
  /// Names, variants and typos: "=Kim Jong Un", "=Kim Jung Un", "=Kims".
  public var patterns: [Pattern]
  /// Expressions that always mean the actor: "der Nordkoreaner", "der Kremlchef".
  public var references: [Pattern] = []
  /// The actor's country as genitive or adjective: "=Nordkoreas", "nordkoreanisch*".
  public var country: [Pattern] = []
  /// How many sentences back a definite reference ("der Diktator") looks for its actor.
  public var window: Int = 3
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
  /// The term itself names the module's target ("Kim-Regime", "Kremlchef", "Genosse Putin"):
  /// every use counts for the target without looking for a name nearby.
  public var namesTarget: Bool = false
}

public struct FileChecksum: Sendable, Hashable {
  public var path: String
  public var sha256: String
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}
