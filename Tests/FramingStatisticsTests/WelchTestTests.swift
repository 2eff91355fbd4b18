import Testing

@testable import FramingStatistics

@Suite struct WelchTestTests {
  // python3 -c "import scipy.stats as st; r=st.ttest_ind([-2,-2,-1,-2,-1,-2],[1,0,1,2,1],equal_var=False);
  //   print(r.statistic, r.pvalue, r.df)" → -7.016464154456234 0.0001820530092888407 7.20682302771855
  @Test func matchesScipy() throws {
    let r = try WelchTest.test([-2, -2, -1, -2, -1, -2], [1, 0, 1, 2, 1])
    #expect(close(r.t, -7.016464154456234))
    #expect(close(r.pValue, 0.0001820530092888407))
    #expect(close(r.degreesOfFreedom, 7.20682302771855))
  }

  /// Grouped values (weights with their match counts), as the report compares outlets, give
  /// scipy's numbers for the same values written out.
  @Test func groupedValuesMatchScipy() throws {
    let r = try WelchTest.test(
      WelchTest.Sample(values: [-2, -1, 0, 1, 2], counts: [4, 2, 0, 0, 0]),
      WelchTest.Sample(values: [-2, -1, 0, 1, 2], counts: [0, 0, 1, 3, 1]))
    #expect(close(r.t, -7.016464154456234))
    #expect(close(r.pValue, 0.0001820530092888407))
    #expect(close(r.degreesOfFreedom, 7.20682302771855))
  }

  /// Weights that are not binary fractions, each outlet using one category: no variance, no
  /// test (the sum 0.1 + 0.1 + 0.1 is not 3 × 0.1).
  @Test func oneValuePerOutletHasNoVarianceWhateverTheWeight() {
    let a = WelchTest.Sample(values: [0.1, 0.7], counts: [3, 0])
    let b = WelchTest.Sample(values: [0.1, 0.7], counts: [0, 3])
    #expect(a.mean == 0.1 && a.variance == 0)
    #expect(b.mean == 0.7 && b.variance == 0)
    #expect(throws: StatisticsError.self) { try WelchTest.test(a, b) }
  }

  @Test func needsTwoValuesAndSomeVariance() {
    #expect(throws: StatisticsError.self) { try WelchTest.test([1], [1, 2]) }
    #expect(throws: StatisticsError.self) { try WelchTest.test([1, 1], [2, 2]) }
  }
}
