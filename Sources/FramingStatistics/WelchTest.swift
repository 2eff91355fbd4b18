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
    return try test(
      Sample(n: a.count, mean: try GSL.mean(a), variance: pow2(try GSL.standardDeviation(a))),
      Sample(n: b.count, mean: try GSL.mean(b), variance: pow2(try GSL.standardDeviation(b))))
  }

  /// A sample's size, mean and (n − 1) variance: all the test needs.
  public struct Sample: Sendable, Hashable {
    public var n: Int
    public var mean: Double
    public var variance: Double

    public init(n: Int, mean: Double, variance: Double) {
      self.n = n
      self.mean = mean
      self.variance = variance
    }

    /// The sample of `counts[i]` copies of `values[i]` (stance weights and their matches),
    /// without making the copies: time grows with the categories, not the matches.
    public init(values: [Double], counts: [Int]) {
      let size = counts.reduce(0, +)
      // One value, however often: its mean is the value and its variance 0 exactly (Σw·c / n
      // can miss the value by an ulp, and a variance of 1e-34 would give a t of 1e16).
      let used = zip(values, counts).filter { $0.1 > 0 }
      if let only = used.first, used.count == 1 {
        self.init(n: size, mean: only.0, variance: 0)
        return
      }
      let sum = zip(values, counts).reduce(0.0) { $0 + $1.0 * Double($1.1) }
      let mean = size > 0 ? sum / Double(size) : 0
      let squares = zip(values, counts).reduce(0.0) {
        $0 + Double($1.1) * WelchTest.pow2($1.0 - mean)
      }
      self.init(n: size, mean: mean, variance: size > 1 ? squares / Double(size - 1) : 0)
    }
  }

  /// The test from two samples' sizes, means and variances.
  public static func test(_ a: Sample, _ b: Sample) throws(StatisticsError) -> WelchResult {
    guard a.n >= 2, b.n >= 2 else {
      throw .invalidArgument("Welch's test needs two or more values per sample")
    }
    let ma = a.mean
    let mb = b.mean
    let va = a.variance / Double(a.n)
    let vb = b.variance / Double(b.n)
    guard va + vb > 0 else {
      throw .invalidArgument("Welch's test needs variance in at least one sample")
    }
    let t = (ma - mb) / (va + vb).squareRoot()
    let df = pow2(va + vb) / (pow2(va) / Double(a.n - 1) + pow2(vb) / Double(b.n - 1))
    let p = 2 * (try GSL.tUpperTail(abs(t), degreesOfFreedom: df))
    return WelchResult(difference: ma - mb, t: t, degreesOfFreedom: df, pValue: min(1, p))
  }

  static func pow2(_ x: Double) -> Double { x * x }
}
