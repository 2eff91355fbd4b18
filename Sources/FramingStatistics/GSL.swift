internal import CGSL

/// The only door to GSL. Turns GSL's abort-on-error handler off (once per process) and checks
/// arguments in Swift before calling C, since many GSL functions return NaN instead of failing.
enum GSL {
  /// Replaces GSL's abort-on-error handler, once per process (global C state).
  private static let abortHandlerOff: Void = { _ = gsl_set_error_handler_off() }()

  /// Quantile of the Gamma(shape, 1) distribution: the x with P(X ≤ x) = p.
  static func gammaQuantile(_ p: Double, shape: Double) throws(StatisticsError) -> Double {
    _ = abortHandlerOff
    guard p > 0, p < 1, shape > 0, shape.isFinite else {
      throw .invalidArgument(
        "a gamma quantile needs 0 < p < 1 and shape > 0 (got p = \(p), shape = \(shape))")
    }
    return gsl_cdf_gamma_Pinv(p, shape, 1)
  }

  /// ln n!.
  static func lnFactorial(_ n: Int) -> Double {
    _ = abortHandlerOff
    precondition(n >= 0 && n <= Int(UInt32.max), "lnFactorial needs 0 ≤ n")
    return gsl_sf_lnfact(UInt32(n))
  }
}

/// Bad input to a statistic: thrown instead of returning NaN.
public enum StatisticsError: Error, Equatable, Sendable {
  case invalidArgument(String)
}

extension GSL {
  /// P(X > x) for X ~ χ²(df).
  static func chiSquareUpperTail(_ x: Double, degreesOfFreedom df: Double) throws(StatisticsError)
    -> Double
  {
    _ = abortHandlerOff
    guard x >= 0, x.isFinite, df > 0 else { throw .invalidArgument("χ² needs x ≥ 0 and df > 0") }
    return gsl_cdf_chisq_Q(x, df)
  }

  /// The standard normal quantile.
  static func normalQuantile(_ p: Double) throws(StatisticsError) -> Double {
    _ = abortHandlerOff
    guard p > 0, p < 1 else { throw .invalidArgument("a normal quantile needs 0 < p < 1") }
    return gsl_cdf_ugaussian_Pinv(p)
  }

  /// The quantile of Beta(a, b).
  static func betaQuantile(_ p: Double, _ a: Double, _ b: Double) throws(StatisticsError) -> Double
  {
    _ = abortHandlerOff
    guard p > 0, p < 1, a > 0, b > 0 else {
      throw .invalidArgument("a beta quantile needs 0 < p < 1, a, b > 0")
    }
    return gsl_cdf_beta_Pinv(p, a, b)
  }

  /// ln C(n, k).
  static func lnChoose(_ n: Int, _ k: Int) -> Double {
    _ = abortHandlerOff
    precondition(k >= 0 && k <= n && n <= Int(UInt32.max), "lnChoose needs 0 ≤ k ≤ n")
    return gsl_sf_lnchoose(UInt32(n), UInt32(k))
  }

  /// Thin singular value decomposition of a row-major m × n matrix with m ≥ n:
  /// A = U diag(s) Vᵀ. Returns U (m × n, row-major), s (n), V (n × n, row-major).
  static func svd(_ a: [Double], rows m: Int, columns n: Int) throws(StatisticsError) -> (
    u: [Double], s: [Double], v: [Double]
  ) {
    _ = abortHandlerOff
    guard m >= n, n >= 1, a.count == m * n, a.allSatisfy(\.isFinite) else {
      throw .invalidArgument("an SVD needs a finite m × n matrix with m ≥ n ≥ 1")
    }
    guard let matrix = gsl_matrix_alloc(m, n), let vMatrix = gsl_matrix_alloc(n, n),
      let sVector = gsl_vector_alloc(n),
      let work = gsl_vector_alloc(n)
    else { throw .invalidArgument("GSL could not allocate an \(m) × \(n) matrix") }
    defer {
      gsl_matrix_free(matrix)
      gsl_matrix_free(vMatrix)
      gsl_vector_free(sVector)
      gsl_vector_free(work)
    }
    for i in 0..<m { for j in 0..<n { gsl_matrix_set(matrix, i, j, a[i * n + j]) } }
    let status = gsl_linalg_SV_decomp(matrix, vMatrix, sVector, work)
    guard status == 0 else {
      throw .invalidArgument("gsl_linalg_SV_decomp: \(String(cString: gsl_strerror(status)))")
    }
    var u = [Double](repeating: 0, count: m * n)
    var v = [Double](repeating: 0, count: n * n)
    var s = [Double](repeating: 0, count: n)
    for i in 0..<m { for j in 0..<n { u[i * n + j] = gsl_matrix_get(matrix, i, j) } }
    for i in 0..<n { for j in 0..<n { v[i * n + j] = gsl_matrix_get(vMatrix, i, j) } }
    for j in 0..<n { s[j] = gsl_vector_get(sVector, j) }
    return (u, s, v)
  }
}

