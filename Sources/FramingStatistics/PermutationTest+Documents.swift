extension PermutationTest {
  /// One document of a table test: its group (an outlet) and its matches per category.
  public struct Document: Sendable, Hashable {
    public var group: Int
    public var counts: [Int]
    public init(group: Int, counts: [Int]) {
      self.group = group
      self.counts = counts
    }
  }

  /// The permutation test of a groups × categories table, with Pearson's χ² beside it.
  public struct TableResult: Sendable, Hashable {
    /// The permutation test; its statistic is Pearson's χ² of the summed table.
    public var permutation: PermutationResult
    /// Pearson's χ² test of the same table with matches as units (its p from the χ²
    /// distribution), shown beside the permutation test.
    public var chiSquare: ContingencyResult
    /// Bias-corrected Cramér's V (Bergsma 2013) of the summed table.
    public var cramersV: Double
    public var documents: Int
    public var matches: Int
  }

  /// Outlet × category with documents as the unit: the statistic is Pearson's χ² of the table
  /// summed over documents; outlet labels are shuffled over whole documents, each keeping its
  /// category counts together. Categories no document uses are dropped; it needs two groups
  /// and two used categories.
  public static func table(
    _ documents: [Document], permutations: Int = SamplingDefaults.simulations,
    seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> TableResult {
    guard let width = documents.first?.counts.count,
      documents.allSatisfy({ $0.counts.count == width })
    else { throw .invalidArgument("a table test needs documents with counts ≥ 0 of equal length") }
    return try table(
      groups: documents.map(\.group), counts: documents.flatMap(\.counts), width: width,
      permutations: permutations, seed: seed)
  }

  /// The same test with the documents given as two columns: each document's group, and the
  /// counts of all documents one after the other, `width` a document.
  public static func table(
    groups documentGroups: [Int], counts all: [Int], width: Int,
    permutations: Int = SamplingDefaults.simulations, seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> TableResult {
    let d = documentGroups.count
    guard d > 0, width >= 0, all.count == d * width, all.allSatisfy({ $0 >= 0 }) else {
      throw .invalidArgument("a table test needs documents with counts ≥ 0 of equal length")
    }
    let groups = Array(Set(documentGroups)).sorted()
    let used = (0..<width).filter { j in (0..<d).contains { all[$0 * width + j] > 0 } }
    guard groups.count >= 2, used.count >= 2 else {
      throw .invalidArgument(
        "a test of the table needs two outlets and two categories in use (got \(groups.count) × \(used.count))"
      )
    }
    let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
    let labels = documentGroups.map { index[$0] ?? 0 }
    let c = used.count
    let g = groups.count
    // The documents' counts are read by every worker; each sums into a table of its own. The
    // sums run in the same order as a plain loop.
    let shared = TableCounts(all, width: width, used: used, documents: d)
    let n = (0..<c).reduce(0.0) { $0 + shared.columns[$1] }
    let makeStatistic: @Sendable () -> Statistic = {
      let scratch = TableScratch(shared, groups: g)
      return { labels in scratch.chiSquare(labels, n: n) }
    }
    let permutation = try test(
      labels: labels, permutations: permutations, seed: seed, stream: "permutation-table",
      makeStatistic: makeStatistic)
    var summed = [[Int]](repeating: [Int](repeating: 0, count: c), count: g)
    for (i, l) in labels.enumerated() {
      for j in 0..<c { summed[l][j] += all[i * width + used[j]] }
    }
    let pearson = try ContingencyTest.pearson(summed)
    return TableResult(
      permutation: permutation, chiSquare: pearson,
      cramersV: ContingencyTest.biasCorrectedCramersV(
        pearson.statistic, n: pearson.n, rows: g, columns: c),
      documents: d, matches: pearson.n)
  }

  /// The documents' counts of a table test (used categories only), their totals and the
  /// column totals, in buffers every worker reads and none writes.
  final class TableCounts: @unchecked Sendable {
    let counts: UnsafeMutableBufferPointer<Double>
    let totals: UnsafeMutableBufferPointer<Double>
    let columns: UnsafeMutableBufferPointer<Double>
    let c: Int

    /// From the counts of `documents` documents, `width` a document, of the categories `used`.
    init(_ all: [Int], width: Int, used: [Int], documents d: Int) {
      c = used.count
      counts = .allocate(capacity: max(1, d * c))
      totals = .allocate(capacity: max(1, d))
      columns = .allocate(capacity: max(1, c))
      for i in 0..<d {
        for (j, u) in used.enumerated() { counts[i * c + j] = Double(all[i * width + u]) }
        totals[i] = used.reduce(0.0) { $0 + Double(all[i * width + $1]) }
      }
      for (j, u) in used.enumerated() {
        columns[j] = (0..<d).reduce(0.0) { $0 + Double(all[$1 * width + u]) }
      }
    }

    deinit {
      for buffer in [counts, totals, columns] { buffer.deallocate() }
    }
  }

  /// One worker's table of the χ² statistic, in buffers of its own, over the shared counts.
  final class TableScratch {
    let shared: TableCounts
    let counts: UnsafeMutableBufferPointer<Double>
    let totals: UnsafeMutableBufferPointer<Double>
    let columns: UnsafeMutableBufferPointer<Double>
    let table: UnsafeMutableBufferPointer<Double>
    let rows: UnsafeMutableBufferPointer<Double>
    let c: Int

    static func copy(_ values: [Double]) -> UnsafeMutableBufferPointer<Double> {
      let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, values.count))
      _ = buffer.initialize(from: values)
      return buffer
    }

    init(_ shared: TableCounts, groups: Int) {
      self.shared = shared
      (counts, totals, columns, c) = (shared.counts, shared.totals, shared.columns, shared.c)
      table = Self.copy([Double](repeating: 0, count: groups * c))
      rows = Self.copy([Double](repeating: 0, count: groups))
    }

    deinit {
      for buffer in [table, rows] { buffer.deallocate() }
    }

    /// Pearson's χ² of the table summed over documents arranged as `labels`.
    func chiSquare(_ labels: UnsafeBufferPointer<Int>, n: Double) -> Double {
      let g = rows.count
      for k in 0..<(g * c) { table[k] = 0 }
      for k in 0..<g { rows[k] = 0 }
      for d in 0..<labels.count {
        let l = labels[d]
        rows[l] += totals[d]
        for j in 0..<c { table[l * c + j] += counts[d * c + j] }
      }
      var x = 0.0
      for i in 0..<g where rows[i] > 0 {
        for j in 0..<c {
          let e = rows[i] * columns[j] / n
          x += (table[i * c + j] - e) * (table[i * c + j] - e) / e
        }
      }
      return x
    }
  }

  /// One document of a stance comparison: the sum of its matches' weights and their number (≥ 1).
  public struct StanceDocument: Sendable, Hashable {
    public var weightSum: Double
    public var matches: Int
    public init(weightSum: Double, matches: Int) {
      self.weightSum = weightSum
      self.matches = matches
    }
  }

  /// Two outlets' stance indices (Σ weights / Σ matches over their documents) compared with
  /// documents as the unit: the statistic is the absolute difference, labels shuffled over whole
  /// documents (two-sided). `difference` is a's index minus b's.
  public static func stanceDifference(
    _ a: [StanceDocument], _ b: [StanceDocument],
    permutations: Int = SamplingDefaults.simulations, seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> (result: PermutationResult, difference: Double) {
    let all = a + b
    guard !a.isEmpty, !b.isEmpty, all.allSatisfy({ $0.matches >= 1 && $0.weightSum.isFinite })
    else {
      throw .invalidArgument("a stance comparison needs documents with matches in both outlets")
    }
    let weights = all.map(\.weightSum)
    let matches = all.map { Double($0.matches) }
    // The sums go into a slot per label (no branch on a shuffled label), in document order.
    let makeStatistic: @Sendable () -> Statistic = {
      { labels in
        weights.withUnsafeBufferPointer { weights in
          matches.withUnsafeBufferPointer { matches in
            // Weights of label 0 and 1, then matches of label 0 and 1.
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 4) { sums in
              sums.initialize(repeating: 0)
              for d in 0..<labels.count {
                let l = labels[d] & 1
                sums[l] += weights[d]
                sums[2 + l] += matches[d]
              }
              return abs(sums[0] / sums[2] - sums[1] / sums[3])
            }
          }
        }
      }
    }
    let labels = Array(repeating: 0, count: a.count) + Array(repeating: 1, count: b.count)
    let result = try test(
      labels: labels, permutations: permutations, seed: seed, stream: "permutation-stance",
      makeStatistic: makeStatistic)
    let difference =
      a.reduce(0) { $0 + $1.weightSum } / Double(a.reduce(0) { $0 + $1.matches })
      - b.reduce(0) { $0 + $1.weightSum } / Double(b.reduce(0) { $0 + $1.matches })
    return (result, difference)
  }
}
