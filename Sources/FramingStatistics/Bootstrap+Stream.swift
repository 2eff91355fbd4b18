import Dispatch
import Foundation

extension Bootstrap {
  /// The document bootstrap of rates computed while documents stream by, without keeping them: for
  /// every resample, each group (an outlet) draws its documents' multiplicities as a multinomial
  /// split into successive binomials — the j-th of a group's n documents is drawn
  /// Binomial(r, 1 / (n − j)) times, r being the draws the group has left — which is exactly
  /// resampling the group's n documents with replacement. Memory is resamples × groups ×
  /// measures sums, whatever the number of documents.
  ///
  /// Resamples are split into `chunks` fixed ranges, each with its own generator (GSL's
  /// mt19937, seeded from the run's seed and the chunk by `RandomSource.seed`), worked on in
  /// parallel: the draws do not depend on the number of threads.
  public final class Stream: @unchecked Sendable {
    static let chunks = 8
    /// Documents buffered before the chunks work through them.
    static let batch = 256

    let groups: Int
    let measures: Int
    let resamples: Int
    public let seed: UInt
    let sizes: [Int]
    private var seen: [Int]
    private let generators: [RandomSource]
    // Per resample and group: draws left and tokens drawn; per resample, group and measure:
    // matches drawn. Raw buffers: the chunks' workers write disjoint slots at once.
    private let left: UnsafeMutableBufferPointer<Int>
    private let tokens: UnsafeMutableBufferPointer<Int>
    private let matches: UnsafeMutableBufferPointer<Int>
    private var pending: [(group: Int, index: Int, tokens: Int, matches: [Int])] = []

    /// `documents[g]`: how many documents group g has (all must be added); `measures`: how many
    /// match counts each document carries (one per module).
    public init(documents: [Int], measures: Int, resamples: Int, seed: UInt)
      throws(StatisticsError)
    {
      guard resamples >= 1, measures >= 1 else {
        throw .invalidArgument("a bootstrap needs resamples ≥ 1 and a measure")
      }
      groups = documents.count
      self.measures = measures
      self.resamples = resamples
      self.seed = seed
      sizes = documents
      seen = Array(repeating: 0, count: groups)
      generators = (0..<Self.chunks).map {
        RandomSource(seed: RandomSource.seed(seed, stream: "bootstrap", chunk: $0))
      }
      left = .allocate(capacity: resamples * groups)
      for b in 0..<resamples {
        for g in 0..<groups { left[b * groups + g] = documents[g] }
      }
      tokens = .allocate(capacity: resamples * groups)
      tokens.initialize(repeating: 0)
      matches = .allocate(capacity: resamples * groups * measures)
      matches.initialize(repeating: 0)
    }

    deinit {
      left.deallocate()
      tokens.deallocate()
      matches.deallocate()
    }

    /// Adds the next document of `group`: its tokens (of the selected voices) and its matches
    /// per measure.
    public func add(group: Int, tokens: Int, matches: [Int]) {
      precondition(matches.count == measures)
      precondition(seen[group] < sizes[group], "more documents than announced")
      pending.append((group, seen[group], tokens, matches))
      seen[group] += 1
      if pending.count == Self.batch { drain() }
    }

    private func drain() {
      guard !pending.isEmpty else { return }
      let work = pending
      pending = []
      let state = Unchecked(self)
      DispatchQueue.concurrentPerform(iterations: Self.chunks) { chunk in
        let s = state.value
        let random = s.generators[chunk]
        let range = RandomSource.chunk(chunk, of: Self.chunks, in: s.resamples)
        for d in work {
          let remainingDocuments = s.sizes[d.group] - d.index
          let draw = BinomialDraw(probability: 1 / Double(remainingDocuments))
          for b in range {
            let slot = b * s.groups + d.group
            let r = s.left[slot]
            guard r > 0 else { continue }
            let c = remainingDocuments == 1 ? r : draw.sample(trials: r, random)
            guard c > 0 else { continue }
            s.left[slot] = r - c
            s.tokens[slot] += c * d.tokens
            for m in 0..<s.measures where d.matches[m] > 0 {
              s.matches[slot * s.measures + m] += c * d.matches[m]
            }
          }
        }
      }
    }

    /// Per resample: the tokens and matches one group drew in one measure.
    func draws(group g: Int, measure m: Int) -> [(tokens: Int, matches: Int)] {
      drain()
      return (0..<resamples).map { b in
        let slot = b * groups + g
        return (tokens[slot], matches[slot * measures + m])
      }
    }

    /// The percentile interval of the rate per 1,000 tokens of one group and measure.
    public func rateInterval(group g: Int, measure m: Int, confidence: Double = 0.95)
      throws(StatisticsError) -> BootstrapInterval
    {
      drain()
      guard sizes[g] > 0, confidence > 0, confidence < 1 else {
        throw .invalidArgument("a bootstrap needs documents, resamples ≥ 1 and 0 < confidence < 1")
      }
      precondition(seen[g] == sizes[g], "fewer documents than announced")
      var rates: [Double] = []
      for b in 0..<resamples {
        let slot = b * groups + g
        let n = matches[slot * measures + m]
        rates.append(tokens[slot] > 0 ? Double(n) * 1000 / Double(tokens[slot]) : 0)
      }
      rates.sort()
      return BootstrapInterval(
        lower: StanceBootstrap.percentile(rates, (1 - confidence) / 2),
        upper: StanceBootstrap.percentile(rates, 1 - (1 - confidence) / 2), resamples: resamples,
        seed: seed)
    }
  }
}

/// Binomial(r, p) draws for one p and many r, by inversion (Kachitvichyanukul and Schmeiser's
/// BINV): P(0) = (1 − p)^r = exp(r · log(1 − p)) with the logarithm taken once per p, then
/// P(c + 1) = P(c) · (r − c)/(c + 1) · p/(1 − p) until the cumulative probability passes a
/// uniform draw. The bootstrap's draws have mean r·p ≈ 1, so this takes two or three steps and
/// one `exp`; GSL's general sampler costs several logarithms a draw. Where P(0) would underflow
/// (r·p beyond 600), GSL's sampler is used.
struct BinomialDraw {
  let p: Double
  let logQ: Double
  let ratio: Double

  init(probability p: Double) {
    self.p = p
    logQ = log1p(-p)
    ratio = p / (1 - p)
  }

  func sample(trials r: Int, _ random: RandomSource) -> Int {
    let start = Double(r) * logQ
    guard start > -600 else { return random.binomial(trials: r, probability: p) }
    var probability = exp(start)
    var cumulative = probability
    let u = random.uniform()
    var c = 0
    while u > cumulative, c < r {
      probability *= Double(r - c) / Double(c + 1) * ratio
      c += 1
      cumulative += probability
    }
    return c
  }
}

/// Carries a value across `concurrentPerform`, whose workers write disjoint slots.
private struct Unchecked<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
