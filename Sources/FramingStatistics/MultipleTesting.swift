/// Adjusted p-values for a family of tests (all the tests of one report).
public enum MultipleTesting {
  /// Benjamini–Hochberg step-up adjustment (false discovery rate): p_(i)·m/i, made monotone
  /// from the largest down, capped at 1; as R's `p.adjust(method = "BH")`.
  public static func benjaminiHochberg(_ p: [Double]) -> [Double] {
    var adjusted = p
    benjaminiHochberg(inPlace: &adjusted)
    return adjusted
  }

  /// The same adjustment written over `p`: besides `p` it holds only the order, 4 bytes a
  /// value. (Lists too long for memory: `benjaminiHochberg(_: NumberColumn)`.)
  public static func benjaminiHochberg(inPlace p: inout [Double]) {
    let m = p.count
    if m <= Int(UInt32.max) {
      stepUp(&p, order: (0..<UInt32(m)).sorted { (p[Int($0)], $0) > (p[Int($1)], $1) })
    } else {
      stepUp(&p, order: p.indices.sorted { (p[$0], $0) > (p[$1], $1) })
    }
  }

  /// From the largest p down: the running minimum of p·m / rank, capped at 1. Each value is read
  /// before it is written, so the result can replace `p`.
  private static func stepUp<Index: BinaryInteger>(_ p: inout [Double], order: [Index]) {
    let m = p.count
    var running = 1.0
    for (k, index) in order.enumerated() {
      let i = Int(index)
      let rank = m - k
      running = min(running, p[i] * Double(m) / Double(rank))
      p[i] = min(1, running)
    }
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
