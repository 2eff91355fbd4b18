/// The stance index of an outlet in a module: the mean category weight of its matches, with
/// the document bootstrap interval `StatisticsReport` computes (nil until attached, and when
/// not computed: see `flag` and `note`).
public struct StanceEstimate: Sendable, Hashable {
  /// Number of matches the mean is taken over.
  public var n: Int
  /// Documents with at least one of those matches.
  public var documents = 0
  /// Mean category weight; nil when there are no matches.
  public var mean: Double?
  /// Bounds of the document bootstrap interval; nil when not computed.
  public var lower: Double?
  public var upper: Double?
  public var confidence: Double
  /// computed, too-few-documents, all-weights-equal, no-matches or not-computed (scores of a
  /// period or group, whose intervals are not computed).
  public var flag = "not-computed"
  /// Why there is no interval, in words.
  public var note = ""

  /// The mean of `weights`, without an interval.
  public init(weights: [Double], confidence: Double = 0.95) {
    n = weights.count
    mean = weights.isEmpty ? nil : weights.reduce(0, +) / Double(weights.count)
    self.confidence = confidence
    if weights.isEmpty {
      flag = "no-matches"
    } else {
      note = "intervals are computed for whole outlets only (scores.csv, intervals.csv)"
    }
  }
}
