import Testing

@testable import FramingStatistics

/// Document-level permutation tests against `scipy.stats.permutation_test` (scipy 1.17.1), which
/// enumerates every arrangement exactly as ours does when `n_resamples=np.inf` covers them all.
@Suite struct PermutationTestTests {
  /// Two outlets of five documents, each document's counts over three categories.
  static let two: [PermutationTest.Document] =
    [[2, 0, 1], [1, 0, 0], [3, 1, 0], [0, 0, 1], [1, 1, 0]].map {
      PermutationTest.Document(group: 0, counts: $0)
    }
    + [[0, 2, 1], [0, 1, 3], [1, 0, 2], [0, 3, 0], [0, 1, 1]].map {
      PermutationTest.Document(group: 1, counts: $0)
    }

  // python3 -c "
  // import numpy as np; from scipy import stats
  // D = np.array([[2,0,1],[1,0,0],[3,1,0],[0,0,1],[1,1,0],[0,2,1],[0,1,3],[1,0,2],[0,3,0],[0,1,1]])
  // chi = lambda *g: stats.chi2_contingency(np.array([D[np.asarray(x, dtype=int)].sum(0) for x in g]), correction=False).statistic
  // r = stats.permutation_test((np.arange(5), np.arange(5, 10)), chi, permutation_type='independent',
  //     vectorized=False, n_resamples=np.inf, alternative='greater')
  // print(r.statistic, r.pvalue, len(r.null_distribution))"
  // → 9.669023569023569 0.031746031746031744 252
  // χ² of the summed table [[7,2,2],[1,7,7]] with matches as units (stats.chi2_contingency):
  // p = 0.00795056896850179, df 2.
  @Test func tableTestOfTwoOutletsMatchesScipyExactly() throws {
    let r = try PermutationTest.table(Self.two, permutations: 9_999, seed: 1)
    #expect(r.permutation.isExact)
    #expect(r.permutation.permutations == 252)
    #expect(close(r.permutation.statistic, 9.669023569023569))
    #expect(close(r.permutation.pValue, 0.031746031746031744))
    #expect(r.permutation.pValueError == 0)
    #expect(close(r.chiSquare.pValue, 0.00795056896850179))
    #expect(r.chiSquare.degreesOfFreedom == 2)
    #expect(r.documents == 10)
    #expect(r.matches == 26)
  }

  // The same with three outlets of three documents (9! / (3!·3!·3!) = 1,680 arrangements):
  // python3 -c "
  // import numpy as np; from scipy import stats
  // D = np.array([[2,0,0],[1,1,0],[3,0,1],[0,2,0],[1,2,1],[0,1,0],[0,0,2],[1,0,3],[0,1,1]])
  // chi = lambda *g: stats.chi2_contingency(np.array([D[np.asarray(x, dtype=int)].sum(0) for x in g]), correction=False).statistic
  // r = stats.permutation_test((np.arange(3), np.arange(3, 6), np.arange(6, 9)), chi,
  //     permutation_type='independent', vectorized=False, n_resamples=np.inf, alternative='greater')
  // print(r.statistic, r.pvalue, len(r.null_distribution))"
  // → 16.971301020408166 0.0035714285714285713 1680
  @Test func tableTestOfThreeOutletsMatchesScipyExactly() throws {
    let counts = [
      [2, 0, 0], [1, 1, 0], [3, 0, 1], [0, 2, 0], [1, 2, 1], [0, 1, 0], [0, 0, 2], [1, 0, 3],
      [0, 1, 1],
    ]
    let documents = counts.enumerated().map {
      PermutationTest.Document(group: [7, 7, 7, 3, 3, 3, 9, 9, 9][$0.offset], counts: $0.element)
    }
    // Groups are any integers; arrangements are counted over the labels' multiset.
    let r = try PermutationTest.table(documents, permutations: 9_999, seed: 1)
    #expect(r.permutation.isExact)
    #expect(r.permutation.permutations == 1_680)
    #expect(close(r.permutation.statistic, 16.971301020408166))
    #expect(close(r.permutation.pValue, 0.0035714285714285713))
  }

