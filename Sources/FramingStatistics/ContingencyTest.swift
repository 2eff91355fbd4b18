import Dispatch
import Foundation

/// Tests of independence on an r × c table of counts.
public struct ContingencyResult: Sendable, Hashable {
  public enum Method: String, Sendable {
    case pearson = "pearson-chi-square"
    case fisher = "fisher-exact"
    case monteCarlo = "monte-carlo-exact"
  }
  public var method: Method
  /// Pearson's χ² of the observed table (no continuity correction).
  public var statistic: Double
  public var degreesOfFreedom: Int
  public var pValue: Double
  /// Monte Carlo standard error of p (0 for deterministic methods).
  public var pValueError: Double
  /// Cramér's V = √(χ² / (n · (min(r, c) − 1))).
  public var cramersV: Double
  public var n: Int
  /// Tables simulated (Monte Carlo) and the seed, 0 otherwise.
  public var simulations: Int
  public var seed: UInt
}

public enum ContingencyTest {
  /// Validated table: at least 2 × 2 after dropping empty rows and columns, no negative counts.
  static func clean(_ table: [[Int]]) throws(StatisticsError) -> [[Int]] {
    guard table.allSatisfy({ $0.count == table.first?.count && $0.allSatisfy { $0 >= 0 } }) else {
      throw .invalidArgument("a contingency table needs rows of equal length and counts ≥ 0")
    }
    var rows = table.filter { $0.reduce(0, +) > 0 }
    guard let width = rows.first?.count else {
      throw .invalidArgument("the table is empty (all counts 0)")
    }
    let keep = (0..<width).filter { j in rows.contains { $0[j] > 0 } }
    rows = rows.map { row in keep.map { row[$0] } }
    guard rows.count >= 2, keep.count >= 2 else {
      throw .invalidArgument(
        "a test of independence needs at least two non-empty rows and columns (got \(rows.count) × \(keep.count))"
      )
    }
    return rows
  }

  /// Row and column totals of a table.
  static func margins(_ t: [[Int]]) -> (rows: [Int], columns: [Int]) {
    (t.map { $0.reduce(0, +) }, (0..<(t.first?.count ?? 0)).map { j in t.reduce(0) { $0 + $1[j] } })
  }

  /// Pearson's χ² statistic of a cleaned table.
  static func chiSquare(_ t: [[Int]], rowTotals: [Int], columnTotals: [Int], total: Int) -> Double {
    var x = 0.0
    for (i, row) in t.enumerated() {
      for (j, o) in row.enumerated() {
        let e = Double(rowTotals[i]) * Double(columnTotals[j]) / Double(total)
        x += (Double(o) - e) * (Double(o) - e) / e
      }
    }
    return x
  }

  /// True when expected counts are too small for the χ² approximation (Cochran's rule: any
  /// expected count below 1, or more than 20% below 5).
  public static func needsExactTest(_ table: [[Int]]) throws(StatisticsError) -> Bool {
    let t = try clean(table)
    let (rows, columns) = margins(t)
    let n = rows.reduce(0, +)
    let expected = rows.flatMap { r in columns.map { Double(r) * Double($0) / Double(n) } }
    return expected.contains { $0 < 1 }
      || Double(expected.filter { $0 < 5 }.count) > 0.2 * Double(expected.count)
  }

  /// Pearson's χ² test of independence (no continuity correction); p from GSL's χ² tail.
  public static func pearson(_ table: [[Int]]) throws(StatisticsError) -> ContingencyResult {
    let t = try clean(table)
    let (rows, columns) = margins(t)
    let n = rows.reduce(0, +)
    let x = chiSquare(t, rowTotals: rows, columnTotals: columns, total: n)
    let df = (rows.count - 1) * (columns.count - 1)
    return ContingencyResult(
      method: .pearson, statistic: x, degreesOfFreedom: df,
      pValue: try GSL.chiSquareUpperTail(x, degreesOfFreedom: Double(df)), pValueError: 0,
      cramersV: cramersV(x, n: n, rows: rows.count, columns: columns.count), n: n, simulations: 0,
      seed: 0)
  }

  static func cramersV(_ x: Double, n: Int, rows: Int, columns: Int) -> Double {
    (x / (Double(n) * Double(min(rows, columns) - 1))).squareRoot()
  }

  /// Fisher's exact test of a 2 × 2 table, two-sided: the sum of the hypergeometric
  /// probabilities of all tables with the same margins that are no more likely than the
  /// observed one (relative tolerance 1e-7, as R and scipy).
  public static func fisher(_ table: [[Int]]) throws(StatisticsError) -> ContingencyResult {
    let t = try clean(table)
    guard t.count == 2, t[0].count == 2 else {
      throw .invalidArgument("Fisher's exact test here takes a 2 × 2 table")
    }
    let r1 = t[0][0] + t[0][1]
    let c1 = t[0][0] + t[1][0]
    let n = r1 + t[1][0] + t[1][1]
    let low = max(0, r1 + c1 - n)
    let high = min(r1, c1)
    func logP(_ a: Int) -> Double {
      GSL.lnChoose(c1, a) + GSL.lnChoose(n - c1, r1 - a) - GSL.lnChoose(n, r1)
    }
    // Tables count when p(a) ≤ p(observed)·(1 + 1e-7), as R and scipy compare; in logs that
    // is logP(a) ≤ logP(observed) + ln(1 + 1e-7) ≈ + 1e-7.
    let observed = logP(t[0][0])
    var p = 0.0
    for a in low...high {
      let l = logP(a)
      if l <= observed + 1e-7 { p += exp(l) }
    }
    let (rows, columns) = margins(t)
    let x = chiSquare(t, rowTotals: rows, columnTotals: columns, total: n)
    return ContingencyResult(
      method: .fisher, statistic: x, degreesOfFreedom: 1, pValue: min(1, p), pValueError: 0,
      cramersV: cramersV(x, n: n, rows: 2, columns: 2), n: n, simulations: 0, seed: 0)
  }

