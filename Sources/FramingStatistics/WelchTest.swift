/// Welch's two-sample t test (unequal variances), for comparing two outlets' stance indices.
public struct WelchResult: Sendable, Hashable {
  /// Mean of the first sample minus mean of the second.
  public var difference: Double
  public var t: Double
  /// Welch–Satterthwaite degrees of freedom.
  public var degreesOfFreedom: Double
  /// Two-sided p-value from GSL's t distribution.
  public var pValue: Double
}

public enum WelchTest {
  /// As scipy's `ttest_ind(a, b, equal_var=False)`. Needs two values per sample and some
  /// variance; otherwise a typed error.
  public static func test(_ a: [Double], _ b: [Double]) throws(StatisticsError) -> WelchResult {
    guard a.count >= 2, b.count >= 2 else {
      throw .invalidArgument("Welch's test needs two or more values per sample")
    }
    let ma = try GSL.mean(a)
    let mb = try GSL.mean(b)
    let va = pow2(try GSL.standardDeviation(a)) / Double(a.count)
    let vb = pow2(try GSL.standardDeviation(b)) / Double(b.count)
    guard va + vb > 0 else {
      throw .invalidArgument("Welch's test needs variance in at least one sample")
    }
    let t = (ma - mb) / (va + vb).squareRoot()
    let df = pow2(va + vb) / (pow2(va) / Double(a.count - 1) + pow2(vb) / Double(b.count - 1))
    let p = 2 * (try GSL.tUpperTail(abs(t), degreesOfFreedom: df))
    return WelchResult(difference: ma - mb, t: t, degreesOfFreedom: df, pValue: min(1, p))
  }

  static func pow2(_ x: Double) -> Double { x * x }
}
