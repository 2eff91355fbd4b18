internal import CGSL

/// The only door to GSL. Turns GSL's abort-on-error handler off (once per process) and checks
/// arguments in Swift before calling C, since many GSL functions return NaN instead of failing.
enum GSL {
  /// Replaces GSL's abort-on-error handler, once per process (global C state).
  private static let abortHandlerOff: Void = { _ = gsl_set_error_handler_off() }()

  /// Quantile of Student's t distribution: the x with P(T ≤ x) = p.
  static func tQuantile(_ p: Double, degreesOfFreedom df: Double) throws(StatisticsError) -> Double
  {
    _ = abortHandlerOff
    guard p > 0, p < 1, df > 0, df.isFinite else {
      throw .invalidArgument("t quantile needs 0 < p < 1 and df > 0 (got p = \(p), df = \(df))")
    }
    return gsl_cdf_tdist_Pinv(p, df)
  }

  /// Mean of a sample.
  static func mean(_ values: [Double]) throws(StatisticsError) -> Double {
    _ = abortHandlerOff
    guard !values.isEmpty else { throw .invalidArgument("the mean of no values is undefined") }
    return values.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
  }

  /// Sample standard deviation (n − 1 in the denominator).
  static func standardDeviation(_ values: [Double]) throws(StatisticsError) -> Double {
    _ = abortHandlerOff
    guard values.count >= 2 else {
      throw .invalidArgument("a standard deviation needs two or more values")
    }
    return values.withUnsafeBufferPointer { gsl_stats_sd($0.baseAddress, 1, $0.count) }
  }
}

/// Bad input to a statistic: thrown instead of returning NaN.
public enum StatisticsError: Error, Equatable, Sendable {
  case invalidArgument(String)
}
