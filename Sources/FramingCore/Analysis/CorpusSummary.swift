/// Counts merged over documents: what the statistics and reports are computed from.
///
/// Consumes `DocumentResult`s one by one (in document order) and keeps only counts and the
/// per-document results needed for evidence; memory grows with the number of matches, not with
/// the size of the texts.
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
  /// Every document seen, included or not, in document order.
  public private(set) var documents: [DocumentResult] = []
  public private(set) var diagnostics: [Diagnostic] = []
  /// Passages shared with other outlets' documents (agency copy), by document and offset.
  public var sharedCopy: [SharedPassage] = []
  /// Whether matches in shared copy were left out of the scores (`--exclude-shared-copy`).
  public var excludesSharedCopy = false

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// Word tokens per outlet by folded form.
  public private(set) var words: [String: [String: Int]] = [:]

  public mutating func add(_ result: DocumentResult) {
    var result = result
    if result.isIncluded {
      words[result.source.outlet, default: [:]].merge(result.words, uniquingKeysWith: +)
    }
    result.words = [:]
    result.fingerprint = SharedCopy.Fingerprint()
    documents.append(result)
    diagnostics += result.diagnostics
    guard result.isIncluded else { return }
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

  /// The summary of the documents for which `isIncluded` holds, without the diagnostics of the
  /// run and without word counts (merged documents no longer carry them): enough for scores.
  public func subset(_ isIncluded: (DocumentResult) -> Bool) -> CorpusSummary {
    var subset = CorpusSummary(lexicon: lexicon)
    for document in documents where isIncluded(document) {
      var document = document
      document.diagnostics = []
      subset.add(document)
    }
    return subset
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
