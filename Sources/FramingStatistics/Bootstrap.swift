/// A percentile bootstrap interval of an outlet-level rate, documents resampled within the
/// outlet (articles cluster: an outlet's matches are not independent draws).
public struct BootstrapInterval: Sendable, Hashable {
  public var lower: Double
  public var upper: Double
  public var resamples: Int
  public var seed: UInt
}

public enum Bootstrap {
  /// One document's contribution: its matches and its tokens (of the selected voices).
  public struct Document: Sendable, Hashable {
    public var matches: Int
    public var tokens: Int
    public init(matches: Int, tokens: Int) {
      self.matches = matches
      self.tokens = tokens
    }
  }

  /// The percentile interval of the rate per 1,000 tokens over `resamples` resamples of the
  /// documents with replacement, computed by `Stream` (the same draws as a run that streams the
  /// documents).
  public static func rateInterval(
    _ documents: [Document], resamples b: Int = SamplingDefaults.resamples,
    confidence: Double = 0.95, seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> BootstrapInterval {
    guard !documents.isEmpty else {
      throw .invalidArgument("a bootstrap needs documents, resamples ≥ 1 and 0 < confidence < 1")
    }
    let stream = try Stream(documents: [documents.count], measures: 1, resamples: b, seed: seed)
    for d in documents { stream.add(group: 0, tokens: d.tokens, matches: [d.matches]) }
    return try stream.rateInterval(group: 0, measure: 0, confidence: confidence)
  }
}
