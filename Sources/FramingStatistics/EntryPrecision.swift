/// One lexicon entry's precision, estimated from a sample of its matches that a person marked
/// correct or not (`framing audit`), with a 95% Wilson interval.
public struct EntryPrecision: Sendable, Hashable {
  public var module: String
  public var entry: String
  /// Rows sampled, rows judged (marked yes or no), rows judged correct.
  public var sampled: Int
  public var judged: Int
  public var correct: Int
  /// correct / judged; nil when nothing was judged.
  public var precision: Double?
  public var interval: ProportionInterval?
  public var threshold: Double

  public init(
    module: String, entry: String, sampled: Int, judged: Int, correct: Int, threshold: Double
  ) throws(StatisticsError) {
    guard 0 <= correct, correct <= judged, judged <= sampled else {
      throw .invalidArgument("needs 0 ≤ correct ≤ judged ≤ sampled")
    }
    self.module = module
    self.entry = entry
    self.sampled = sampled
    self.judged = judged
    self.correct = correct
    self.threshold = threshold
    if judged > 0 {
      precision = Double(correct) / Double(judged)
      interval = try ProportionInterval.wilson(successes: correct, trials: judged)
    }
  }

  /// The estimate is below the threshold.
  public var isBelow: Bool { precision.map { $0 < threshold } ?? false }
  /// Even the interval's upper bound is below the threshold: the entry is clearly too noisy.
  public var isClearlyBelow: Bool { interval.map { $0.upper < threshold } ?? false }
}
