import Testing

@testable import FramingStatistics

/// The document (cluster) bootstrap of a stance index, percentile method.
@Suite struct StanceBootstrapTests {
  static let five = [(-4.0, 2), (-1, 1), (-6, 3), (0, 1), (-2, 2)].map {
    PermutationTest.StanceDocument(weightSum: $0.0, matches: $0.1)
  }

  // Five documents: all 5⁵ = 3,125 ordered resamples enumerated, percentiles as numpy's:
  // python3 -c "
  // import numpy as np, itertools
  // W = np.array([(-4,2),(-1,1),(-6,3),(0,1),(-2,2)], dtype=float)
  // v = [W[list(i),0].sum()/W[list(i),1].sum() for i in itertools.product(range(5), repeat=5)]
  // print(np.percentile(v, 2.5), np.percentile(v, 97.5), len(v))"
  // → -1.9090909090909092 -0.6666666666666666 3125
  @Test func fiveDocumentsAreEnumeratedExactly() throws {
    let r = try StanceBootstrap.interval(Self.five, resamples: 2_000, seed: 1)
    #expect(r.isExact)
    #expect(r.resamples == 3_125)
    #expect(r.seed == 0)
    #expect(close(r.estimate, -13.0 / 9))
    #expect(close(r.lower, -1.9090909090909092))
    #expect(close(r.upper, -0.6666666666666666))
  }

  // Seven documents (7⁷ = 823,543 resamples: drawn at random). Exact percentiles:
  // python3 -c "
  // import numpy as np, itertools
  // W = np.array([(-4,2),(-1,1),(-6,3),(0,1),(-2,2),(-3,2),(1,1)], dtype=float)
  // v = [W[list(i),0].sum()/W[list(i),1].sum() for i in itertools.product(range(7), repeat=7)]
  // print(np.percentile(v, 2.5), np.percentile(v, 97.5))"  → -1.7333333333333334 -0.4444444444444444
  // With 20,000 resamples numpy's draws (200 repetitions, default_rng(2)) give lower
  // −1.7400 ± 0.0082 and upper −0.4432 ± 0.0071 (mean ± sd; the bootstrap distribution is
  // discrete, so the mean of the random lower percentile sits 0.0067 from the exact one):
  // a tolerance of 0.045 is the bias plus four standard deviations. For comparison,
  // stats.bootstrap((W[:,0], W[:,1]), lambda w, m, axis=-1: w.sum(axis)/m.sum(axis), paired=True,
  //   n_resamples=2000, method='percentile', random_state=1) → [-1.75, -0.4444].
  @Test func randomResamplesAgreeWithTheExactBootstrap() throws {
    let seven =
      Self.five
      + [PermutationTest.StanceDocument(weightSum: -3, matches: 2)]
      + [PermutationTest.StanceDocument(weightSum: 1, matches: 1)]
    let r = try StanceBootstrap.interval(seven, resamples: 20_000, seed: 20_240_619)
    #expect(!r.isExact)
    #expect(r.resamples == 20_000)
    #expect(abs(r.lower - -1.7333333333333334) < 0.045)
    #expect(abs(r.upper - -0.4444444444444444) < 0.045)
    #expect(try StanceBootstrap.interval(seven, resamples: 20_000, seed: 20_240_619) == r)
  }

  /// Every resample's index is a weighted mean of the weights: the interval stays on the scale
  /// whatever the documents, even with two matches of opposite extremes in one article.
  @Test func intervalsStayInsideTheScale() throws {
    let extreme = [
      PermutationTest.StanceDocument(weightSum: 0, matches: 2),  // −2 and +2 in one article
      PermutationTest.StanceDocument(weightSum: -2, matches: 1),
      PermutationTest.StanceDocument(weightSum: 2, matches: 1),
      PermutationTest.StanceDocument(weightSum: -4, matches: 2),
      PermutationTest.StanceDocument(weightSum: 4, matches: 2),
      PermutationTest.StanceDocument(weightSum: -2, matches: 1),
      PermutationTest.StanceDocument(weightSum: -2, matches: 1),
    ]
    let r = try StanceBootstrap.interval(extreme, resamples: 2_000, seed: 3)
    #expect(r.lower >= -2 && r.upper <= 2)
    #expect(r.lower < r.upper)
  }
}
