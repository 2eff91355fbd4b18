/// Counts merged over documents: what the statistics and reports are computed from.
///
/// Consumes `DocumentResult`s one by one (in document order) and keeps only counts: memory
/// grows with outlets × entries (and with the outlets' vocabularies for word counts), not with
/// the number of documents or matches.
public struct CorpusSummary: Sendable {
  public struct OutletTotals: Sendable, Hashable {
    public var documents = 0
    public var tokens = VoiceCounts()
    public init() {}
  }

  /// Key of an entry count: outlet, module, category, entry, voice, status.
  public struct EntryKey: Sendable, Hashable, Comparable {
    public var outlet: String
    public var module: Int
    public var category: Int
    public var entry: Int
    public var voice: Voice
    public var status: MatchStatus

    public init(
      outlet: String, module: Int, category: Int, entry: Int, voice: Voice,
      status: MatchStatus = .counted
    ) {
      self.outlet = outlet
      self.module = module
      self.category = category
      self.entry = entry
      self.voice = voice
      self.status = status
    }

    public init(outlet: String, _ match: MatchRecord) {
      self.init(
        outlet: outlet, module: match.module, category: match.category, entry: match.entry,
        voice: match.voice, status: match.status)
    }

    public static func < (a: EntryKey, b: EntryKey) -> Bool {
      (a.outlet, a.module, a.category, a.entry, a.voice, a.status)
        < (b.outlet, b.module, b.category, b.entry, b.voice, b.status)
    }
  }

  public let lexicon: Lexicon
  public private(set) var outlets: [String: OutletTotals] = [:]
  /// Matches per outlet × entry × voice.
  public private(set) var entryCounts: [EntryKey: Int] = [:]
  /// Target mentions per outlet and module.
  public private(set) var mentions: [String: [Int: VoiceCounts]] = [:]
  /// Documents analyzed (included).
  public private(set) var documentsIncluded = 0
  /// Matches of included documents, every module, voice and status.
  public private(set) var matchCount = 0
  /// Boilerplate removals of included documents.
  public private(set) var removalCount = 0
  public private(set) var diagnostics: [Diagnostic] = []
  /// Shared agency copy per outlet: passages, their words, documents with any.
  public struct SharedCopyTotals: Sendable, Hashable {
    public var passages = 0
    public var words = 0
    public var documents = 0
    public init() {}
  }

  /// Passages shown in reports; every passage is in shared_copy.csv.
  public static let sharedCopySampleLimit = 50

  public private(set) var sharedCopyTotals: [String: SharedCopyTotals] = [:]
  /// The first `sharedCopySampleLimit` passages shared with other outlets' documents (agency
  /// copy), in document order.
  public private(set) var sharedCopySample: [SharedPassage] = []
  /// All passages found.
  public private(set) var sharedCopyPassages = 0
  /// Whether matches in shared copy were left out of the scores (`--exclude-shared-copy`).
  public var excludesSharedCopy = false

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// Word tokens per outlet by folded form.
  public private(set) var words = WordCounts()

  /// Adds the word counts of an included document (`add` leaves them out: a run merges them
  /// while reading, before documents are stored).
  public mutating func addWords(_ result: DocumentResult) {
    guard result.isIncluded else { return }
    words.add(outlet: result.source.outlet, result.words)
  }

  /// Adds a document's counts; its diagnostics and words are added apart (`add(diagnostics:)`,
  /// `addWords`).
  public mutating func add(_ result: DocumentResult) {
    guard result.isIncluded else { return }
    documentsIncluded += 1
    matchCount += result.matches.count
    removalCount += result.removals.count
    let outlet = result.source.outlet
    outlets[outlet, default: OutletTotals()].documents += 1
    outlets[outlet, default: OutletTotals()].tokens =
      outlets[outlet, default: OutletTotals()].tokens + result.tokens
    for match in result.matches {
      entryCounts[EntryKey(outlet: outlet, match), default: 0] += 1
    }
    for (module, counts) in result.mentions {
      mentions[outlet, default: [:]][module, default: VoiceCounts()] =
        mentions[outlet, default: [:]][module, default: VoiceCounts()] + counts
    }
  }

  public mutating func add(diagnostics more: [Diagnostic]) { diagnostics += more }

  /// Adds the shared passages of one document.
  public mutating func add(shared passages: [SharedPassage]) {
    guard let first = passages.first else { return }
    var totals = sharedCopyTotals[first.outlet] ?? SharedCopyTotals()
    totals.documents += 1
    totals.passages += passages.count
    totals.words += passages.reduce(0) { $0 + $1.words }
    sharedCopyTotals[first.outlet] = totals
    sharedCopyPassages += passages.count
    sharedCopySample += passages.prefix(Self.sharedCopySampleLimit - sharedCopySample.count)
  }

  /// Outlets with at least one included document, sorted.
  public var outletNames: [String] { outlets.keys.sorted() }

  /// Matches of one entry for an outlet with a given status, by voice.
  public func entryCounts(
    outlet: String, module: Int, category: Int, entry: Int, status: MatchStatus = .counted
  ) -> VoiceCounts {
    var counts = VoiceCounts()
    for voice in Voice.allCases {
      let key = EntryKey(
        outlet: outlet, module: module, category: category, entry: entry, voice: voice,
        status: status)
      counts[voice] = entryCounts[key] ?? 0
    }
    return counts
  }

  /// Matches of one category for an outlet with a given status, by voice.
  public func categoryCounts(
    outlet: String, module: Int, category: Int, status: MatchStatus = .counted
  ) -> VoiceCounts {
    lexicon.modules[module].categories[category].entries.indices.reduce(VoiceCounts()) {
      $0
        + entryCounts(outlet: outlet, module: module, category: category, entry: $1, status: status)
    }
  }

}
