import FramingCore

/// Per module, the category counts of every document with a counted match in the selected
/// voices, by outlet: what the document-level tests and the stance bootstrap resample.
///
/// A document without a match in a module carries no stance and no category there and is not
/// kept for it; memory grows with the documents that have matches × their module's categories,
/// not with the corpus.
public struct DocumentTable: Sendable {
  public struct Row: Sendable, Hashable {
    /// Index into `outlets`.
    public var outlet: Int
    /// Counted matches per category of the module, selected voices.
    public var counts: [Int]
  }

  public let outlets: [String]
  public let lexicon: Lexicon
  public let voice: VoiceFilter
  /// Per module, one row per document with matches, in the order added.
  public private(set) var rows: [[Row]]
  private let outletIndex: [String: Int]

  public init(outlets: [String], lexicon: Lexicon, voice: VoiceFilter) {
    self.outlets = outlets
    self.lexicon = lexicon
    self.voice = voice
    rows = Array(repeating: [], count: lexicon.modules.count)
    outletIndex = Dictionary(uniqueKeysWithValues: outlets.enumerated().map { ($1, $0) })
  }

  /// Adds an included document of one of `outlets`; others are ignored.
  public mutating func add(_ document: DocumentResult) {
    guard document.isIncluded, let o = outletIndex[document.source.outlet] else { return }
    var counts = lexicon.modules.map { [Int](repeating: 0, count: $0.categories.count) }
    var any = [Bool](repeating: false, count: lexicon.modules.count)
    for match in document.matches where match.status == .counted && voice.includes(match.voice) {
      counts[match.module][match.category] += 1
      any[match.module] = true
    }
    for m in counts.indices where any[m] { rows[m].append(Row(outlet: o, counts: counts[m])) }
  }

  /// Documents with matches in `module`, per outlet (in `outlets` order).
  public func documentsWithMatches(module m: Int) -> [Int] {
    var n = [Int](repeating: 0, count: outlets.count)
    for row in rows[m] { n[row.outlet] += 1 }
    return n
  }

  /// The stance documents (weight sum, matches) of one outlet in one module.
  public func stanceDocuments(outlet o: Int, module m: Int) -> [PermutationTest.StanceDocument] {
    let weights = lexicon.modules[m].categories.map(\.weight)
    return rows[m].filter { $0.outlet == o }.map { row in
      PermutationTest.StanceDocument(
        weightSum: zip(row.counts, weights).reduce(0) { $0 + Double($1.0) * $1.1 },
        matches: row.counts.reduce(0, +))
    }
  }
}