/// A seeded Mersenne Twister (GSL's mt19937): owns the C generator and frees it.
final class RandomSource {
  private let handle: UnsafeMutablePointer<gsl_rng>
  let seed: UInt

  init(seed: UInt) {
    guard let handle = gsl_rng_alloc(framing_rng_mt19937()) else {
      preconditionFailure("GSL could not allocate a random number generator")
    }
    gsl_rng_set(handle, seed)
    self.handle = handle
    self.seed = seed
  }

  deinit { gsl_rng_free(handle) }

  /// The scales `shuffle` divides by, for arrays of up to `count` items: (max − min) / n for
  /// n in 0...count (0 unused). mt19937's range is 32 bits.
  func shuffleScales(count: Int) -> [UInt32] {
    let type = handle.pointee.type.pointee
    let range = type.max - type.min
    precondition(range <= UInt(UInt32.max) && count <= Int(range))
    return (0...max(1, count)).map { n in n == 0 ? 0 : UInt32(range / UInt(n)) }
  }

  /// Shuffles `items` (Fisher–Yates from the end) with the draws `uniformInt(i + 1)` would
  /// make, in GSL's C; `scales` from `shuffleScales(count:)`.
  func shuffle(_ items: UnsafeMutableBufferPointer<Int>, scales: UnsafeBufferPointer<UInt32>) {
    precondition(scales.count > items.count)
    guard items.count > 1, let base = items.baseAddress, let s = scales.baseAddress else { return }
    framing_shuffle(handle, base, items.count, s)
  }

  /// A uniform integer in 0..<n.
  func uniformInt(_ n: Int) -> Int {
    precondition(n > 0 && n <= Int(UInt32.max))
    return Int(gsl_rng_uniform_int(handle, UInt(n)))
  }

  /// The seed of one chunk of a parallel computation: the run's seed, the computation's name
  /// and the chunk mixed by SplitMix64's finalizer (Steele, Lea & Flood 2014), so that chunks,
  /// computations and neighbouring seeds (`--seed 1`, `--seed 2`) get unrelated streams.
  static func seed(_ seed: UInt, stream: String, chunk: Int) -> UInt {
    var x = UInt64(seed)
    for byte in stream.utf8 { x = (x ^ UInt64(byte)) &* 0x100_0000_01b3 }
    x = x &+ 0x9e37_79b9_7f4a_7c15 &* UInt64(chunk + 1)
    x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
    x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
    x ^= x >> 31
    // gsl_rng_set takes an unsigned long; mt19937 uses its low 32 bits.
    return UInt(truncatingIfNeeded: x)
  }

  /// Chunk `chunk` of `count` items split into `chunks` ranges whose sizes differ by one at most.
  static func chunk(_ chunk: Int, of chunks: Int, in count: Int) -> Range<Int> {
    let base = count / chunks
    let extra = count % chunks
    let start = chunk * base + min(chunk, extra)
    return start..<(start + base + (chunk < extra ? 1 : 0))
  }

  /// A uniform number in [0, 1).
  func uniform() -> Double { gsl_rng_uniform(handle) }

  /// Draws from Binomial(n trials, probability p).
  func binomial(trials n: Int, probability p: Double) -> Int {
    precondition(n >= 0 && n <= Int(UInt32.max) && p >= 0 && p <= 1)
    return Int(gsl_ran_binomial(handle, p, UInt32(n)))
  }
}
