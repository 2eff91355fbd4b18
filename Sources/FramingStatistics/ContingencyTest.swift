/// Pearson's χ² test of independence on an r × c table of counts, with matches as units.
public struct ContingencyResult: Sendable, Hashable {
  /// Pearson's χ² of the observed table (no continuity correction).
  public var statistic: Double
  public var degreesOfFreedom: Int
  /// Upper tail of χ²(df): the asymptotic p-value.
  public var pValue: Double
  /// Cramér's V = √(χ² / (n · (min(r, c) − 1))), not corrected for bias.
  public var cramersV: Double
  public var n: Int
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
      statistic: x, degreesOfFreedom: df,
      pValue: try GSL.chiSquareUpperTail(x, degreesOfFreedom: Double(df)),
      cramersV: cramersV(x, n: n, rows: rows.count, columns: columns.count), n: n)
  }

  static func cramersV(_ x: Double, n: Int, rows: Int, columns: Int) -> Double {
    (x / (Double(n) * Double(min(rows, columns) - 1))).squareRoot()
  }

  /// Bias-corrected Cramér's V (Bergsma 2013, "A bias-correction for Cramér's V and
  /// Tschuprow's T", J. Korean Stat. Soc. 42(3)): with φ² = χ²/n,
  /// φ̃² = max(0, φ² − (r − 1)(c − 1)/(n − 1)), r̃ = r − (r − 1)²/(n − 1),
  /// c̃ = c − (c − 1)²/(n − 1), Ṽ = √(φ̃² / min(r̃ − 1, c̃ − 1)). 0 when n ≤ 1 or the
  /// corrected table has no room (min(r̃, c̃) ≤ 1).
  public static func biasCorrectedCramersV(_ x: Double, n: Int, rows r: Int, columns c: Int)
    -> Double
  {
    guard n > 1, r >= 2, c >= 2 else { return 0 }
    let m = Double(n - 1)
    let (rr, cc) = (Double(r), Double(c))
    let phi2 = max(0, x / Double(n) - (rr - 1) * (cc - 1) / m)
    let room = min(rr - (rr - 1) * (rr - 1) / m, cc - (cc - 1) * (cc - 1) / m) - 1
    guard room > 0 else { return 0 }
    return (phi2 / room).squareRoot()
  }
}
