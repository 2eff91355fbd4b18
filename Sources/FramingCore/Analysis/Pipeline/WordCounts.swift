/// Word tokens per outlet by folded form, for the distinctive-word scores.
///
/// Each word's text is kept once, and its count in each outlet in one table keyed by word and
/// outlet numbers. Memory is bounded whatever the vocabulary and the number of outlets: when
/// the table holds `pairLimit` (word, outlet) counts, it is written to a scratch file sorted by
/// word (a run, compressed) and emptied; `forEachWord` merges the runs and what is left in
/// memory, as a merge sort does, summing a word's counts over the runs.
public struct WordCounts: Sendable {
  private var ids: [String: UInt32] = [:]
  private var texts: [String] = []
  private var outletIDs: [String: UInt32] = [:]
  private var outletNames: [String] = []
  /// Count by word number (high 32 bits) and outlet number (low 32 bits).
  private var counts: [UInt64: Int] = [:]
  /// The tables written so far, each sorted by word: per word its UTF-8 length (UInt32) and
  /// bytes, the number of outlets (UInt32), then per outlet its number (UInt32) and count
  /// (UInt64).
  private var runs: [ScratchFile] = []
  /// Set when a run could not be written: the counts then stay in memory, nothing is lost.
  private var isSpillBroken = false
  /// (Word, outlet) counts held in memory before they are written as a run: three quarters of
  /// 2^19, the most a table of 524,288 slots holds without growing.
  let pairLimit: Int

  public init() { self.init(pairLimit: 393_216) }

  init(pairLimit: Int) { self.pairLimit = max(1, pairLimit) }

  /// Adds one document's word counts to its outlet's.
  public mutating func add(outlet: String, _ words: [String: Int]) {
    guard !words.isEmpty else { return }
    let o = Self.number(of: outlet, in: &outletIDs, &outletNames)
    for (word, n) in words {
      let w = Self.number(of: word, in: &ids, &texts)
      counts[UInt64(w) << 32 | UInt64(o), default: 0] += n
    }
    if counts.count >= pairLimit, !isSpillBroken { spill() }
  }

  /// The number of `text`, a new one (appended to `texts`) the first time.
  private static func number(
    of text: String, in numbers: inout [String: UInt32], _ texts: inout [String]
  ) -> UInt32 {
    if let known = numbers[text] { return known }
    let n = UInt32(texts.count)
    numbers[text] = n
    texts.append(text)
    return n
  }

  /// Writes the table as a run and empties it (keeping its capacity); if the run cannot be
  /// written, the table stays and grows.
  private mutating func spill() {
    guard let run = try? writeRun() else {
      isSpillBroken = true
      return
    }
    runs.append(run)
    ids.removeAll(keepingCapacity: true)
    texts.removeAll(keepingCapacity: true)
    counts.removeAll(keepingCapacity: true)
  }

  /// The table in memory as a run.
  private func writeRun() throws(ScratchFileError) -> ScratchFile {
    let run = try ScratchFile(bufferSize: 1 << 16, compressed: true)
    forEachWordInMemory { word, counts in
      run.append(UInt32(word.utf8.count))
      run.append(word)
      run.append(UInt32(counts.count))
      for (o, n) in counts {
        run.append(o)
        run.append(UInt64(n))
      }
    }
    try run.finish()
    return run
  }

  /// The words in memory, sorted, each with its counts by outlet number (ascending).
  private func forEachWordInMemory(_ body: (String, [(UInt32, Int)]) -> Void) {
    let keys = counts.keys.sorted()
    // Where each word's keys start in `keys` (they are sorted by word number first).
    var starts = [Int](repeating: 0, count: texts.count + 1)
    for key in keys { starts[Int(key >> 32) + 1] += 1 }
    for w in texts.indices { starts[w + 1] += starts[w] }
    for w in texts.indices.sorted(by: { texts[$0] < texts[$1] }) {
      body(
        texts[w],
        keys[starts[w]..<starts[w + 1]].map { (UInt32(truncatingIfNeeded: $0), counts[$0] ?? 0) })
    }
  }

  /// Hands every word, in sorted order, with its count per outlet that uses it.
  public func forEachWord(_ body: (String, [String: Int]) -> Void) throws(ScratchFileError) {
    guard !runs.isEmpty else {
      forEachWordInMemory { word, counts in
        var perOutlet: [String: Int] = [:]
        for (o, n) in counts { perOutlet[outletNames[Int(o)]] = n }
        body(word, perOutlet)
      }
      return
    }
    // What is in memory is merged as one more run.
    let sources = counts.isEmpty ? runs : runs + [try writeRun()]
    var readers = sources.map { RunReader($0.reader()) }
    var heads: [(word: String, counts: [(UInt32, Int)])?] = []
    for r in readers.indices { heads.append(try readers[r].next()) }
    while let word = heads.compactMap({ $0?.word }).min() {
      var perOutlet: [String: Int] = [:]
      for r in heads.indices {
        guard let head = heads[r], head.word == word else { continue }
        for (o, n) in head.counts { perOutlet[outletNames[Int(o)], default: 0] += n }
        heads[r] = try readers[r].next()
      }
      body(word, perOutlet)
    }
  }

  /// Reads a run's words back in order.
  private struct RunReader {
    var reader: ScratchFile.Reader
    init(_ reader: ScratchFile.Reader) { self.reader = reader }

    mutating func next() throws(ScratchFileError) -> (word: String, counts: [(UInt32, Int)])? {
      guard let length = try reader.read(UInt32.self) else { return nil }
      guard let bytes = try reader.read(Int(length)), let k = try reader.read(UInt32.self) else {
        throw Self.cutShort
      }
      var counts: [(UInt32, Int)] = []
      counts.reserveCapacity(Int(k))
      for _ in 0..<k {
        guard let o = try reader.read(UInt32.self), let n = try reader.read(UInt64.self) else {
          throw Self.cutShort
        }
        counts.append((o, Int(n)))
      }
      return (String(decoding: bytes, as: UTF8.self), counts)
    }

    static let cutShort = ScratchFileError(reason: "the word counts on disk are cut short")
  }
}
