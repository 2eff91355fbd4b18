import Foundation

extension SharedCopy {
  /// Marks, document by document, the matches that stand in shared copy, and makes the
  /// passages: `mark` sees each document in order once the index's shared shingles are known.
  /// A document read from the corpus carries its bytes, so its passages come out at once, with
  /// their text; one from a shard does not, and its passages wait for `finish`, which reads the
  /// corpus again for them.
  public struct Marker: Sendable {
    let detector: SharedCopy
    let index: Index
    /// Give matches in shared copy the status `shared-copy` (`--exclude-shared-copy`).
    let exclude: Bool
    /// Passages of documents without bytes, waiting for `finish`.
    var pending: [(passage: Passage, id: String, outlet: String, matches: Int)] = []

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
        pending += found
        return []
      }
      let scalars = Self.scalars(bytes)
      var made: [SharedPassage] = []
      for f in found { made.append(try make(f, text: Self.text(of: f.passage, in: scalars))) }
      return made
    }

    /// The passages of documents that came without bytes, in document order, with their text,
    /// which `reread` supplies: it hands the bytes of the documents asked for, one at a time.
    public func finish(reread: (Set<String>, (String, Data) -> Void) -> Void)
      throws(ScratchFileError) -> [SharedPassage]
    {
      guard !pending.isEmpty else { return [] }
      var texts: [Int: String] = [:]
      var byDocument: [String: [Int]] = [:]
      for (i, p) in pending.enumerated() { byDocument[p.id, default: []].append(i) }
      reread(Set(byDocument.keys)) { id, bytes in
        let scalars = Self.scalars(bytes)
        for i in byDocument[id] ?? [] { texts[i] = Self.text(of: pending[i].passage, in: scalars) }
      }
      var made: [SharedPassage] = []
      for (i, p) in pending.enumerated() { made.append(try make(p, text: texts[i] ?? "")) }
      return made
    }

    static func scalars(_ bytes: Data) -> [Unicode.Scalar] {
      (try? TextDecoding.decode(bytes).text).map { Array($0.unicodeScalars) } ?? []
    }

    static func text(of p: Passage, in scalars: [Unicode.Scalar]) -> String {
      var text = ""
      if p.start >= 0, p.end <= scalars.count, p.start < p.end {
        text.unicodeScalars.append(contentsOf: scalars[p.start..<p.end])
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
