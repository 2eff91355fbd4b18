/// Finds agency copy (dpa, AFP, Reuters) that several outlets printed: long passages of
/// identical wording in documents of different outlets.
///
/// Method: every run of `shingleWords` consecutive words (folded: case, ß/ss and umlaut
/// spelling ignored) is a shingle, fingerprinted with a 64-bit hash; winnowing (Schleimer,
/// Wilkerson & Aiken 2003) keeps the smallest hash of every `window` consecutive shingles,
/// about a quarter of them. A kept shingle that also occurs in a document of another outlet
/// marks its words as shared; overlapping marks form a passage, reported when it has at least
/// `minimumWords` words. Since only kept shingles are seen, a passage's ends are found to within
/// `window - 1` words of the true ends (inside them, never outside): a shared run of
/// `minimumWords + 2 × (window − 1)` = 30 or more words is always reported, most runs of 20
/// words are. Identical passages within one outlet (an article printed twice) are not agency
/// copy and are not reported. Time and memory grow linearly with the corpus (about 4.4 bytes a
/// word).
public struct SharedCopy: Sendable {
  /// Words per shingle.
  public static let shingleWords = 8
  /// Shingles per winnowing window.
  public static let window = 8
  /// Shortest passage reported, in words found shared: about two sentences of agency copy.
  public var minimumWords = 16
  /// Documents of other outlets remembered per shingle, for `Passage.sharedWith`.
  static let partnersPerShingle = 4

  public init() {}

  /// One passage of a document that other outlets' documents share.
  public struct Passage: Sendable, Hashable {
    public var document: Int
    /// Offsets in Unicode scalars of the decoded original file, like match offsets.
    public var start: Int
    public var end: Int
    public var words: Int
    /// Indices of documents of other outlets that share the whole passage (of those remembered:
    /// the first five documents in which each shingle occurs).
    public var sharedWith: [Int]
  }

  /// The winnowed shingles of one document: hash, index of the first word, and the original
  /// offsets from the first word's start to the last word's end.
  public struct Fingerprint: Sendable, Hashable, Codable {
    public var hashes: [UInt64] = []
    public var firstWords: [Int32] = []
    public var starts: [Int32] = []
    public var ends: [Int32] = []
    public init() {}
  }

  /// Collects a document's words while it is analyzed, then winnows them into a `Fingerprint`.
  public struct FingerprintBuilder: Sendable {
    var words: [UInt64] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    public init() {}

    public mutating func append(folded word: String, start: Int, end: Int) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in word.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      words.append(hash)
      starts.append(Int32(clamping: start))
      ends.append(Int32(clamping: end))
    }

    public func fingerprint() -> Fingerprint {
      let k = SharedCopy.shingleWords
      var f = Fingerprint()
      guard words.count >= k else { return f }
      let shingles = (0...(words.count - k)).map { i in
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15
        for w in words[i..<(i + k)] { h = (h ^ w) &* 0xff51_afd7_ed55_8ccd &+ 0x2545_f491 }
        return h
      }
      let w = min(SharedCopy.window, shingles.count)
      var last = -1
      for start in 0...(shingles.count - w) {
        // The rightmost smallest hash of the window.
        var best = start
        for i in start..<(start + w) where shingles[i] <= shingles[best] { best = i }
        if best != last {
          f.hashes.append(shingles[best])
          f.firstWords.append(Int32(best))
          f.starts.append(starts[best])
          f.ends.append(ends[best + k - 1])
          last = best
        }
      }
      return f
    }
  }

  /// Where a shingle was seen: its first document and outlet, and documents of other outlets.
  struct Seen {
    var outlet: Int32
    var documents: (Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1)
    var count = 0

    mutating func add(_ d: Int32) {
      switch count {
      case 0: documents.0 = d
      case 1: documents.1 = d
      case 2: documents.2 = d
      case 3: documents.3 = d
      case 4: documents.4 = d
      default: return
      }
      count += 1
    }

    var list: [Int32] {
      [documents.0, documents.1, documents.2, documents.3, documents.4].prefix(count).map { $0 }
    }
  }

  /// The shared passages of `documents` (fingerprint and outlet of each, in document order),
  /// sorted by document and start.
  public func passages(_ documents: [(fingerprint: Fingerprint, outlet: String)]) -> [Passage] {
    var outletIndex: [String: Int32] = [:]
    let outlets = documents.map { d in
      if let i = outletIndex[d.outlet] { return i }
      let i = Int32(outletIndex.count)
      outletIndex[d.outlet] = i
      return i
    }
    // Per shingle: the outlet of its first document, and up to five documents: the first, and
    // then only documents of outlets other than the first one's.
    var seen: [UInt64: Seen] = [:]
    seen.reserveCapacity(documents.reduce(0) { $0 + $1.fingerprint.hashes.count })
    for (d, document) in documents.enumerated() {
      for h in document.fingerprint.hashes {
        if var s = seen[h] {
          if s.outlet != outlets[d], s.count < 5, !s.list.contains(Int32(d)) {
            s.add(Int32(d))
            seen[h] = s
          }
        } else {
          var s = Seen(outlet: outlets[d])
          s.add(Int32(d))
          seen[h] = s
        }
      }
    }
    let k = Self.shingleWords
    var passages: [Passage] = []
    for (d, document) in documents.enumerated() {
      let f = document.fingerprint
      // Runs of overlapping shared shingles: (first word, last word, start, end, partners).
      var run: (first: Int, last: Int, start: Int32, end: Int32, with: Set<Int>)?
      func close() {
        if let r = run, r.last - r.first + 1 >= minimumWords {
          passages.append(
            Passage(
              document: d, start: Int(r.start), end: Int(r.end), words: r.last - r.first + 1,
              sharedWith: r.with.sorted()))
        }
        run = nil
      }
      for j in f.hashes.indices {
        guard let s = seen[f.hashes[j]] else { continue }
        let partners = s.list.map(Int.init).filter {
          $0 != d && outlets[$0] != outlets[d]
        }.prefix(Self.partnersPerShingle)
        guard !partners.isEmpty else { continue }
        let first = Int(f.firstWords[j])
        let last = first + k - 1
        // A passage goes on while the same document of another outlet shares it: pieces that
        // different documents share are not one passage.
        if var r = run, first <= r.last + 1, !r.with.isDisjoint(with: partners) {
          r.last = max(r.last, last)
          r.end = max(r.end, f.ends[j])
          r.with.formIntersection(partners)
          run = r
        } else {
          close()
          run = (first, last, f.starts[j], f.ends[j], Set(partners))
        }
      }
      close()
    }
    return passages
  }
}
