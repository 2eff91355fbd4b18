/// Confidence intervals for a share x / n.
public struct ProportionInterval: Sendable, Hashable {
  public var lower: Double
  public var upper: Double

  /// Wilson score interval (Wilson 1927): centre (x + z²/2)/(n + z²), half width
  /// z·√(x(n−x)/n + z²/4)/(n + z²). Good coverage even for small n and shares near 0 or 1.
  public static func wilson(successes x: Int, trials n: Int, confidence: Double = 0.95)
    throws(StatisticsError) -> ProportionInterval
  {
    guard n > 0, x >= 0, x <= n else { throw .invalidArgument("a share needs 0 ≤ x ≤ n and n > 0") }
    let z = try GSL.normalQuantile(1 - (1 - confidence) / 2)
    let nd = Double(n)
    let xd = Double(x)
    let denominator = nd + z * z
    let centre = (xd + z * z / 2) / denominator
    let half = z * (xd * (nd - xd) / nd + z * z / 4).squareRoot() / denominator
    return ProportionInterval(lower: max(0, centre - half), upper: min(1, centre + half))
  }

  /// Clopper–Pearson ("exact") interval from beta quantiles: lower B(α/2; x, n−x+1), upper
  /// B(1−α/2; x+1, n−x); 0 and 1 at the edges. Conservative: coverage at least the level.
  public static func clopperPearson(successes x: Int, trials n: Int, confidence: Double = 0.95)
    throws(StatisticsError) -> ProportionInterval
  {
    guard n > 0, x >= 0, x <= n else { throw .invalidArgument("a share needs 0 ≤ x ≤ n and n > 0") }
    let alpha = 1 - confidence
    let lower = x == 0 ? 0 : try GSL.betaQuantile(alpha / 2, Double(x), Double(n - x + 1))
    let upper = x == n ? 1 : try GSL.betaQuantile(1 - alpha / 2, Double(x + 1), Double(n - x))
    return ProportionInterval(lower: lower, upper: upper)
  }
}
