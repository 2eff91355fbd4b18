/// Finds agency copy (dpa, AFP, Reuters) that several outlets printed: long passages of
/// identical wording in documents of different outlets.
///
/// Method: every run of `shingleWords` consecutive words (folded: case, ß/ss and umlaut
/// spelling ignored) is a shingle, fingerprinted with a 64-bit FNV-1a hash. A word is shared
/// when a shingle covering it occurs in a document of another outlet; a run of at least
/// `minimumWords` shared words is a shared passage. Identical passages within one outlet (an
/// article printed twice) are not agency copy and are not reported here.
public struct SharedCopy: Sendable {
  /// Words per shingle.
  public var shingleWords = 8
  /// Shortest passage reported, in words: about two sentences of agency copy.
  public var minimumWords = 20

  public init() {}

  /// One passage of a document that other outlets' documents share.
  public struct Passage: Sendable, Hashable {
    public var document: Int
    /// Offsets in Unicode scalars of the decoded original file, like match offsets.
    public var start: Int
    public var end: Int
    public var words: Int
    /// Indices of the documents (of other outlets) that share part of the passage.
    public var sharedWith: [Int]
  }

  /// The word fingerprint of one document: a hash and original offsets per word token.
  public struct Fingerprint: Sendable, Hashable {
    public var hashes: [UInt64] = []
    public var starts: [Int32] = []
    public var ends: [Int32] = []
    public init() {}

    public mutating func append(folded word: String, start: Int, end: Int) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in word.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      hashes.append(hash)
      starts.append(Int32(clamping: start))
      ends.append(Int32(clamping: end))
    }
  }

  /// The shared passages of `documents` (fingerprint and outlet of each, in document order),
  /// sorted by document and start.
  public func passages(_ documents: [(fingerprint: Fingerprint, outlet: String)]) -> [Passage] {
    let k = shingleWords
    func shingles(_ f: Fingerprint) -> [UInt64] {
      guard f.hashes.count >= k else { return [] }
      return (0...(f.hashes.count - k)).map { i in
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15
        for w in f.hashes[i..<(i + k)] { h = (h ^ w) &* 0xff51_afd7_ed55_8ccd &+ 0x2545_f491 }
        return h
      }
    }
    let all = documents.map { shingles($0.fingerprint) }
    // For each shingle: the documents it occurs in, and whether they span two outlets.
    var occurrences: [UInt64: [Int]] = [:]
    for (d, list) in all.enumerated() {
      for h in Set(list) { occurrences[h, default: []].append(d) }
    }
    var passages: [Passage] = []
    for (d, list) in all.enumerated() where !list.isEmpty {
      let outlet = documents[d].outlet
      var covered = [Bool](repeating: false, count: documents[d].fingerprint.hashes.count)
      var partners = [Set<Int>](repeating: [], count: covered.count)
      for (i, h) in list.enumerated() {
        let others = (occurrences[h] ?? []).filter { $0 != d && documents[$0].outlet != outlet }
        guard !others.isEmpty else { continue }
        for w in i..<(i + k) {
          covered[w] = true
          partners[w].formUnion(others)
        }
      }
      var w = 0
      while w < covered.count {
        guard covered[w] else {
          w += 1
          continue
        }
        var end = w
        var with = Set<Int>()
        while end < covered.count, covered[end] {
          with.formUnion(partners[end])
          end += 1
        }
        if end - w >= minimumWords {
          let f = documents[d].fingerprint
          passages.append(
            Passage(
              document: d, start: Int(f.starts[w]), end: Int(f.ends[end - 1]), words: end - w,
              sharedWith: with.sorted()))
        }
        w = end
      }
    }
    return passages
  }
}
