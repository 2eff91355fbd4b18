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

  // python3 -c "import scipy.stats as st; print(st.fisher_exact([[5,0],[1,4]]).pvalue, st.fisher_exact([[8,2],[1,5]]).pvalue)"
  // → 0.047619047619047616 0.034965034965034975
  @Test func fisherMatchesScipy() throws {
    #expect(close(try ContingencyTest.fisher([[5, 0], [1, 4]]).pValue, 0.047619047619047616))
    #expect(close(try ContingencyTest.fisher([[8, 2], [1, 5]]).pValue, 0.034965034965034975))
  }

  // Exact p of Pearson's χ² for [[4,1,0],[1,3,5]] by enumerating every table with these margins
  // (python3, math.comb; see the note in the README's statistics section) → 0.025974025974025976.
  // The Monte Carlo p must lie within four standard errors of it.
  @Test func monteCarloAgreesWithFullEnumeration() throws {
    let r = try ContingencyTest.monteCarlo([[4, 1, 0], [1, 3, 5]], simulations: 100_000, seed: 7)
    #expect(r.method == .monteCarlo)
    #expect(close(r.statistic, 7.248888888888889))
    #expect(abs(r.pValue - 0.025974025974025976) < 4 * r.pValueError)
    #expect(r.simulations == 100_000)
    #expect(r.seed == 7)
  }

  @Test func monteCarloIsReproducibleWithItsSeed() throws {
    let a = try ContingencyTest.monteCarlo([[4, 1, 0], [1, 3, 5]], simulations: 2_000, seed: 11)
    let b = try ContingencyTest.monteCarlo([[4, 1, 0], [1, 3, 5]], simulations: 2_000, seed: 11)
    #expect(a.pValue == b.pValue)
  }

  @Test func smallExpectedCountsChooseAnExactTest() throws {
    #expect(try ContingencyTest.test([[5, 0], [1, 4]]).method == .fisher)
    #expect(
      try ContingencyTest.test([[4, 1, 0], [1, 3, 5]], simulations: 1_000).method == .monteCarlo)
    #expect(try ContingencyTest.test([[30, 20], [20, 30]]).method == .pearson)
  }

  @Test func emptyRowsAndColumnsAreDroppedAndTooSmallTablesRejected() throws {
    #expect(
      try ContingencyTest.pearson([[12, 5, 7, 0], [3, 9, 14, 0], [0, 0, 0, 0], [6, 6, 2, 0]]).n
        == 64)
    #expect(throws: StatisticsError.self) { try ContingencyTest.test([[3, 4]]) }
    #expect(throws: StatisticsError.self) { try ContingencyTest.test([[0, 0], [0, 0]]) }
    #expect(throws: StatisticsError.self) { try ContingencyTest.test([[3, 0], [4, 0]]) }
  }
}

@Suite struct ContingencyLimitTests {
  @Test func largeSparseTablesFallBackToChiSquare() throws {
    // 30,000 matches with one sparse cell: an exact test is asked for, but too costly.
    let table = [[10_000, 10_000, 1], [5_000, 5_000, 2], [0, 1, 0]]
    #expect(try ContingencyTest.needsExactTest(table))
    #expect(try ContingencyTest.test(table).method == .pearson)
  }
}
