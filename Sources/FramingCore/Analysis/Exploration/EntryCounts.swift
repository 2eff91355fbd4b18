import Foundation

/// Matches per outlet × module × entry × status, as `counts.csv` sums them: what `framing diff`
/// compares between two output folders, and what `lexicon add`/`import --corpus` compares
/// before and after an edit (an edit to one module can move another's counts: a label added
/// for one actor changes which person a definite reference in another actor's module resolves
/// to).
public struct EntryCounts: Sendable, Equatable {
  public struct Key: Sendable, Hashable, Comparable {
    public var outlet: String
    public var module: String
    public var entry: String

    public init(outlet: String, module: String, entry: String) {
      self.outlet = outlet
      self.module = module
      self.entry = entry
    }

    public static func < (a: Key, b: Key) -> Bool {
      (a.module, a.outlet, a.entry) < (b.module, b.outlet, b.entry)
    }
  }

  /// Matches of one key by status.
  public struct Cell: Sendable, Equatable {
    public var counted = 0
    public var distanced = 0
    public var notTarget = 0
    public var sharedCopy = 0

    public init(counted: Int = 0, distanced: Int = 0, notTarget: Int = 0, sharedCopy: Int = 0) {
      self.counted = counted
      self.distanced = distanced
      self.notTarget = notTarget
      self.sharedCopy = sharedCopy
    }

    public subscript(status: MatchStatus) -> Int {
      get {
        switch status {
        case .counted: counted
        case .distanced: distanced
        case .notTarget: notTarget
        case .sharedCopy: sharedCopy
        }
      }
      set {
        switch status {
        case .counted: counted = newValue
        case .distanced: distanced = newValue
        case .notTarget: notTarget = newValue
        case .sharedCopy: sharedCopy = newValue
        }
      }
    }

    public var total: Int { counted + distanced + notTarget + sharedCopy }
  }

  /// One key whose cell differs.
  public struct Change: Sendable, Equatable {
    public var key: Key
    public var old: Cell
    public var new: Cell

    public init(key: Key, old: Cell, new: Cell) {
      self.key = key
      self.old = old
      self.new = new
    }
  }

  public var cells: [Key: Cell] = [:]

  public init(cells: [Key: Cell] = [:]) { self.cells = cells }

  public mutating func add(_ key: Key, _ status: MatchStatus, _ count: Int = 1) {
    cells[key, default: Cell()][status] += count
  }

  /// The keys whose counts differ from `old` to `new`, in module, outlet and entry order.
  public static func changes(from old: EntryCounts, to new: EntryCounts) -> [Change] {
    Set(old.cells.keys).union(new.cells.keys).sorted().compactMap { key in
      let a = old.cells[key] ?? Cell()
      let b = new.cells[key] ?? Cell()
      return a == b ? nil : Change(key: key, old: a, new: b)
    }
  }

  /// Counts a corpus as `framing report` does (same analysis, overlap policy and statuses;
  /// shared copy is not excluded).
  public static func measure(
    lexicon: Lexicon, corpus: some CorpusReader, policy: OverlapPolicy, run: CorpusRun,
    diagnostics: inout [Diagnostic]
  ) throws(DiagnosticFailure) -> EntryCounts {
    var counts = EntryCounts()
    var documentDiagnostics: [Diagnostic] = []
    _ = try run.run(
      corpus: corpus, lexicon: lexicon, matcher: Matcher(lexicon: lexicon, policy: policy),
      diagnostics: &diagnostics
    ) { result, _ in
      documentDiagnostics += result.diagnostics
      guard result.isIncluded else { return }
      for m in result.matches {
        let module = lexicon.modules[m.module]
        let key = Key(
          outlet: result.source.outlet, module: module.id,
          entry: module.categories[m.category].entries[m.entry].term)
        counts.add(key, m.status)
      }
    }
    diagnostics += documentDiagnostics
    return counts
  }
}
