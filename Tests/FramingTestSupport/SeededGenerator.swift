import FramingJobs

/// A deterministic random number generator for property and fuzz tests: SplitMix64, the same
/// sequence for a seed on every platform, so that a failing case can be replayed.
public struct SeededGenerator: RandomNumberGenerator {
  private var base: SplitMix64

  public init(seed: UInt64) { base = SplitMix64(seed: seed) }

  public mutating func next() -> UInt64 { base.next() }

  /// A number in `0..<bound`.
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

  /// One element of a non-empty collection.
  public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element
  where C.Index == Int {
    items[items.startIndex + below(items.count)]
  }
}
