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
/// copy and are not reported. Time grows linearly with the corpus; in memory (`passages(_:)`)
/// so does memory, while a run keeps the shingles on disk (`Index`).
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

  /// Where a shingle was seen: its first document's outlet, and up to five documents: the
  /// first, then only documents of outlets other than the first one's, each with its outlet.
  /// Inline storage (no heap allocation): a corpus has millions of shingles.
  struct Seen {
    var outlet: Int32
    var count: Int32 = 1
    private var storedDocuments: (Int32, Int32, Int32, Int32, Int32)
    private var storedOutlets: (Int32, Int32, Int32, Int32, Int32)

    init(document: Int32, outlet: Int32) {
      self.outlet = outlet
      storedDocuments = (document, -1, -1, -1, -1)
      storedOutlets = (outlet, -1, -1, -1, -1)
    }

    /// The documents, first one first.
    var documents: [Int32] { Self.list(storedDocuments, count) }
    /// Their outlets.
    var outlets: [Int32] { Self.list(storedOutlets, count) }

    static func list(_ t: (Int32, Int32, Int32, Int32, Int32), _ n: Int32) -> [Int32] {
      Array([t.0, t.1, t.2, t.3, t.4].prefix(Int(n)))
    }

    mutating func add(document d: Int32, outlet o: Int32) {
      guard o != outlet, count < 5, !documents.contains(d) else { return }
      switch count {
      case 1: (storedDocuments.1, storedOutlets.1) = (d, o)
      case 2: (storedDocuments.2, storedOutlets.2) = (d, o)
      case 3: (storedDocuments.3, storedOutlets.3) = (d, o)
      default: (storedDocuments.4, storedOutlets.4) = (d, o)
      }
      count += 1
    }
  }

  /// The shingles that documents of more than one outlet contain, with the documents (and their
  /// outlets) that `passages(of:)` may name as partners.
  public struct SharedShingles: Sendable {
    var seen: [UInt64: Seen] = [:]
  }

  /// The shared passages of `documents` (fingerprint and outlet of each, in document order),
  /// sorted by document and start, found as a run finds them: through `Index`, on disk.
  public func passages(_ documents: [(fingerprint: Fingerprint, outlet: String)])
    throws(ScratchFileError) -> [Passage]
  {
    let index = try Index()
    for (d, document) in documents.enumerated() {
      index.add(id: String(d), outlet: document.outlet, fingerprint: document.fingerprint)
    }
    try index.resolve()
    var found: [Passage] = []
    for (d, document) in documents.enumerated() {
      found += passages(
        of: d, outlet: index.outletNumber(document.outlet), fingerprint: document.fingerprint,
        shared: try index.sharedShingles(of: d))
    }
    return found
  }

  /// The shared passages of one document (index `d`, outlet number `outlet` as given to the
  /// index), sorted by start.
  public func passages(
    of d: Int, outlet: Int32, fingerprint f: Fingerprint, shared: SharedShingles
  ) -> [Passage] {
    guard !shared.seen.isEmpty else { return [] }
    let k = Self.shingleWords
    var passages: [Passage] = []
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
      guard let s = shared.seen[f.hashes[j]] else { continue }
      let (documents, outlets) = (s.documents, s.outlets)
      let partners = documents.indices.filter {
        Int(documents[$0]) != d && outlets[$0] != outlet
      }.prefix(Self.partnersPerShingle).map { Int(documents[$0]) }
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
    return passages
  }
}
