/// Adjusted p-values for a family of tests (all the tests of one report).
public enum MultipleTesting {
  /// Benjamini–Hochberg step-up adjustment (false discovery rate): p_(i)·m/i, made monotone
  /// from the largest down, capped at 1; as R's `p.adjust(method = "BH")`.
  public static func benjaminiHochberg(_ p: [Double]) -> [Double] {
    let m = p.count
    let order = p.indices.sorted { (p[$0], $0) > (p[$1], $1) }
    var adjusted = [Double](repeating: 0, count: m)
    var running = 1.0
    for (k, i) in order.enumerated() {
      let rank = m - k
      running = min(running, p[i] * Double(m) / Double(rank))
      adjusted[i] = min(1, running)
    }
    return adjusted
  }

  /// Holm's step-down adjustment (family-wise error): p_(i)·(m − i + 1), made monotone from
  /// the smallest up, capped at 1; as R's `p.adjust(method = "holm")`.
  public static func holm(_ p: [Double]) -> [Double] {
    let m = p.count
    let order = p.indices.sorted { (p[$0], $0) < (p[$1], $1) }
    var adjusted = [Double](repeating: 0, count: m)
    var running = 0.0
    for (k, i) in order.enumerated() {
      running = max(running, p[i] * Double(m - k))
      adjusted[i] = min(1, running)
    }
    return adjusted
  }
}
