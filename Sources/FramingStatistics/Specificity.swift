import Foundation

/// Distinctive-term scores of one part (an outlet) against the whole corpus.
public enum Specificity {
  /// Lafon's specificity (1980), as textometry tools (Lexico, TXM) report it: with K uses of a
  /// term in a corpus of N tokens and k of them in a part of n tokens, the hypergeometric tail
  /// beyond k — P(X ≥ k) when k is above its expectation, P(X ≤ k) otherwise — as a signed
  /// log10: −log10 P(X ≥ k) (positive, over-used) or +log10 P(X ≤ k) (negative, under-used).
  /// The tail is summed relative to its first term P(X = k), taken in log space from GSL's
  /// ln C(n, k) so that rare terms never underflow to ∞; the next terms follow by the pmf's
  /// ratio and the sum stops once a term falls below 10⁻¹⁷ of it (the tail decays at least
  /// geometrically there), so a frequent word costs about √K terms, not K.
  public static func lafon(k: Int, partTokens n: Int, termTotal bigK: Int, corpusTokens bigN: Int)
    throws(StatisticsError) -> Double
  {
    guard bigN > 0, n >= 0, n <= bigN, bigK >= 0, bigK <= bigN, k >= 0, k <= min(bigK, n),
      k >= max(0, n + bigK - bigN)
    else {
      throw .invalidArgument(
        "specificity needs 0 ≤ k ≤ min(K, n), n ≤ N, K ≤ N (got k=\(k), n=\(n), K=\(bigK), N=\(bigN))"
      )
    }
    let low = max(0, n + bigK - bigN)
    let high = min(bigK, n)
    let lnFirst =
      GSL.lnChoose(bigK, k) + GSL.lnChoose(bigN - bigK, n - k) - GSL.lnChoose(bigN, n)
    let (kk, nn, bigKK, bigNN) = (Double(k), Double(n), Double(bigK), Double(bigN))
    let expected = nn * bigKK / bigNN
    var sum = 1.0
    var term = 1.0
    if kk >= expected {
      // P(x + 1) / P(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1)).
      var x = kk
      while x < Double(high) {
        let ratio = (bigKK - x) * (nn - x) / ((x + 1) * (bigNN - bigKK - nn + x + 1))
        term *= ratio
        sum += term
        x += 1
        if ratio < 1, term < sum * 1e-17 { break }
      }
      return -min(0, lnFirst + log(sum)) / log(10)
    }
    // P(x − 1) / P(x) = x (N − K − n + x) / ((K − x + 1)(n − x + 1)).
    var x = kk
    while x > Double(low) {
      let ratio = x * (bigNN - bigKK - nn + x) / ((bigKK - x + 1) * (nn - x + 1))
      term *= ratio
      sum += term
      x -= 1
      if ratio < 1, term < sum * 1e-17 { break }
    }
    return min(0, lnFirst + log(sum)) / log(10)
  }

  public struct LogOdds: Sendable, Hashable {
    /// Log-odds ratio of the term, part versus the rest, with the prior.
    public var delta: Double
    public var variance: Double
    /// delta / √variance.
    public var z: Double
  }

  /// Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, §3.5):
  /// the prior of a term is its count in the whole corpus (α_w = K, α₀ = N), so
  /// δ = ln((k+α_w)/(n+α₀−k−α_w)) − ln((k'+α_w)/(n'+α₀−k'−α_w)) with k', n' the rest of the
  /// corpus, σ² ≈ 1/(k+α_w) + 1/(k'+α_w), z = δ/σ.
  public static func logOdds(k: Int, partTokens n: Int, termTotal bigK: Int, corpusTokens bigN: Int)
    throws(StatisticsError) -> LogOdds
  {
    guard bigN > 0, n > 0, n < bigN, bigK > 0, bigK <= bigN, k >= 0, k <= min(bigK, n) else {
      throw .invalidArgument("log-odds need 0 ≤ k ≤ K, 0 < n < N and K > 0")
    }
    let alpha = Double(bigK)
    let alpha0 = Double(bigN)
    let k1 = Double(k)
    let n1 = Double(n)
    let k2 = Double(bigK - k)
    let n2 = Double(bigN - n)
    let delta =
      log((k1 + alpha) / (n1 + alpha0 - k1 - alpha))
      - log((k2 + alpha) / (n2 + alpha0 - k2 - alpha))
    let variance = 1 / (k1 + alpha) + 1 / (k2 + alpha)
    return LogOdds(delta: delta, variance: variance, z: delta / variance.squareRoot())
  }
}
