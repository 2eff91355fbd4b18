/// Krippendorff's α, the agreement coefficient of content analysis (Krippendorff 2004,
/// *Content Analysis*, ch. 11; Hayes & Krippendorff 2007): 1 − D_o/D_e, observed over expected
/// disagreement, computed from the coincidence matrix of the values coders gave each unit.
/// Any number of coders, missing values allowed (nil); units with fewer than two values are not
/// pairable and left out.
public enum Krippendorff {
  public enum Metric: String, Sendable {
    /// Categories: δ² = 0 for equal values, 1 otherwise.
    case nominal
    /// Numbers: δ² = (c − k)².
    case interval
  }

  /// α of the units' values. Values are category names; for `.interval` they must parse as
  /// numbers. Throws when fewer than two values are pairable or every value is the same (no
  /// expected disagreement: α is undefined).
  public static func alpha(_ units: [[String?]], metric: Metric = .nominal)
    throws(StatisticsError) -> Double
  {
    var index: [String: Int] = [:]
    var values: [String] = []
    for unit in units {
      for case let v? in unit where index[v] == nil {
        index[v] = values.count
        values.append(v)
      }
    }
    let k = values.count
    var numbers: [Double] = []
    if metric == .interval {
      for v in values {
        guard let x = Double(v), x.isFinite else {
          throw .invalidArgument("interval α needs numbers, not '\(v)'")
        }
        numbers.append(x)
      }
    }
    var coincidence = [Double](repeating: 0, count: k * k)
    for unit in units {
      let present = unit.compactMap { $0 }.compactMap { index[$0] }
      let m = present.count
      guard m >= 2 else { continue }
      let weight = 1 / Double(m - 1)
      for i in 0..<m {
        for j in 0..<m where j != i { coincidence[present[i] * k + present[j]] += weight }
      }
    }
    var marginals = [Double](repeating: 0, count: k)
    for c in 0..<k { for d in 0..<k { marginals[c] += coincidence[c * k + d] } }
    let n = marginals.reduce(0, +)
    guard n >= 2 else { throw .invalidArgument("α needs at least one unit coded twice") }
    func delta(_ c: Int, _ d: Int) -> Double {
      switch metric {
      case .nominal: return c == d ? 0 : 1
      case .interval:
        let x = numbers[c] - numbers[d]
        return x * x
      }
    }
    var observed = 0.0
    var expected = 0.0
    for c in 0..<k {
      for d in 0..<k where d != c {
        observed += coincidence[c * k + d] * delta(c, d)
        expected += marginals[c] * marginals[d] * delta(c, d)
      }
    }
    expected /= n - 1
    guard expected > 0 else {
      throw .invalidArgument(
        "α is undefined when every value is the same (no expected disagreement)")
    }
    return 1 - observed / expected
  }
}
