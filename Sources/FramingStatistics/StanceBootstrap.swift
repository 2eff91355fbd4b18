import Dispatch
import Foundation

/// The percentile bootstrap of a stance index with documents as clusters: an outlet's
/// documents that have matches in the module are resampled with replacement, whole, and the
/// index of a resample is Σ weights / Σ matches over its documents. Each resample's index is a
/// weighted mean of category weights, so it lies inside the module's scale, and so does every
/// percentile of them: the interval cannot leave the scale, and nothing is clamped.
///
/// With k documents, when the kᵏ ordered resamples number at most `exactLimit`, all of them are
/// enumerated (the ideal bootstrap distribution, no random draw); otherwise `resamples` random
/// resamples are drawn (GSL's mt19937, eight chunks seeded by `RandomSource.seed`, run in
/// parallel). Percentiles interpolate linearly between order statistics (numpy's default).
public enum StanceBootstrap {
  /// Up to this many ordered resamples (kᵏ: k ≤ 6), enumerate them all.
  public static let exactLimit = 50_000

  public struct Interval: Sendable, Hashable {
    public var estimate: Double
    public var lower: Double
    public var upper: Double
    /// Resamples the percentiles are taken over (kᵏ when exact).
    public var resamples: Int
    public var isExact: Bool
    /// Seed of the draws; 0 when exact.
    public var seed: UInt
  }

  public static func interval(
    _ documents: [PermutationTest.StanceDocument], confidence: Double = 0.95,
    resamples: Int = SamplingDefaults.resamples, seed: UInt = SamplingDefaults.seed
  ) throws(StatisticsError) -> Interval {
    let k = documents.count
    guard k >= 1, resamples >= 1, confidence > 0, confidence < 1,
      documents.allSatisfy({ $0.matches >= 1 && $0.weightSum.isFinite })
    else {
      throw .invalidArgument(
        "a stance bootstrap needs documents with matches, resamples ≥ 1 and 0 < confidence < 1")
    }
    let w = documents.map(\.weightSum)
    let m = documents.map { Double($0.matches) }
    let estimate = w.reduce(0, +) / m.reduce(0, +)
    var values: [Double]
    let exact = pow(Double(k), Double(k)) <= Double(exactLimit)
    if exact {
      values = []
      var index = [Int](repeating: 0, count: k)
      while true {
        var sw = 0.0
        var sm = 0.0
        for i in index {
          sw += w[i]
          sm += m[i]
        }
        values.append(sw / sm)
        var position = k - 1
        while position >= 0 && index[position] == k - 1 {
          index[position] = 0
          position -= 1
        }
        guard position >= 0 else { break }
        index[position] += 1
      }
    } else {
      let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: resamples)
      defer { buffer.deallocate() }
      let shared = SharedBuffer(buffer)
      let chunks = PermutationTest.chunks
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let random = RandomSource(
          seed: RandomSource.seed(seed, stream: "stance-bootstrap", chunk: chunk))
        for b in RandomSource.chunk(chunk, of: chunks, in: resamples) {
          var sw = 0.0
          var sm = 0.0
          for _ in 0..<k {
            let i = random.uniformInt(k)
            sw += w[i]
            sm += m[i]
          }
          shared.buffer[b] = sw / sm
        }
      }
      values = Array(buffer)
    }
    values.sort()
    let alpha = 1 - confidence
    return Interval(
      estimate: estimate, lower: percentile(values, alpha / 2),
      upper: percentile(values, 1 - alpha / 2), resamples: values.count, isExact: exact,
      seed: exact ? 0 : seed)
  }

  /// The q-quantile of sorted values, linear interpolation between order statistics.
  static func percentile(_ sorted: [Double], _ q: Double) -> Double {
    let position = q * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(sorted.count - 1, low + 1)
    return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
  }
}

/// A buffer whose disjoint slots parallel workers write.
private struct SharedBuffer: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Double>
  init(_ buffer: UnsafeMutableBufferPointer<Double>) { self.buffer = buffer }
}
