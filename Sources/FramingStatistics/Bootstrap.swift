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
  /// tokens over `resamples` resamples of the documents with replacement, computed by
  /// `Stream` (the same draws as a run that streams the documents).
  public static func intervals(
    _ documents: [Document], resamples b: Int = SamplingDefaults.resamples,
    confidence: Double = 0.95, seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> (stance: BootstrapInterval?, rate: BootstrapInterval) {
    guard !documents.isEmpty else {
      throw .invalidArgument("a bootstrap needs documents, resamples ≥ 1 and 0 < confidence < 1")
    }
    let stream = try Stream(documents: [documents.count], measures: 1, resamples: b, seed: seed)
    for d in documents {
      stream.add(group: 0, tokens: d.tokens, weightSums: [d.weightSum], matches: [d.matches])
    }
    return try stream.intervals(group: 0, measure: 0, confidence: confidence)
  }
}
