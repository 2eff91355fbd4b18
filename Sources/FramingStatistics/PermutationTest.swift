import Dispatch
import Foundation

/// The result of a permutation test: the observed statistic, its p-value, and how the null
/// distribution was built.
public struct PermutationResult: Sendable, Hashable {
  public var statistic: Double
  /// Exact: the share of all distinct arrangements whose statistic reaches the observed one
  /// (the observed arrangement included). Random: (1 + hits) / (1 + permutations).
  public var pValue: Double
  /// Monte Carlo standard error of p, √(p(1 − p)/B); 0 when exact.
  public var pValueError: Double
  /// Arrangements enumerated (exact) or random shuffles drawn.
  public var permutations: Int
  public var isExact: Bool
  /// Seed of the shuffles; 0 when exact.
  public var seed: UInt
}

/// Permutation tests with documents as the unit: group labels (outlets) are shuffled over whole
/// documents, each document keeping its own counts together, so that several labels of one
/// article count as what they are, one observation.
///
/// When the distinct arrangements of the labels (the multinomial coefficient
/// D! / ∏ n_g!) number no more than the permutations asked for, all of them are enumerated
/// (lexicographic next permutation of the sorted labels) and p is exact, as
/// `scipy.stats.permutation_test` does; otherwise the labels are shuffled (Fisher–Yates with
/// GSL's mt19937) `permutations` times in eight fixed chunks, each with its own generator seeded
/// by `RandomSource.seed`, run in parallel: p does not depend on the number of threads. Larger
/// statistics are more extreme; a statistic counts as reaching the observed one within a
/// relative 100 ε, as scipy compares.
public enum PermutationTest {
  static let chunks = 8

  /// A statistic of one arrangement of the labels. Each worker makes its own (`makeStatistic`),
  /// so that it may keep scratch buffers between arrangements.
  typealias Statistic = (UnsafeBufferPointer<Int>) -> Double

  /// The test of a statistic over arrangements of `labels` (one per document, values
  /// 0..<groups).
  static func test(
    labels: [Int], permutations b: Int, seed: UInt, stream: String,
    makeStatistic: @escaping @Sendable () -> Statistic
  ) throws(StatisticsError) -> PermutationResult {
    guard b >= 1, !labels.isEmpty else {
      throw .invalidArgument("a permutation test needs documents and at least one permutation")
    }
    let statistic = makeStatistic()
    let observed = labels.withUnsafeBufferPointer { statistic($0) }
    let threshold = observed - abs(observed) * 100 * Double.ulpOfOne
    if arrangements(labels) <= Double(b) {
      var current = labels.sorted()
      var hits = 0
      var total = 0
      repeat {
        total += 1
        if current.withUnsafeBufferPointer({ statistic($0) }) >= threshold { hits += 1 }
      } while nextPermutation(&current)
      return PermutationResult(
        statistic: observed, pValue: Double(hits) / Double(total), pValueError: 0,
        permutations: total, isExact: true, seed: 0)
    }
    let counts = HitCounts(chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let random = RandomSource(seed: RandomSource.seed(seed, stream: stream, chunk: chunk))
      let statistic = makeStatistic()
      var shuffled = labels
      var hits = 0
      let scales = random.shuffleScales(count: labels.count)
      shuffled.withUnsafeMutableBufferPointer { shuffled in
        let arranged = UnsafeBufferPointer(shuffled)
        for _ in RandomSource.chunk(chunk, of: chunks, in: b) {
          scales.withUnsafeBufferPointer { random.shuffle(shuffled, scales: $0) }
          if statistic(arranged) >= threshold { hits += 1 }
        }
      }
      counts.set(chunk, hits)
    }
    let p = Double(1 + counts.total) / Double(1 + b)
    return PermutationResult(
      statistic: observed, pValue: p, pValueError: (p * (1 - p) / Double(b)).squareRoot(),
      permutations: b, isExact: false, seed: seed)
  }

  /// The number of distinct arrangements of `labels`: D! / ∏ n_g! (from GSL's ln n!).
  static func arrangements(_ labels: [Int]) -> Double {
    var sizes: [Int: Int] = [:]
    for l in labels { sizes[l, default: 0] += 1 }
    let ln = sizes.values.reduce(GSL.lnFactorial(labels.count)) { $0 - GSL.lnFactorial($1) }
    return exp(ln).rounded()
  }

  /// The next arrangement in lexicographic order; false after the last one.
  static func nextPermutation(_ a: inout [Int]) -> Bool {
    guard a.count > 1 else { return false }
    var i = a.count - 2
    while i >= 0 && a[i] >= a[i + 1] { i -= 1 }
    guard i >= 0 else { return false }
    var j = a.count - 1
    while a[j] <= a[i] { j -= 1 }
    a.swapAt(i, j)
    a[(i + 1)...].reverse()
    return true
  }
}

/// Hits of the parallel chunks of a simulation, each written by one worker.
final class HitCounts: @unchecked Sendable {
  private var counts: [Int]
  private let lock = NSLock()
  init(_ chunks: Int) { counts = Array(repeating: 0, count: chunks) }
  func set(_ chunk: Int, _ hits: Int) { lock.withLock { counts[chunk] = hits } }
  var total: Int { lock.withLock { counts.reduce(0, +) } }
}
