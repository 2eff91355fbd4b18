import FramingCore

/// The figures of a comparison: precision, recall and F1 with Wilson intervals per group, recall
/// per case tag, speaker and referent accuracy, and Krippendorff's α between the two codings.
public struct EvaluationStatistics: Sendable {
  public struct Row: Sendable {
    /// `found` (span and target) or `exact` (also entry, voice and distancing).
    public var criterion: String
    public var group: Comparison.Group
    public var scores: PrecisionRecall
  }

  public struct CaseRow: Sendable {
    public var tag: String
    public var reference: Int
    public var found: Int
    public var recall: Double
    public var interval: ProportionInterval
    public var foundWithVoice: Int
    public var recallWithVoice: Double
    public var intervalWithVoice: ProportionInterval
  }

  /// A share with its interval, or the reason it was not computed.
  public struct Share: Sendable {
    public var successes: Int
    public var trials: Int
    public var value: Double?
    public var interval: ProportionInterval?
  }

  /// α, or why it was not computed.
  public struct Alpha: Sendable {
    public var name: String
    public var units: Int
    public var value: Double?
    public var note: String
  }

  public var rows: [Row]
  public var cases: [CaseRow]
  public var speakers: Share
  public var referents: Share
  public var alphas: [Alpha]

  public init(_ comparison: Comparison) throws(StatisticsError) {
    var rows: [Row] = []
    for (criterion, table) in [("found", comparison.found), ("exact", comparison.exact)] {
      for group in table.keys.sorted() {
        guard let cell = table[group] else { continue }
        rows.append(
          Row(
            criterion: criterion, group: group,
            scores: try PrecisionRecall(
              matched: cell.matched, test: cell.test, reference: cell.reference)))
      }
    }
    self.rows = rows
    var cases: [CaseRow] = []
    for tag in comparison.cases.keys.sorted() {
      guard let c = comparison.cases[tag], c.reference > 0 else { continue }
      cases.append(
        CaseRow(
          tag: tag, reference: c.reference, found: c.found,
          recall: Double(c.found) / Double(c.reference),
          interval: try ProportionInterval.wilson(successes: c.found, trials: c.reference),
          foundWithVoice: c.foundWithVoice,
          recallWithVoice: Double(c.foundWithVoice) / Double(c.reference),
          intervalWithVoice: try ProportionInterval.wilson(
            successes: c.foundWithVoice, trials: c.reference)))
    }
    self.cases = cases
    speakers = try Self.share(comparison.speakers.correct, comparison.speakers.total)
    referents = try Self.share(comparison.referents.correct, comparison.referents.total)
    var alphas: [Alpha] = []
    if comparison.level == .occurrence {
      for (name, units) in [
        ("target", comparison.targetUnits), ("target and voice", comparison.targetVoiceUnits),
      ] {
        alphas.append(Self.alpha(name, units.map { $0.map { Optional($0) } }, .nominal))
      }
    } else {
      alphas.append(
        Self.alpha(
          "count per cell", comparison.countUnits.map { $0.map { Optional($0) } }, .interval))
    }
    self.alphas = alphas
  }

  /// A row of the table, if the comparison has it.
  public func row(_ criterion: String, _ dimension: Comparison.Dimension, _ value: String)
    -> PrecisionRecall?
  {
    rows.first {
      $0.criterion == criterion && $0.group.dimension == dimension && $0.group.value == value
    }?.scores
  }

  static func share(_ x: Int, _ n: Int) throws(StatisticsError) -> Share {
    guard n > 0 else { return Share(successes: 0, trials: 0, value: nil, interval: nil) }
    return Share(
      successes: x, trials: n, value: Double(x) / Double(n),
      interval: try ProportionInterval.wilson(successes: x, trials: n))
  }

  static func alpha(_ name: String, _ units: [[String?]], _ metric: Krippendorff.Metric) -> Alpha {
    do {
      return Alpha(
        name: name, units: units.count, value: try Krippendorff.alpha(units, metric: metric),
        note: "")
    } catch {
      if case .invalidArgument(let reason) = error {
        return Alpha(name: name, units: units.count, value: nil, note: reason)
      }
      return Alpha(name: name, units: units.count, value: nil, note: "not computed")
    }
  }
}
