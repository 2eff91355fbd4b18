/// The exact (Garwood 1936) interval of a Poisson rate: k events in an exposure of T units.
public enum PoissonInterval {
  /// Garwood's interval of the rate k / T, scaled by `per` (1,000 for "per 1,000 tokens"):
  /// lower = Γ⁻¹(α/2; k, 1) / T (0 when k = 0), upper = Γ⁻¹(1 − α/2; k + 1, 1) / T, the gamma
  /// quantiles from GSL (`gsl_cdf_gamma_Pinv`), equal to χ²(α/2; 2k)/2 and χ²(1 − α/2; 2k + 2)/2.
  /// A count of 0 gives [0, −ln(α/2) / T]: no match is said with its uncertainty, not as [0, 0].
  public static func garwood(
    count k: Int, exposure t: Int, per scale: Double = 1_000, confidence: Double = 0.95
  ) throws(StatisticsError) -> (lower: Double, upper: Double) {
    guard k >= 0, t > 0, confidence > 0, confidence < 1 else {
      throw .invalidArgument(
        "a Poisson interval needs a count ≥ 0, an exposure > 0 and 0 < confidence < 1")
    }
    let alpha = 1 - confidence
    let lower = k == 0 ? 0 : try GSL.gammaQuantile(alpha / 2, shape: Double(k))
    let upper = try GSL.gammaQuantile(1 - alpha / 2, shape: Double(k + 1))
    return (lower * scale / Double(t), upper * scale / Double(t))
  }
}
