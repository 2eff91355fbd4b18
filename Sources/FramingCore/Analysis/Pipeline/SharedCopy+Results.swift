import Foundation

extension SharedCopy {
  /// Marks, document by document, the matches that stand in shared copy, and makes the
  /// passages: `mark` sees each document in order once the index's shared shingles are known.
  /// A document read from the corpus carries its bytes, so its passages come out at once, with
  /// their text; one read again from the corpus (or from a shard) does not, and its passages
  /// wait, on disk, for `finish`, which reads the corpus again for them.
  public struct Marker: Sendable {
    let detector: SharedCopy
    let index: Index
    /// Give matches in shared copy the status `shared-copy` (`--exclude-shared-copy`).
    let exclude: Bool
    /// Passages of documents without bytes, waiting for `finish`, in document order: on disk
    /// (the 1 GB benchmark corpus has 107,000), with what `finish` cuts from each document's
    /// text in memory: its passages' numbers and ranges.
    private var pending: ScratchFile?
    private var pendingCount = 0
    private var pendingRanges: [String: [(number: Int, start: Int, end: Int)]] = [:]

    public init(detector: SharedCopy, index: Index, exclude: Bool) throws(ScratchFileError) {
      self.detector = detector
      self.index = index
      self.exclude = exclude
      try index.resolve()
    }

    /// Flags the matches of document `d` (the index's numbering) inside shared passages and
    /// returns its passages when the document's bytes are at hand (else they wait for `finish`).
    public mutating func mark(_ result: inout DocumentResult, index d: Int)
      throws(ScratchFileError) -> [SharedPassage]
    {
      guard result.isIncluded else { return [] }
      let passages = detector.passages(
        of: d, outlet: index.outletNumber(result.source.outlet), fingerprint: result.fingerprint,
        shared: try index.sharedShingles(of: d))
      guard !passages.isEmpty else { return [] }
      var found: [(passage: Passage, id: String, outlet: String, matches: Int)] = []
      for p in passages {
        var inside = 0
        for i in result.matches.indices {
          let m = result.matches[i]
          guard m.start >= p.start, m.end <= p.end else { continue }
          result.matches[i].isSharedCopy = true
          result.matches[i].isExcludedAsSharedCopy = exclude
          inside += 1
        }
        found.append((p, result.source.id, result.source.outlet, inside))
      }
      guard let bytes = result.bytes else {
        try wait(found)
        return []
      }
      let scalars = Self.scalars(bytes)
      var made: [SharedPassage] = []
      for f in found {
        made.append(try make(f, text: Self.text(f.passage.start, f.passage.end, in: scalars)))
      }
      return made
    }

    /// Writes passages to the waiting file.
    private mutating func wait(
      _ found: [(passage: Passage, id: String, outlet: String, matches: Int)]
    )
      throws(ScratchFileError)
    {
      if pending == nil { pending = try ScratchFile(bufferSize: 1 << 16, compressed: true) }
      guard let pending else { return }
      for f in found {
        var w = BinaryWriter()
        for n in [f.passage.document, f.passage.start, f.passage.end, f.passage.words, f.matches] {
          w.write(n)
        }
        w.write(array: f.passage.sharedWith.map { Int64($0) })
        w.write(f.id)
        w.write(f.outlet)
        pending.append(UInt64(w.bytes.count))
        w.bytes.withUnsafeBytes { pending.append($0) }
        pendingRanges[f.id, default: []].append((pendingCount, f.passage.start, f.passage.end))
        pendingCount += 1
      }
    }

    /// The passages of documents that came without bytes, in document order, with their text,
    /// handed to `body` one by one; `reread` supplies the text: it hands the bytes of the
    /// documents asked for, one at a time. The texts go to a scratch file as they are cut, and
    /// are read from it in document order.
    public func finish(
      reread: (Set<String>, (String, Data) -> Void) -> Void,
      _ body: (SharedPassage) throws(ScratchFileError) -> Void
    ) throws(ScratchFileError) {
      guard let pending else { return }
      try pending.finish()
      let texts = try ScratchFile(bufferSize: 1 << 16)
      // Where each passage's text starts in `texts`, and its UTF-8 length (-1: none read).
      var starts = [Int](repeating: 0, count: pendingCount)
      var lengths = [Int32](repeating: -1, count: pendingCount)
      reread(Set(pendingRanges.keys)) { id, bytes in
        let scalars = Self.scalars(bytes)
        for r in pendingRanges[id] ?? [] {
          let text = Self.text(r.start, r.end, in: scalars)
          starts[r.number] = texts.count
          lengths[r.number] = Int32(text.utf8.count)
          texts.append(text)
        }
      }
      try texts.finish()
      var reader = pending.reader()
      for i in 0..<pendingCount {
        guard let length = try reader.read(UInt64.self), let bytes = try reader.read(Int(length))
        else { throw ScratchFileError(reason: "shared passages on disk cut short") }
        var r = BinaryReader(bytes)
        let f: (passage: Passage, id: String, outlet: String, matches: Int)
        do throws(BinaryReader.Truncated) {
          let (document, start, end, words, matches) = (
            try r.int(), try r.int(), try r.int(), try r.int(), try r.int()
          )
          let sharedWith = try r.array(Int64.self).map { Int($0) }
          f = (
            Passage(
              document: document, start: start, end: end, words: words, sharedWith: sharedWith),
            try r.string(), try r.string(), matches
          )
        } catch { throw ScratchFileError(reason: "shared passage \(i + 1) on disk unreadable") }
        let text =
          lengths[i] < 0
          ? ""
          : String(decoding: try texts.read(at: starts[i], count: Int(lengths[i])), as: UTF8.self)
        try body(try make(f, text: text))
      }
    }

    static func scalars(_ bytes: Data) -> [Unicode.Scalar] {
      (try? TextDecoding.decode(bytes).text).map { Array($0.unicodeScalars) } ?? []
    }

    static func text(_ start: Int, _ end: Int, in scalars: [Unicode.Scalar]) -> String {
      var text = ""
      if start >= 0, end <= scalars.count, start < end {
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
      }
      return text
    }

    func make(
      _ f: (passage: Passage, id: String, outlet: String, matches: Int), text: String
    ) throws(ScratchFileError) -> SharedPassage {
      // Passages are few: their partners' ids and outlets are read from disk one by one.
      var others: [(id: String, outlet: String)] = []
      for d in f.passage.sharedWith { others.append(try index.source(of: d)) }
      return SharedPassage(
        document: f.id, outlet: f.outlet, start: f.passage.start, end: f.passage.end,
        words: f.passage.words, sharedWith: others.map(\.id),
        sharedWithOutlets: others.map(\.outlet),
        sharedOutlets: Array(Set(others.map(\.outlet))).sorted(), text: text,
        matches: f.matches)
    }
  }
}
