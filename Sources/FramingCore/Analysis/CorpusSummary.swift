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

  /// Key of an entry count: outlet, module, category, entry, voice.
  public struct EntryKey: Sendable, Hashable, Comparable {
    public var outlet: String
    public var module: Int
    public var category: Int
    public var entry: Int
    public var voice: Voice

    public init(outlet: String, module: Int, category: Int, entry: Int, voice: Voice) {
      self.outlet = outlet
      self.module = module
      self.category = category
      self.entry = entry
      self.voice = voice
    }

    public static func < (a: EntryKey, b: EntryKey) -> Bool {
      (a.outlet, a.module, a.category, a.entry, a.voice.rawValue)
        < (b.outlet, b.module, b.category, b.entry, b.voice.rawValue)
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

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  public mutating func add(_ result: DocumentResult) {
    documents.append(result)
    diagnostics += result.diagnostics
    guard result.isIncluded else { return }
    let outlet = result.source.outlet
    outlets[outlet, default: OutletTotals()].documents += 1
    outlets[outlet, default: OutletTotals()].tokens =
      outlets[outlet, default: OutletTotals()].tokens + result.tokens
    for match in result.matches {
      let key = EntryKey(
        outlet: outlet, module: match.module, category: match.category, entry: match.entry,
        voice: match.voice)
      entryCounts[key, default: 0] += 1
    }
    for (module, counts) in result.mentions {
      mentions[outlet, default: [:]][module, default: VoiceCounts()] =
        mentions[outlet, default: [:]][module, default: VoiceCounts()] + counts
    }
  }

  public mutating func add(diagnostics more: [Diagnostic]) { diagnostics += more }

  /// Outlets with at least one included document, sorted.
  public var outletNames: [String] { outlets.keys.sorted() }

  /// Matches of one category for an outlet, by voice.
  public func categoryCounts(outlet: String, module: Int, category: Int) -> VoiceCounts {
    var counts = VoiceCounts()
    for (e, _) in lexicon.modules[module].categories[category].entries.enumerated() {
      for voice in Voice.allCases {
        counts[voice] +=
          entryCounts[
            EntryKey(outlet: outlet, module: module, category: category, entry: e, voice: voice)]
          ?? 0
      }
    }
    return counts
  }
}
