import Testing

@testable import FramingStatistics

@Suite struct StanceIndexTests {
  func close(_ a: Double?, _ b: Double, relative: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= relative * max(1, abs(b))
  }

  // python3 -c "import scipy.stats as st, numpy as np; a=np.array([-2,-2,-2,-2,-2,-1.]);
  //   print(a.mean(), st.t.interval(0.95, len(a)-1, loc=a.mean(), scale=st.sem(a)))"
  // → -1.8333333333333333 (-2.261763639272719, -1.4049030273939476)
  @Test func matchesScipyTInterval() throws {
    let s = try StanceIndex.estimate(weights: [-2, -2, -2, -2, -2, -1])
    #expect(s.n == 6)
    #expect(close(s.mean, -1.8333333333333333))
    #expect(close(s.lower, -2.261763639272719))
    #expect(close(s.upper, -1.4049030273939476))
  }

  // Same command with a=[1, 0] → 0.5 (-5.853102368087347, 6.853102368087347)
  @Test func twoMatchesGiveAWideInterval() throws {
    let s = try StanceIndex.estimate(weights: [1, 0])
    #expect(close(s.lower, -5.853102368087347))
    #expect(close(s.upper, 6.853102368087347))
  }

  // Same command with a=[-1,-1,-1,0,-1] → -0.8 (-1.3552890210395587, -0.24471097896044136)
  @Test func matchesScipyForFiveWeights() throws {
    let s = try StanceIndex.estimate(weights: [-1, -1, -1, 0, -1])
    #expect(close(s.mean, -0.8))
    #expect(close(s.lower, -1.3552890210395587))
    #expect(close(s.upper, -0.24471097896044136))
  }

  // python3 -c "import scipy.stats as st; print(st.t.ppf(0.975, 5))" → 2.5705818356363146
  @Test func tQuantileMatchesScipy() throws {
    #expect(close(try GSL.tQuantile(0.975, degreesOfFreedom: 5), 2.5705818356363146))
  }

  @Test func oneMatchHasAMeanButNoInterval() throws {
    let s = try StanceIndex.estimate(weights: [-2])
    #expect(s.mean == -2)
    #expect(s.lower == nil)
    #expect(s.upper == nil)
  }

  @Test func noMatchesHaveNoMean() throws {
    let s = try StanceIndex.estimate(weights: [])
    #expect(s.n == 0)
    #expect(s.mean == nil)
  }

  @Test func rejectsBadArgumentsInsteadOfReturningNaN() {
    #expect(throws: StatisticsError.self) { try StanceIndex.estimate(weights: [1, .nan]) }
    #expect(throws: StatisticsError.self) {
      try StanceIndex.estimate(weights: [1, 2], confidence: 1)
    }
    #expect(throws: StatisticsError.self) { try GSL.tQuantile(0.975, degreesOfFreedom: 0) }
  }
}
