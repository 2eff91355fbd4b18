import FramingCore

/// Every score split per outlet and period (`--by month|week|day`), and the shifts: when an
/// outlet's most used term of a module changed from one period to the next.
public struct PeriodBreakdown: Sendable {
  /// The documents of one period, and the scores computed from them alone.
  public struct Slice: Sendable {
    public var period: String
    public var summary: CorpusSummary
    public var scores: Scores
  }

  /// An outlet's leading term of a module in one period.
  public struct Leader: Sendable, Hashable {
    public var period: String
    /// The entry with most counted matches in the selected voice(s); ties go to the entry
    /// listed first in the module.
    public var term: String
    public var count: Int
    /// Counted matches of the module in the period.
    public var matches: Int
    public var stance: Double?
  }

  /// The leading term changed between two consecutive periods in which the outlet used the
  /// module ("Invasion" in 2023-09, "Angriffskrieg" in 2024-06).
  public struct Shift: Sendable, Hashable {
    public var outlet: String
    public var module: Int
    public var from: Leader
    public var to: Leader
  }

  public var unit: PeriodUnit
  /// Periods in time order; only periods with at least one dated, included document.
  public var slices: [Slice]
  /// Per outlet and module, the leader of every period in which the module was used.
  public var leaders: [String: [Int: [Leader]]]
  public var shifts: [Shift]
  /// Included documents without a usable date, left out of every period.
  public var undatedDocuments: Int

  /// The breakdown of a run whose documents were counted per period into `periods` (period →
  /// the summary of its documents); `undated` included documents had no usable date.
  public static func compute(
    periods: [String: CorpusSummary], undated: Int, lexicon: Lexicon, unit: PeriodUnit,
    voice: VoiceFilter, confidence: Double = 0.95
  ) throws(StatisticsError) -> PeriodBreakdown {
    var slices: [Slice] = []
    for (period, subset) in periods.sorted(by: { $0.key < $1.key }) {
      slices.append(
        Slice(
          period: period, summary: subset,
          scores: try Scores.compute(subset, voice: voice, confidence: confidence)))
    }
    var leaders: [String: [Int: [Leader]]] = [:]
    for slice in slices {
      for score in slice.scores.modules where score.matches > 0 {
        let module = lexicon.modules[score.module]
        var best: (term: String, count: Int)?
        for (c, category) in module.categories.enumerated() {
          for (e, entry) in category.entries.enumerated() {
            let n = voice.count(
              slice.summary.entryCounts(
                outlet: score.outlet, module: score.module, category: c, entry: e))
            if n > (best?.count ?? 0) { best = (entry.term, n) }
          }
        }
        guard let best else { continue }
        leaders[score.outlet, default: [:]][score.module, default: []].append(
          Leader(
            period: slice.period, term: best.term, count: best.count, matches: score.matches,
            stance: score.stance.mean))
      }
    }
    var shifts: [Shift] = []
    for outlet in leaders.keys.sorted() {
      for (module, list) in (leaders[outlet] ?? [:]).sorted(by: { $0.key < $1.key }) {
        for (from, to) in zip(list, list.dropFirst()) where from.term != to.term {
          shifts.append(Shift(outlet: outlet, module: module, from: from, to: to))
        }
      }
    }
    return PeriodBreakdown(
      unit: unit, slices: slices, leaders: leaders, shifts: shifts, undatedDocuments: undated)
  }
}