  /// Monte Carlo exact test: the share of random tables with the observed margins whose
  /// Pearson χ² is at least the observed one, p = (1 + hits) / (1 + B) as R's
  /// `chisq.test(simulate.p.value = TRUE)`. Tables are drawn cell by cell from the conditional
  /// hypergeometric distributions (GSL's mt19937: eight generators, one per chunk of the
  /// simulations, seeded by `RandomSource.seed`, run in parallel); the standard error is √(p(1−p)/B).
  public static func monteCarlo(
    _ table: [[Int]], simulations b: Int = SamplingDefaults.simulations,
    seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> ContingencyResult {
    guard b >= 1 else {
      throw .invalidArgument("a Monte Carlo test needs at least one simulated table")
    }
    let t = try clean(table)
    let (rows, columns) = margins(t)
    let n = rows.reduce(0, +)
    let observed = chiSquare(t, rowTotals: rows, columnTotals: columns, total: n)
    // Expected counts, once.
    let expected = rows.map { r in columns.map { Double(r) * Double($0) / Double(n) } }
    // The simulations in fixed chunks, each with its own generator (seed + chunk), run in
    // parallel: the p-value does not depend on the number of threads.
    let chunks = min(b, monteCarloChunks)
    let hitsPerChunk = HitCounts(chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      hitsPerChunk.set(
        chunk,
        simulate(
          RandomSource.chunk(chunk, of: chunks, in: b).count, rows: rows, columns: columns,
          expected: expected, observed: observed,
          random: RandomSource(
            seed: RandomSource.seed(seed, stream: "monte-carlo", chunk: chunk))))
    }
    let hits = hitsPerChunk.total
    let p = Double(1 + hits) / Double(1 + b)
    return ContingencyResult(
      method: .monteCarlo, statistic: observed,
      degreesOfFreedom: (rows.count - 1) * (columns.count - 1),
      pValue: p, pValueError: (p * (1 - p) / Double(b)).squareRoot(),
      cramersV: cramersV(observed, n: n, rows: rows.count, columns: columns.count), n: n,
      simulations: b, seed: seed)
  }

  /// Simulations run in parallel chunks of the Monte Carlo test.
  static let monteCarloChunks = 8

  /// Draws `count` random tables with the given margins and counts those whose χ² reaches the
  /// observed one.
  static func simulate(
    _ count: Int, rows: [Int], columns: [Int], expected: [[Double]], observed: Double,
    random: RandomSource
  ) -> Int {
    let n = rows.reduce(0, +)
    var hits = 0
    var remainingColumns = columns
    for _ in 0..<count {
      for j in columns.indices { remainingColumns[j] = columns[j] }
      var x = 0.0
      var remainingTotal = n
      for (i, r) in rows.enumerated() {
        var left = r
        var rest = remainingTotal
        for j in columns.indices {
          let cell: Int
          if j == columns.count - 1 {
            cell = left
          } else {
            rest -= remainingColumns[j]
            cell =
              left == 0
              ? 0
              : random.hypergeometric(successes: remainingColumns[j], failures: rest, draws: left)
          }
          left -= cell
          remainingColumns[j] -= cell
          let e = expected[i][j]
          x += (Double(cell) - e) * (Double(cell) - e) / e
        }
        remainingTotal -= r
      }
      // R compares with a relative tolerance so that ties count as hits.
      if x >= observed * (1 - 64 * Double.ulpOfOne) { hits += 1 }
    }
    return hits
  }

  /// Above this many matches a Monte Carlo test would cost too much (each simulated table
  /// takes time proportional to n); the χ² approximation is used and the note says so.
  public static let monteCarloLimit = 20_000

  /// Pearson's test when expected counts allow it; otherwise Fisher's exact test for a 2 × 2
  /// table and a Monte Carlo exact test for larger ones (up to `monteCarloLimit` matches).
  public static func test(
    _ table: [[Int]], simulations: Int = SamplingDefaults.simulations,
    seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> ContingencyResult {
    let t = try clean(table)
    guard try needsExactTest(t) else { return try pearson(t) }
    if t.count == 2 && t[0].count == 2 { return try fisher(t) }
    let n = t.reduce(0) { $0 + $1.reduce(0, +) }
    return n > monteCarloLimit
      ? try pearson(t) : try monteCarlo(t, simulations: simulations, seed: seed)
  }
}

/// Hits of the Monte Carlo chunks, each written by one worker.
private final class HitCounts: @unchecked Sendable {
  private var counts: [Int]
  private let lock = NSLock()
  init(_ chunks: Int) { counts = Array(repeating: 0, count: chunks) }
  func set(_ chunk: Int, _ hits: Int) { lock.withLock { counts[chunk] = hits } }
  var total: Int { lock.withLock { counts.reduce(0, +) } }
}
