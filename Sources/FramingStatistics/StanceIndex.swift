import FramingCore

/// The stance index of a set of matches: the mean of their category weights, with a t interval.
public struct StanceEstimate: Sendable, Hashable {
  /// Number of matches the mean is taken over.
  public var n: Int
  /// Mean category weight; nil when there are no matches.
  public var mean: Double?
  /// Bounds of the interval; nil with fewer than two matches.
  public var lower: Double?
  public var upper: Double?
  public var confidence: Double
}

public enum StanceIndex {
  /// Mean weight of `weights` and its Student-t interval, mean ± t(1−α/2, n−1)·s/√n.
  ///
  /// Treats matches as independent draws, which they are not when an article repeats a label:
  /// read the interval as a lower bound on the uncertainty. With one match there is a mean but
  /// no interval; with none, neither. With all weights equal the interval has width 0. The t
  /// quantile and the moments come from GSL (`gsl_cdf_tdist_Pinv`, `gsl_stats_mean`, `gsl_stats_sd`).
  public static func estimate(weights: [Double], confidence: Double = 0.95) throws(StatisticsError)
    -> StanceEstimate
  {
    guard confidence > 0, confidence < 1 else {
      throw .invalidArgument("confidence must lie strictly between 0 and 1 (got \(confidence))")
    }
    guard weights.allSatisfy(\.isFinite) else {
      throw .invalidArgument("weights must be finite numbers")
    }
    var estimate = StanceEstimate(
      n: weights.count, mean: nil, lower: nil, upper: nil, confidence: confidence)
    guard !weights.isEmpty else { return estimate }
    let mean = try GSL.mean(weights)
    estimate.mean = mean
    guard weights.count >= 2 else { return estimate }
    let sd = try GSL.standardDeviation(weights)
    let t = try GSL.tQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: Double(weights.count - 1))
    let half = t * sd / Double(weights.count).squareRoot()
    estimate.lower = mean - half
    estimate.upper = mean + half
    return estimate
  }
}
