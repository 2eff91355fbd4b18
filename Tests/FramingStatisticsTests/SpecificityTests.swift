import Testing

@testable import FramingStatistics

@Suite struct SpecificityTests {
  // python3 -c "import scipy.stats as st, math; print(-math.log10(st.hypergeom.sf(14, 10000, 30, 2000)),
  //   math.log10(st.hypergeom.cdf(1, 10000, 30, 2000)))" → 3.6463338305520367 -1.9812229681961293
  @Test func lafonMatchesScipyHypergeometricTails() throws {
    #expect(
      close(
        try Specificity.lafon(k: 15, partTokens: 2000, termTotal: 30, corpusTokens: 10_000),
        3.6463338305520367))
    #expect(
      close(
        try Specificity.lafon(k: 1, partTokens: 2000, termTotal: 30, corpusTokens: 10_000),
        -1.9812229681961293))
  }

  // A frequent word: both tails stop after a few thousand terms, not K = 100,000.
  // python3 -c "import scipy.stats as st, math; print(-math.log10(st.hypergeom.sf(51999, 2000000,
  //   100000, 1000000)), math.log10(st.hypergeom.cdf(49000, 2000000, 100000, 1000000)))"
  //   → 38.07786731492557 -10.355292106485955
  @Test func lafonOfAFrequentWordMatchesScipy() throws {
    let over = try Specificity.lafon(
      k: 52_000, partTokens: 1_000_000, termTotal: 100_000, corpusTokens: 2_000_000)
    let under = try Specificity.lafon(
      k: 49_000, partTokens: 1_000_000, termTotal: 100_000, corpusTokens: 2_000_000)
    #expect(abs(over - 38.07786731492557) < 1e-9)
    #expect(abs(under - -10.355292106485955) < 1e-9)
  }

  @Test func lafonStaysFiniteForExtremeCounts() throws {
    let s = try Specificity.lafon(k: 400, partTokens: 1000, termTotal: 400, corpusTokens: 1_000_000)
    #expect(s.isFinite)
    #expect(s > 300)
  }

  // python3: a=K, a0=N; d = ln((k+a)/(n+a0-k-a)) - ln((K-k+a)/(N-n+a0-(K-k)-a)); v = 1/(k+a) + 1/(K-k+a)
  //   with k=15, n=2000, K=30, N=10000 → (0.4067190267677585, 0.044444444444444446, 1.9292377384696617)
  @Test func logOddsWithInformativePrior() throws {
    let r = try Specificity.logOdds(k: 15, partTokens: 2000, termTotal: 30, corpusTokens: 10_000)
    #expect(close(r.delta, 0.4067190267677585))
    #expect(close(r.variance, 0.044444444444444446))
    #expect(close(r.z, 1.9292377384696617))
  }

  @Test func rejectsImpossibleCounts() {
    #expect(throws: StatisticsError.self) {
      try Specificity.lafon(k: 5, partTokens: 3, termTotal: 10, corpusTokens: 100)
    }
    #expect(throws: StatisticsError.self) {
      try Specificity.logOdds(k: 1, partTokens: 100, termTotal: 1, corpusTokens: 100)
    }
  }
}
