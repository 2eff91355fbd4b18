/// All lexicon modules of a run, plus the cleaning rules, as loaded from a folder.
public struct Lexicon: Sendable {
  public var modules: [LexiconModule]
  public var boilerplate: BoilerplateRules
  /// Every file read, relative to the lexicon folder, with its SHA-256 (for provenance).
  public var files: [FileChecksum]
  /// The shared inventories as their files hold them (`modules` holds one module per actor
  /// made from each).
  public var inventories: [LexiconModule] = []

  /// The modules as their files hold them, in file order: what edits, exports and imports
  /// address (a shared inventory by its own id, not the modules made from it).
  public var editableModules: [LexiconModule] {
    var out = modules.filter { $0.inventory == nil }
    out += inventories
    return out.sorted { $0.file < $1.file }
  }

  public init(modules: [LexiconModule], boilerplate: BoilerplateRules, files: [FileChecksum] = []) {
    self.modules = modules
    self.boilerplate = boilerplate
    self.files = files
  }
}

/// One framing dimension: categories of entries with stance weights, and an optional target.
public struct LexiconModule: Sendable, Hashable {
  public struct Scale: Sendable, Hashable {
    /// The largest |min| and |max| a module may state: weights are a few steps of stance, and
    /// a scale of ±100,000 would only draw an unreadable chart (±1e15 one that never ends).
    public static let bound = 100.0
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
  /// A shared label inventory (`actors: all` or a list of actor ids): the loader makes one
  /// module per registered actor from it. Nil for an ordinary module.
  public var sharedBy: ActorScope? = nil
  /// `cited_only: true`: a match counts only where the text cites it as a source (a verb of
  /// saying or a source cue in its clause: "teilte der Kreml mit", "laut Pentagon"); other
  /// uses ("hatte den Kreml blamiert") stay with status `not-target` and rule `uncited`.
  public var citedOnly: Bool = false
  /// For a module made from a shared inventory: the inventory's id (its file is `file`).
  public var inventory: String? = nil

  public var entries: [LexiconEntry] { categories.flatMap(\.entries) }
}

/// Which registered actors a shared inventory, or one of its entries, applies to.
public enum ActorScope: Sendable, Hashable {
  case all
  case only([String])

  /// The ids it lists; empty for `all`.
  public var ids: [String] {
    if case .only(let ids) = self { return ids }
    return []
  }

  public func includes(_ id: String) -> Bool {
    switch self {
    case .all: return true
    case .only(let ids): return ids.contains(id)
    }
  }
}

/// The actor a module is about, with the patterns of the actor's names.
public struct LexiconTarget: Sendable, Hashable {
  public var name: String
  /// The registry's id; empty for a target a module names itself (see `actorID`).
  public var id: String = ""
  /// Names, variants and typos: "=Kim Jong Un", "=Kim Jung Un", "=Kims".
  public var patterns: [Pattern]
  /// Expressions that always mean the actor: "der Nordkoreaner", "der Kremlchef".
  public var references: [Pattern] = []
  /// The actor's country as genitive or adjective: "=Nordkoreas", "nordkoreanisch*".
  public var country: [Pattern] = []
  /// How many sentences back a definite reference ("der Diktator") looks for its actor.
  public var window: Int = 3
  /// Places standing for the actor's power after a label ("im Kreml", "in Pjöngjang").
  public var places: [Pattern] = []
  /// Other people the name patterns would take (family members): persons of their own.
  public var others: [Pattern] = []
  public var gender: Actor.Gender = .unknown
  /// Folded terms of the actor's offices (role fit of a definite reference).
  public var officeTerms: Set<String> = []
  public var wikidata: String = ""

  public init(name: String, patterns: [Pattern]) {
    self.name = name
    self.patterns = patterns
  }

  /// The registry's id, or the slug of the name ("Kim Jong Un" → `kim-jong-un`).
  public var actorID: String { id.isEmpty ? ActorID.of(name) : id }
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
  /// In a shared inventory: the actors the entry applies to (`Kremlchef` names one person).
  public var actors: ActorScope = .all
  /// Phrases in which the term means something else ("Westen der Region" is geography): a
  /// match of the entry that overlaps a match of one of these does not count.
  public var exceptions: [Pattern] = []
}

public struct FileChecksum: Sendable, Hashable {
  public var path: String
  public var sha256: String
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}