  // Eight documents per outlet: C(16, 8) = 12,870 arrangements, more than the 9,999 random
  // permutations asked for, so these are drawn. The exact p, every arrangement enumerated:
  // python3 -c "
  // import numpy as np; from scipy import stats
  // D = np.array([[2,0,1],[1,0,0],[3,1,0],[0,0,1],[1,1,0],[1,0,1],[0,1,0],[2,1,1],
  //               [0,2,1],[0,1,3],[1,0,2],[0,3,0],[0,1,1],[1,1,0],[0,0,2],[1,2,1]])
  // chi = lambda *g: stats.chi2_contingency(np.array([D[np.asarray(x, dtype=int)].sum(0) for x in g]), correction=False).statistic
  // r = stats.permutation_test((np.arange(8), np.arange(8, 16)), chi, permutation_type='independent',
  //     vectorized=False, n_resamples=np.inf, alternative='greater')
  // print(r.statistic, r.pvalue)"  → 8.427668949408082 0.017094017094017096
  // The random p must lie within four Monte Carlo standard errors, 4·√(p(1 − p)/9,999) ≈ 0.0052.
  @Test func randomPermutationsAgreeWithFullEnumeration() throws {
    let a = [
      [2, 0, 1], [1, 0, 0], [3, 1, 0], [0, 0, 1], [1, 1, 0], [1, 0, 1], [0, 1, 0], [2, 1, 1],
    ]
    let b = [
      [0, 2, 1], [0, 1, 3], [1, 0, 2], [0, 3, 0], [0, 1, 1], [1, 1, 0], [0, 0, 2], [1, 2, 1],
    ]
    let documents =
      a.map { PermutationTest.Document(group: 0, counts: $0) }
      + b.map { PermutationTest.Document(group: 1, counts: $0) }
    let r = try PermutationTest.table(documents, permutations: 9_999, seed: 20_240_619)
    #expect(!r.permutation.isExact)
    #expect(r.permutation.permutations == 9_999)
    #expect(close(r.permutation.statistic, 8.427668949408082))
    let exact = 0.017094017094017096
    #expect(abs(r.permutation.pValue - exact) < 4 * (exact * (1 - exact) / 9_999).squareRoot())
    #expect(
      close(
        r.permutation.pValueError,
        (r.permutation.pValue * (1 - r.permutation.pValue) / 9_999).squareRoot()))
    // Reproducible with its seed, whatever the threads.
    let again = try PermutationTest.table(documents, permutations: 9_999, seed: 20_240_619)
    #expect(again == r)
  }

  // The same documents given as two columns (groups; counts one document after the other) give
  // the same result bit for bit; a column of the wrong length is refused.
  @Test func columnsGiveTheSameTableTest() throws {
    let documents = (0..<24).map { i in
      PermutationTest.Document(group: i % 3, counts: [i % 4, (i * 7) % 5, i % 2 == 0 ? 1 : 0])
    }
    let r = try PermutationTest.table(documents, permutations: 999, seed: 7)
    let flat = try PermutationTest.table(
      groups: documents.map(\.group), counts: documents.flatMap(\.counts), width: 3,
      permutations: 999, seed: 7)
    #expect(flat == r)
    #expect(flat.documents == 24)
    #expect(throws: StatisticsError.self) {
      try PermutationTest.table(groups: [0, 1], counts: [1, 2, 3], width: 2)
    }
  }

  // Stance indices Σ weights / Σ matches of two outlets' documents (weight sum, matches):
  // python3 -c "
  // import numpy as np; from scipy import stats
  // S = np.array([(-4,2),(-1,1),(-6,3),(0,1),(-2,2),(1,1),(-2,2),(2,2),(0,1),(-1,1)], dtype=float)
  // def d(x, y):
  //     x = S[np.asarray(x, dtype=int)]; y = S[np.asarray(y, dtype=int)]
  //     return abs(x[:,0].sum()/x[:,1].sum() - y[:,0].sum()/y[:,1].sum())
  // r = stats.permutation_test((np.arange(5), np.arange(5, 10)), d, permutation_type='independent',
  //     vectorized=False, n_resamples=np.inf, alternative='greater')
  // print(r.statistic, r.pvalue, len(r.null_distribution))"
  // → 1.4444444444444444 0.1111111111111111 252
  @Test func stanceDifferenceMatchesScipyExactly() throws {
    let a = [(-4.0, 2), (-1, 1), (-6, 3), (0, 1), (-2, 2)].map {
      PermutationTest.StanceDocument(weightSum: $0.0, matches: $0.1)
    }
    let b = [(1.0, 1), (-2, 2), (2, 2), (0, 1), (-1, 1)].map {
      PermutationTest.StanceDocument(weightSum: $0.0, matches: $0.1)
    }
    let r = try PermutationTest.stanceDifference(a, b, permutations: 9_999, seed: 1)
    #expect(r.result.isExact)
    #expect(r.result.permutations == 252)
    #expect(close(r.result.statistic, 1.4444444444444444))
    #expect(close(r.result.pValue, 0.1111111111111111))
    // −13/9 − 0/7: a's index minus b's.
    #expect(close(r.difference, -13.0 / 9))
  }

  @Test func oneOutletOrOneCategoryIsRejected() {
    #expect(throws: StatisticsError.self) {
      try PermutationTest.table([
        PermutationTest.Document(group: 0, counts: [1, 2]),
        PermutationTest.Document(group: 0, counts: [2, 1]),
      ])
    }
    #expect(throws: StatisticsError.self) {
      try PermutationTest.table([
        PermutationTest.Document(group: 0, counts: [1, 0]),
        PermutationTest.Document(group: 1, counts: [2, 0]),
      ])
    }
  }

  // 10! / (5!·5!) = 252 and 9! / (3!)³ = 1,680 (math.comb(10, 5), math.factorial(9) // 6**3).
  @Test func arrangementsAreTheMultinomialCoefficient() {
    #expect(PermutationTest.arrangements([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]) == 252)
    #expect(PermutationTest.arrangements([0, 0, 0, 1, 1, 1, 2, 2, 2]) == 1_680)
    var labels = [0, 0, 1, 1]
    var seen = [labels]
    while PermutationTest.nextPermutation(&labels) { seen.append(labels) }
    #expect(
      seen == [
        [0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 1, 0], [1, 0, 0, 1], [1, 0, 1, 0], [1, 1, 0, 0],
      ])
  }

  @Test func theShuffleInCMakesTheDrawsOfGSLsUniformInt() throws {
    // Two generators with one seed: one shuffles through the C helper, one swaps item by item
    // with gsl_rng_uniform_int; a thousand shuffles of 1 to 300 items stay the same.
    let fast = RandomSource(seed: 20_241)
    let plain = RandomSource(seed: 20_241)
    for round in 0..<1_000 {
      let count = 1 + round % 300
      var a = Array(0..<count)
      var b = a
      let scales = fast.shuffleScales(count: count)
      a.withUnsafeMutableBufferPointer { items in
        scales.withUnsafeBufferPointer { fast.shuffle(items, scales: $0) }
      }
      for i in stride(from: count - 1, to: 0, by: -1) { b.swapAt(i, plain.uniformInt(i + 1)) }
      #expect(a == b, "round \(round)")
      if a != b { break }
    }
  }
}
