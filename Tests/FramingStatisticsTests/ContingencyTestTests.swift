import Testing

@testable import FramingStatistics

@Suite struct ContingencyTestTests {
  // python3 -c "import scipy.stats as st; c=st.chi2_contingency([[12,5,7],[3,9,14],[6,6,2]], correction=False);
  //   print(c.statistic, c.dof, c.pvalue)" → 12.16130867062544 4 0.016191190003177473
  // Cramér's V = sqrt(12.16130867062544 / (64 * 2)) → 0.3082372852029119
  @Test func pearsonMatchesScipy() throws {
    let r = try ContingencyTest.pearson([[12, 5, 7], [3, 9, 14], [6, 6, 2]])
    #expect(close(r.statistic, 12.16130867062544))
    #expect(r.degreesOfFreedom == 4)
    #expect(close(r.pValue, 0.016191190003177473))
    #expect(close(r.cramersV, 0.3082372852029119))
    #expect(r.n == 64)
  }

  // Bias-corrected V (Bergsma 2013) from scipy's χ²:
  // python3 -c "import scipy.stats as st, math; t=[[12,5,7],[3,9,14],[6,6,2]];
  //   x=st.chi2_contingency(t, correction=False).statistic; n=64; r=c=3;
  //   phi2=max(0, x/n-(r-1)*(c-1)/(n-1)); rt=r-(r-1)**2/(n-1); ct=c-(c-1)**2/(n-1);
  //   print(math.sqrt(phi2/min(rt-1, ct-1)))" → 0.25561382602371674
  @Test func biasCorrectedCramersVMatchesBergsmasFormula() throws {
    let r = try ContingencyTest.pearson([[12, 5, 7], [3, 9, 14], [6, 6, 2]])
    #expect(
      close(
        ContingencyTest.biasCorrectedCramersV(r.statistic, n: 64, rows: 3, columns: 3),
        0.25561382602371674))
  }

  // A table with less association than chance expects is corrected to 0, not to a negative V:
  // [[5, 4], [4, 5]] has χ² = 2/9 < (r − 1)(c − 1)·n/(n − 1) = 18/17.
  @Test func biasCorrectedCramersVIsZeroBelowChance() throws {
    let r = try ContingencyTest.pearson([[5, 4], [4, 5]])
    #expect(close(r.statistic, 2.0 / 9))
    #expect(ContingencyTest.biasCorrectedCramersV(r.statistic, n: 18, rows: 2, columns: 2) == 0)
    #expect(close(r.cramersV, (2.0 / 9 / 18).squareRoot()))
  }

  @Test func emptyRowsAndColumnsAreDroppedAndTooSmallTablesRejected() throws {
    #expect(
      try ContingencyTest.pearson([[12, 5, 7, 0], [3, 9, 14, 0], [0, 0, 0, 0], [6, 6, 2, 0]]).n
        == 64)
    #expect(throws: StatisticsError.self) { try ContingencyTest.pearson([[3, 4]]) }
    #expect(throws: StatisticsError.self) { try ContingencyTest.pearson([[0, 0], [0, 0]]) }
    #expect(throws: StatisticsError.self) { try ContingencyTest.pearson([[3, 0], [4, 0]]) }
  }

  @Test func cochransRuleFlagsSmallExpectedCounts() throws {
    #expect(try ContingencyTest.needsExactTest([[5, 0], [1, 4]]))
    #expect(try !ContingencyTest.needsExactTest([[30, 20], [20, 30]]))
  }
}
