import Testing

@testable import FramingStatistics

@Suite struct BootstrapTests {
  static let documents = [
    Bootstrap.Document(weightSum: -4, matches: 2, tokens: 300),
    Bootstrap.Document(weightSum: -1, matches: 1, tokens: 250),
    Bootstrap.Document(weightSum: 0, matches: 0, tokens: 200),
    Bootstrap.Document(weightSum: -6, matches: 3, tokens: 400),
  ]

  @Test func intervalsAreReproducibleAndContainTheEstimate() throws {
    let a = try Bootstrap.intervals(Self.documents, resamples: 2_000, seed: 42)
    let b = try Bootstrap.intervals(Self.documents, resamples: 2_000, seed: 42)
    #expect(a.stance == b.stance)
    #expect(a.rate == b.rate)
    let stance = try #require(a.stance)
    // Point estimates: stance −11/6, rate 6 per 1,150 tokens.
    #expect(stance.lower <= -11.0 / 6 && -11.0 / 6 <= stance.upper)
    #expect(stance.lower >= -2 && stance.upper <= -1)
    #expect(a.rate.lower <= 6000.0 / 1150 && 6000.0 / 1150 <= a.rate.upper)
    #expect(a.rate.resamples == 2_000)
    #expect(a.rate.seed == 42)
  }

  @Test func noMatchesGiveNoStanceInterval() throws {
    let r = try Bootstrap.intervals(
      [Bootstrap.Document(weightSum: 0, matches: 0, tokens: 100)], resamples: 100, seed: 1)
    #expect(r.stance == nil)
    #expect(r.rate.lower == 0 && r.rate.upper == 0)
  }
}
