import Testing

@testable import FramingStatistics

@Suite struct ProportionIntervalTests {
  // python3 -c "import scipy.stats as st; r=st.binomtest(3,10); print(r.proportion_ci(0.95,'wilson'), r.proportion_ci(0.95,'exact'))"
  // → (0.10779126740630102, 0.6032218525388546) (0.06673951117773447, 0.652452850060008)
  @Test func matchesScipyWilsonAndExact() throws {
    let wilson = try ProportionInterval.wilson(successes: 3, trials: 10)
    #expect(close(wilson.lower, 0.10779126740630102))
    #expect(close(wilson.upper, 0.6032218525388546))
    let exact = try ProportionInterval.clopperPearson(successes: 3, trials: 10)
    #expect(close(exact.lower, 0.06673951117773447))
    #expect(close(exact.upper, 0.652452850060008))
  }

  // Same with binomtest(0, 7) → wilson (0.0, 0.35433043506668743), exact (0.0, 0.4096163972250487)
  @Test func handlesZeroSuccesses() throws {
    let wilson = try ProportionInterval.wilson(successes: 0, trials: 7)
    #expect(wilson.lower == 0)
    #expect(close(wilson.upper, 0.35433043506668743))
    let exact = try ProportionInterval.clopperPearson(successes: 0, trials: 7)
    #expect(exact.lower == 0)
    #expect(close(exact.upper, 0.4096163972250487))
  }

  @Test func rejectsEmptyTrials() {
    #expect(throws: StatisticsError.self) { try ProportionInterval.wilson(successes: 0, trials: 0) }
    #expect(throws: StatisticsError.self) {
      try ProportionInterval.clopperPearson(successes: 5, trials: 3)
    }
  }
}
