import Testing

@testable import FramingStatistics

@Suite struct BootstrapTests {
  static let documents = [
    Bootstrap.Document(matches: 2, tokens: 300),
    Bootstrap.Document(matches: 1, tokens: 250),
    Bootstrap.Document(matches: 0, tokens: 200),
    Bootstrap.Document(matches: 3, tokens: 400),
  ]

  @Test func rateIntervalsAreReproducibleAndContainTheEstimate() throws {
    let a = try Bootstrap.rateInterval(Self.documents, resamples: 2_000, seed: 42)
    let b = try Bootstrap.rateInterval(Self.documents, resamples: 2_000, seed: 42)
    #expect(a == b)
    // Point estimate: 6 matches per 1,150 tokens.
    #expect(a.lower <= 6000.0 / 1150 && 6000.0 / 1150 <= a.upper)
    #expect(a.lower < a.upper)
    #expect(a.resamples == 2_000)
    #expect(a.seed == 42)
  }

  @Test func noMatchesGiveRateZero() throws {
    let r = try Bootstrap.rateInterval(
      [Bootstrap.Document(matches: 0, tokens: 100)], resamples: 100, seed: 1)
    #expect(r.lower == 0 && r.upper == 0)
  }
}

/// The streamed bootstrap draws each group's documents as resampling with replacement does.
@Suite struct BootstrapStreamTests {
  /// Every resample draws exactly n documents per group, whatever the order in which groups'
  /// documents arrive; one document's multiplicity is Binomial(n, 1/n): mean 1, variance
  /// (n − 1)/n.
  @Test func eachResampleDrawsNDocumentsAndMultiplicitiesAreBinomial() throws {
    let sizes = [7, 3]
    let resamples = 20_000
    let stream = try Bootstrap.Stream(
      documents: sizes, measures: 1, resamples: resamples, seed: 99)
    // Interleaved groups; every document has one token; only group 0's first has a match.
    for (i, group) in [0, 1, 0, 0, 1, 0, 0, 1, 0, 0].enumerated() {
      stream.add(group: group, tokens: 1, matches: [i == 0 ? 1 : 0])
    }
    let first = stream.draws(group: 0, measure: 0)
    #expect(first.allSatisfy { $0.tokens == 7 })
    #expect(stream.draws(group: 1, measure: 0).allSatisfy { $0.tokens == 3 && $0.matches == 0 })
    let counts = first.map { Double($0.matches) }
    let mean = counts.reduce(0, +) / Double(resamples)
    let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(resamples - 1)
    // Standard error of the mean: sqrt(6/7 / 20,000) ≈ 0.0065; four of them.
    #expect(abs(mean - 1) < 0.027)
    #expect(abs(variance - 6.0 / 7) < 0.05)
    // P(multiplicity 0) = (6/7)^7 ≈ 0.3399 (standard error ≈ 0.0034).
    let zero = Double(counts.filter { $0 == 0 }.count) / Double(resamples)
    #expect(abs(zero - 0.33992) < 0.014)
  }

  @Test func sameSeedSameDraws() throws {
    func run() throws -> [Int] {
      let stream = try Bootstrap.Stream(documents: [5], measures: 1, resamples: 300, seed: 7)
      for i in 0..<5 { stream.add(group: 0, tokens: i + 1, matches: [0]) }
      return stream.draws(group: 0, measure: 0).map(\.tokens)
    }
    let a = try run()
    #expect(a == (try run()))
    // Not every resample is the original sample (1 + 2 + 3 + 4 + 5 tokens).
    #expect(Set(a).count > 5)
  }
}

/// The bootstrap's binomial sampler against the distribution's probabilities.
@Suite struct BinomialDrawTests {
  // python3 -c "from scipy.stats import binom; print([binom.pmf(k, 12, 0.25) for k in range(4)])"
  // → [0.031676352024078355, 0.1267054080963135, 0.2322932481765746, 0.2581036090850829]
  @Test func frequenciesMatchTheBinomialProbabilities() {
    let random = RandomSource(seed: 5)
    let draw = BinomialDraw(probability: 0.25)
    let n = 200_000
    var counts = [Int](repeating: 0, count: 13)
    for _ in 0..<n { counts[draw.sample(trials: 12, random)] += 1 }
    let expected = [
      0.031676352024078355, 0.1267054080963135, 0.2322932481765746, 0.2581036090850829,
    ]
    for (k, p) in expected.enumerated() {
      // Four standard errors of a frequency: 4·sqrt(p(1 − p)/n) < 0.004.
      #expect(abs(Double(counts[k]) / Double(n) - p) < 0.004, "P(\(k))")
    }
    #expect(counts.reduce(0, +) == n)
  }

  @Test func largeMeansFallBackToGSL() {
    let random = RandomSource(seed: 5)
    // r·p = 1,000: P(0) = 0.999^1,000,000 underflows, so GSL's sampler draws; mean 1,000.
    let draws = (0..<2_000).map { _ in
      BinomialDraw(probability: 0.001).sample(trials: 1_000_000, random)
    }
    let mean = Double(draws.reduce(0, +)) / 2_000
    #expect(abs(mean - 1_000) < 3)
  }
}

/// Chunks of parallel draws: every size splits into eight ranges that cover it once.
@Suite struct ChunkTests {
  @Test(arguments: [1, 3, 7, 8, 9, 10, 13, 41, 2_000, 100_000])
  func chunksCoverEveryItemOnce(count: Int) throws {
    let ranges = (0..<8).map { RandomSource.chunk($0, of: 8, in: count) }
    #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    #expect((ranges.map(\.count).max() ?? 0) - (ranges.map(\.count).min() ?? 0) <= 1)
    // Any number of resamples works, also fewer than the chunks.
    let stream = try Bootstrap.Stream(documents: [2], measures: 1, resamples: count, seed: 3)
    stream.add(group: 0, tokens: 1, matches: [1])
    stream.add(group: 0, tokens: 1, matches: [0])
    #expect(stream.draws(group: 0, measure: 0).count == count)
    #expect(stream.draws(group: 0, measure: 0).allSatisfy { $0.tokens == 2 })
  }

  @Test func neighbouringSeedsGetUnrelatedChunkSeeds() {
    let a = (0..<8).map { RandomSource.seed(1, stream: "bootstrap", chunk: $0) }
    let b = (0..<8).map { RandomSource.seed(2, stream: "bootstrap", chunk: $0) }
    let c = (0..<8).map { RandomSource.seed(1, stream: "monte-carlo", chunk: $0) }
    #expect(Set(a + b + c).count == 24)
    #expect(a == (0..<8).map { RandomSource.seed(1, stream: "bootstrap", chunk: $0) })
  }
}
