/// Correspondence analysis of a two-way table of counts (Benzécri; Greenacre 2017), through
/// GSL's singular value decomposition of the standardized residuals
/// S = D_r^{-1/2} (P − r cᵀ) D_c^{-1/2}.
public struct CorrespondenceAnalysis: Sendable {
  /// Principal inertia (eigenvalue) of each axis, largest first.
  public var inertia: [Double]
  /// Share of the total inertia per axis.
  public var explained: [Double]
  /// Principal coordinates of rows and columns: [point][axis].
  public var rowCoordinates: [[Double]]
  public var columnCoordinates: [[Double]]
  /// Contributions of each point to each axis (mass · coordinate² / inertia), summing to 1.
  public var rowContributions: [[Double]]
  public var columnContributions: [[Double]]
  public var rowMasses: [Double]
  public var columnMasses: [Double]

  /// Computes the analysis; rows and columns with zero totals must be removed first. Axes with
  /// zero inertia are dropped. Signs are fixed so that the column point with the largest
  /// absolute coordinate on each axis is positive (an SVD's signs are arbitrary).
  public static func compute(_ table: [[Int]]) throws(StatisticsError) -> CorrespondenceAnalysis {
    guard table.count >= 2, let width = table.first?.count, width >= 2,
      table.allSatisfy({ $0.count == width && $0.allSatisfy { $0 >= 0 } })
    else {
      throw .invalidArgument("correspondence analysis needs a table of at least 2 × 2 counts ≥ 0")
    }
    let total = Double(table.reduce(0) { $0 + $1.reduce(0, +) })
    let r = table.map { Double($0.reduce(0, +)) / total }
    let c = (0..<width).map { j in Double(table.reduce(0) { $0 + $1[j] }) / total }
    guard r.allSatisfy({ $0 > 0 }), c.allSatisfy({ $0 > 0 }) else {
      throw .invalidArgument("correspondence analysis needs every row and column to have a count")
    }
    let m = table.count
    let n = width
    var s = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n {
        s[i * n + j] = (Double(table[i][j]) / total - r[i] * c[j]) / (r[i] * c[j]).squareRoot()
      }
    }
    // GSL's SVD wants rows ≥ columns: decompose the transpose when needed.
    let transposed = m < n
    let (rows, columns) = transposed ? (n, m) : (m, n)
    var a = s
    if transposed {
      a = [Double](repeating: 0, count: m * n)
      for i in 0..<m { for j in 0..<n { a[j * m + i] = s[i * n + j] } }
    }
    let svd = try GSL.svd(a, rows: rows, columns: columns)
    // Singular vectors of S: the left ones belong to its rows. For Sᵀ they swap.
    let (left, right) = transposed ? (svd.v, svd.u) : (svd.u, svd.v)
    let axes = svd.s.indices.filter { svd.s[$0] > 1e-12 }
    var rowCoordinates = [[Double]](repeating: [], count: m)
    var columnCoordinates = [[Double]](repeating: [], count: n)
    for k in axes {
      let sigma = svd.s[k]
      var rowAxis = (0..<m).map { i in left[i * columns + k] * sigma / r[i].squareRoot() }
      var columnAxis = (0..<n).map { j in right[j * columns + k] * sigma / c[j].squareRoot() }
      if let largest = columnAxis.indices.max(by: {
        (abs(columnAxis[$0]), $1) < (abs(columnAxis[$1]), $0)
      }), columnAxis[largest] < 0 {
        rowAxis = rowAxis.map { -$0 }
        columnAxis = columnAxis.map { -$0 }
      }
      for i in 0..<m { rowCoordinates[i].append(rowAxis[i]) }
      for j in 0..<n { columnCoordinates[j].append(columnAxis[j]) }
    }
    let inertia = axes.map { svd.s[$0] * svd.s[$0] }
    let totalInertia = inertia.reduce(0, +)
    func contributions(_ coordinates: [[Double]], _ masses: [Double]) -> [[Double]] {
      coordinates.enumerated().map { i, point in
        point.enumerated().map { k, f in masses[i] * f * f / inertia[k] }
      }
    }
    return CorrespondenceAnalysis(
      inertia: inertia, explained: inertia.map { $0 / totalInertia },
      rowCoordinates: rowCoordinates,
      columnCoordinates: columnCoordinates, rowContributions: contributions(rowCoordinates, r),
      columnContributions: contributions(columnCoordinates, c), rowMasses: r, columnMasses: c)
  }
}
