import FramingCore

/// One outlet × module row of `scores.csv`.
public struct ModuleScore: Sendable, Hashable {
  public var outlet: String
  public var module: Int
  public var documents: Int
  /// Word and number tokens of the outlet, all voices.
  public var tokens: Int
  /// Plain matches (for actor modules: attributed to the target), by voice.
  public var matchesByVoice: VoiceCounts
  /// Plain matches in the selected voice(s).
  public var matches: Int
  /// Distanced matches in the selected voice(s), counted apart.
  public var distanced: Int
  /// Labels of an actor module in the selected voice(s) that refer to someone else, to several
  /// people or to no one known; 0 for modules without a target.
  public var notTarget: Int
  /// Tokens of the outlet in the selected voice(s): the rate's denominator.
  public var voiceTokens: Int
  /// Selected-voice plain matches per 1,000 tokens of the same voice(s); 0 without such tokens.
  public var ratePer1000: Double
  /// Garwood's exact Poisson interval of the rate; nil until attached and when not computed.
  public var rateLower: Double?
  public var rateUpper: Double?
  /// Mean weight of the selected-voice plain matches, with its document bootstrap interval
  /// once `attachIntervals` has run.
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
  /// Selected-voice matches per 1,000 tokens of the same voice(s).
  public var ratePer1000: Double
}

/// Scores per outlet and module, computed from a `CorpusSummary`.
public struct Scores: Sendable {
  public var voice: VoiceFilter
  public var confidence: Double
  public var modules: [ModuleScore]
  public var categories: [CategoryScore]

  /// Every outlet × module pair gets a row, also when the outlet never uses the module.
  public static func compute(
    _ summary: CorpusSummary, voice: VoiceFilter, confidence: Double = 0.95
  ) throws(StatisticsError) -> Scores {
    var modules: [ModuleScore] = []
    var categories: [CategoryScore] = []
    for outlet in summary.outletNames {
      let totals = summary.outlets[outlet] ?? CorpusSummary.OutletTotals()
      let tokens = totals.tokens.total
      let voiceTokens = voice.count(totals.tokens)
      for (m, module) in summary.lexicon.modules.enumerated() {
        var byVoice = VoiceCounts()
        var distanced = 0
        var notTarget = 0
        var weights: [Double] = []
        var perCategory: [(Int, VoiceCounts, Int)] = []
        for (c, category) in module.categories.enumerated() {
          let counts = summary.categoryCounts(outlet: outlet, module: m, category: c)
          distanced += voice.count(
            summary.categoryCounts(outlet: outlet, module: m, category: c, status: .distanced))
          notTarget += voice.count(
            summary.categoryCounts(outlet: outlet, module: m, category: c, status: .notTarget))
          byVoice = byVoice + counts
          let selected = voice.count(counts)
          weights += Array(repeating: category.weight, count: selected)
          perCategory.append((c, counts, selected))
        }
        let selected = voice.count(byVoice)
        let rate = voiceTokens > 0 ? Double(selected) * 1000 / Double(voiceTokens) : 0
        modules.append(
          ModuleScore(
            outlet: outlet, module: m, documents: totals.documents, tokens: tokens,
            matchesByVoice: byVoice, matches: selected, distanced: distanced, notTarget: notTarget,
            voiceTokens: voiceTokens, ratePer1000: rate,
            stance: StanceEstimate(weights: weights, confidence: confidence),
            mentions: summary.mentions[outlet]?[m] ?? VoiceCounts()))
        for (c, counts, n) in perCategory {
          categories.append(
            CategoryScore(
              outlet: outlet, module: m, category: c, matchesByVoice: counts, matches: n,
              share: selected > 0 ? Double(n) / Double(selected) : nil,
              ratePer1000: voiceTokens > 0 ? Double(n) * 1000 / Double(voiceTokens) : 0))
        }
      }
    }
    return Scores(voice: voice, confidence: confidence, modules: modules, categories: categories)
  }

  /// Takes the stance bootstrap and Garwood rate intervals of `report` (whole outlets) into the
  /// module scores, with their flags and notes.
  public mutating func attachIntervals(from report: StatisticsReport, lexicon: Lexicon) {
    var stance: [String: StatisticsReport.IntervalRow] = [:]
    var rate: [String: StatisticsReport.IntervalRow] = [:]
    for row in report.intervals {
      if row.statistic == "stance" { stance[row.outlet + "\u{0}" + row.module] = row }
      if row.statistic == "rate" && row.method == "garwood" {
        rate[row.outlet + "\u{0}" + row.module] = row
      }
    }
    for i in modules.indices {
      let key = modules[i].outlet + "\u{0}" + lexicon.modules[modules[i].module].id
      if let s = stance[key] {
        modules[i].stance.documents = s.documents
        modules[i].stance.lower = s.lower
        modules[i].stance.upper = s.upper
        modules[i].stance.flag = s.flag
        modules[i].stance.note = s.note
      }
      if let r = rate[key] {
        modules[i].rateLower = r.lower
        modules[i].rateUpper = r.upper
      }
    }
  }
}
