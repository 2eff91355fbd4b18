import Testing

@testable import FramingStatistics

@Suite struct PoissonIntervalTests {
  // Garwood's interval per 1,000 of 4,500 tokens, from scipy's χ² quantiles:
  // python3 -c "
  // from scipy import stats
  // for k in (0, 3, 12):
  //     print(k, stats.chi2.ppf(0.025, 2*k)/2/4500*1000 if k else 0.0, stats.chi2.ppf(0.975, 2*k+2)/2/4500*1000)"
  // → 0 0.0 0.8197509898030968
  //   3 0.13748269397680032 1.948282904387183
  //   12 1.3779055797160484 4.6581300107059915
  @Test(arguments: [
    (0, 0.0, 0.8197509898030968),
    (3, 0.13748269397680032, 1.948282904387183),
    (12, 1.3779055797160484, 4.6581300107059915),
  ])
  func garwoodMatchesScipy(count: Int, lower: Double, upper: Double) throws {
    let r = try PoissonInterval.garwood(count: count, exposure: 4_500)
    #expect(close(r.lower, lower, relative: 1e-9))
    #expect(close(r.upper, upper, relative: 1e-9))
  }

  @Test func zeroExposureIsRejected() {
    #expect(throws: StatisticsError.self) { try PoissonInterval.garwood(count: 1, exposure: 0) }
  }
}
