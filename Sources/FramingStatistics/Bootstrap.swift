/// Percentile bootstrap intervals for outlet-level statistics, resampling documents within an
/// outlet (articles cluster: an outlet's labels are not independent draws).
public struct BootstrapInterval: Sendable, Hashable {
  public var lower: Double
  public var upper: Double
  public var resamples: Int
  public var seed: UInt
}

public enum Bootstrap {
  /// One document's contribution: weight sum and count of its matches, and its tokens.
  public struct Document: Sendable, Hashable {
    public var weightSum: Double
    public var matches: Int
    public var tokens: Int
    public init(weightSum: Double, matches: Int, tokens: Int) {
      self.weightSum = weightSum
      self.matches = matches
      self.tokens = tokens
    }
  }

  /// Percentile intervals of the stance index (Σ weights / Σ matches) and of the rate per 1,000
  /// tokens over `resamples` resamples of the documents with replacement (GSL's mt19937,
  /// seeded). A resample without matches has no stance and is left out of the stance interval;
  /// the stance interval is nil when fewer than half the resamples have one.
  public static func intervals(
    _ documents: [Document], resamples b: Int = 2_000, confidence: Double = 0.95,
    seed: UInt = 20_240_619
  ) throws(StatisticsError) -> (stance: BootstrapInterval?, rate: BootstrapInterval) {
    guard !documents.isEmpty, b >= 1, confidence > 0, confidence < 1 else {
      throw .invalidArgument("a bootstrap needs documents, resamples ≥ 1 and 0 < confidence < 1")
    }
    let random = RandomSource(seed: seed)
    var stances: [Double] = []
    var rates: [Double] = []
    stances.reserveCapacity(b)
    rates.reserveCapacity(b)
    for _ in 0..<b {
      var weights = 0.0
      var matches = 0
      var tokens = 0
      for _ in documents.indices {
        let d = documents[random.uniformInt(documents.count)]
        weights += d.weightSum
        matches += d.matches
        tokens += d.tokens
      }
      if matches > 0 { stances.append(weights / Double(matches)) }
      rates.append(tokens > 0 ? Double(matches) * 1000 / Double(tokens) : 0)
    }
    func percentile(_ values: [Double]) -> (Double, Double) {
      let sorted = values.sorted()
      func at(_ q: Double) -> Double {
        // Linear interpolation between order statistics (numpy's default).
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(sorted.count - 1, low + 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
      }
      return (at((1 - confidence) / 2), at(1 - (1 - confidence) / 2))
    }
    let (rl, ru) = percentile(rates)
    let rate = BootstrapInterval(lower: rl, upper: ru, resamples: b, seed: seed)
    guard stances.count * 2 >= b else { return (nil, rate) }
    let (sl, su) = percentile(stances)
    return (BootstrapInterval(lower: sl, upper: su, resamples: b, seed: seed), rate)
  }
}
