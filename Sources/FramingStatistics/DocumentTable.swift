import FramingCore

/// Per module, the category counts of every document with a counted match in the selected
/// voices, by outlet: what the document-level tests and the stance bootstrap resample.
///
/// A document without a match in a module carries no stance and no category there and is not
/// kept for it. The table grows with the documents that have matches, so a module keeps them in
/// two flat columns, outlet numbers (32 bits) and counts (8 bits, one per category and
/// document): 4 + categories bytes a document, where a row of its own with an array of counts
/// took over 100 (the 1 GB benchmark corpus, 8 modules: about 110 MB then, 7 MB now).
public struct DocumentTable: Sendable {
  public let outlets: [String]
  public let lexicon: Lexicon
  public let voice: VoiceFilter
  private var columns: [Columns]
  private let outletIndex: [String: Int]

  public init(outlets: [String], lexicon: Lexicon, voice: VoiceFilter) {
    self.outlets = outlets
    self.lexicon = lexicon
    self.voice = voice
    columns = lexicon.modules.map { Columns(width: $0.categories.count) }
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
    for m in counts.indices where any[m] { columns[m].append(outlet: o, counts: counts[m]) }
  }

  /// Adds one document's counts to one module (`add(_:)` does it for every module with matches).
  mutating func append(module m: Int, outlet o: Int, counts: [Int]) {
    columns[m].append(outlet: o, counts: counts)
  }

  /// The number of documents with matches in `module`, all outlets.
  public func documents(module m: Int) -> Int { columns[m].outlets.count }

  /// The documents with matches in `module` of the outlets in `kept`, in the order added, as
  /// two columns: each document's outlet, and the counts of all, one document after the other.
  public func columns(module m: Int, outlets kept: Set<Int>) -> (outlets: [Int], counts: [Int]) {
    var outlets: [Int] = []
    var counts: [Int] = []
    for r in columns[m].outlets.indices where kept.contains(columns[m].outlet(of: r)) {
      outlets.append(columns[m].outlet(of: r))
      counts += columns[m].counts(of: r)
    }
    return (outlets, counts)
  }

  /// Counted matches in `module`, all outlets.
  public func matches(module m: Int) -> Int {
    (0..<columns[m].outlets.count).reduce(0) { $0 + columns[m].counts(of: $1).reduce(0, +) }
  }

  /// Documents with matches in `module`, per outlet (in `outlets` order).
  public func documentsWithMatches(module m: Int) -> [Int] {
    var n = [Int](repeating: 0, count: outlets.count)
    for o in columns[m].outlets { n[Int(o)] += 1 }
    return n
  }

  /// The stance documents (weight sum, matches) of one outlet in one module.
  public func stanceDocuments(outlet o: Int, module m: Int) -> [PermutationTest.StanceDocument] {
    let weights = lexicon.modules[m].categories.map(\.weight)
    return columns[m].rows(of: o).map { r in
      let counts = columns[m].counts(of: r)
      return PermutationTest.StanceDocument(
        weightSum: zip(counts, weights).reduce(0) { $0 + Double($1.0) * $1.1 },
        matches: counts.reduce(0, +))
    }
  }

  /// The weights of the categories one outlet's documents use in one module.
  public func weightsUsed(outlet o: Int, module m: Int) -> Set<Double> {
    let categories = lexicon.modules[m].categories
    var used = Set<Double>()
    for r in columns[m].rows(of: o) {
      for (c, n) in columns[m].counts(of: r).enumerated() where n > 0 {
        used.insert(categories[c].weight)
      }
    }
    return used
  }
}

extension DocumentTable {
  /// One module's documents, column by column. A document with a count past 255 (rare: 256
  /// matches of one category in one article) keeps its counts whole in `wide` instead, so that
  /// nothing is cut.
  struct Columns: Sendable {
    let width: Int
    var outlets: [UInt32] = []
    var counts: [UInt8] = []
    var wide: [Int: [Int]] = [:]

    init(width: Int) { self.width = width }

    mutating func append(outlet: Int, counts row: [Int]) {
      precondition(row.count == width, "a document's counts have one place per category")
      if row.allSatisfy({ UInt8(exactly: $0) != nil }) {
        counts.append(contentsOf: row.lazy.map { UInt8($0) })
      } else {
        wide[outlets.count] = row
        counts.append(contentsOf: repeatElement(0, count: width))
      }
      outlets.append(UInt32(outlet))
    }

    func outlet(of r: Int) -> Int { Int(outlets[r]) }

    func counts(of r: Int) -> [Int] {
      if !wide.isEmpty, let row = wide[r] { return row }
      return counts[r * width..<(r + 1) * width].map { Int($0) }
    }

    /// The documents of one outlet, in the order added.
    func rows(of o: Int) -> [Int] {
      outlets.indices.filter { outlets[$0] == UInt32(o) }
    }
  }
}
