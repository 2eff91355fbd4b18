import FramingCore

/// Which voices a score counts.
public enum VoiceSelection: String, Sendable, CaseIterable {
  case author, quote, all

  public func includes(_ voice: Voice) -> Bool {
    switch self {
    case .author: voice == .author
    case .quote: voice == .quote
    case .all: true
    }
  }

  public func count(_ counts: VoiceCounts) -> Int {
    Voice.allCases.filter(includes).reduce(0) { $0 + counts[$1] }
  }
}

/// One outlet × module row of `scores.csv`.
public struct ModuleScore: Sendable, Hashable {
  public var outlet: String
  public var module: Int
  public var documents: Int
  /// Word and number tokens of the outlet, all voices.
  public var tokens: Int
  public var matchesByVoice: VoiceCounts
  /// Matches in the selected voice(s).
  public var matches: Int
  /// Selected-voice matches per 1,000 tokens of the outlet's text (all voices).
  public var ratePer1000: Double
  public var stance: StanceEstimate
  /// Target mentions (the actor's names), by voice; zero for modules without a target.
  public var mentions: VoiceCounts
}

/// One outlet × module × category row of `categories.csv`.
public struct CategoryScore: Sendable, Hashable {
  public var outlet: String
  public var module: Int
  public var category: Int
  public var matchesByVoice: VoiceCounts
  public var matches: Int
  /// Share of the outlet's selected-voice matches in the module; nil when the module has none.
  public var share: Double?
  public var ratePer1000: Double
}

/// Scores per outlet and module, computed from a `CorpusSummary`.
public struct Scores: Sendable {
  public var voice: VoiceSelection
  public var confidence: Double
  public var modules: [ModuleScore]
  public var categories: [CategoryScore]

  /// Every outlet × module pair gets a row, also when the outlet never uses the module.
  public static func compute(
    _ summary: CorpusSummary, voice: VoiceSelection, confidence: Double = 0.95
  ) throws(StatisticsError) -> Scores {
    var modules: [ModuleScore] = []
    var categories: [CategoryScore] = []
    for outlet in summary.outletNames {
      let totals = summary.outlets[outlet] ?? CorpusSummary.OutletTotals()
      let tokens = totals.tokens.total
      for (m, module) in summary.lexicon.modules.enumerated() {
        var byVoice = VoiceCounts()
        var weights: [Double] = []
        var perCategory: [(Int, VoiceCounts, Int)] = []
        for (c, category) in module.categories.enumerated() {
          let counts = summary.categoryCounts(outlet: outlet, module: m, category: c)
          byVoice = byVoice + counts
          let selected = voice.count(counts)
          weights += Array(repeating: category.weight, count: selected)
          perCategory.append((c, counts, selected))
        }
        let selected = voice.count(byVoice)
        let rate = tokens > 0 ? Double(selected) * 1000 / Double(tokens) : 0
        modules.append(
          ModuleScore(
            outlet: outlet, module: m, documents: totals.documents, tokens: tokens,
            matchesByVoice: byVoice, matches: selected, ratePer1000: rate,
            stance: try StanceIndex.estimate(weights: weights, confidence: confidence),
            mentions: summary.mentions[outlet]?[m] ?? VoiceCounts()))
        for (c, counts, n) in perCategory {
          categories.append(
            CategoryScore(
              outlet: outlet, module: m, category: c, matchesByVoice: counts, matches: n,
              share: selected > 0 ? Double(n) / Double(selected) : nil,
              ratePer1000: tokens > 0 ? Double(n) * 1000 / Double(tokens) : 0))
        }
      }
    }
    return Scores(voice: voice, confidence: confidence, modules: modules, categories: categories)
  }
}
