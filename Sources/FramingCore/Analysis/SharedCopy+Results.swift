import Foundation

extension SharedCopy {
  /// Marks, document by document, the matches that stand in shared copy, and collects the
  /// passages: `mark` sees each document in order (the index's shared shingles known), `finish`
  /// reads the passages' text.
  public struct Marker: Sendable {
    let detector: SharedCopy
    let shared: SharedShingles
    let index: Index
    /// Give matches in shared copy the status `shared-copy` (`--exclude-shared-copy`).
    let exclude: Bool
    /// Documents that a shared shingle names: their ids and outlets are kept for `sharedWith`.
    let named: Set<Int32>
    var sources: [Int32: (id: String, outlet: String)] = [:]
    var found: [(passage: Passage, id: String, outlet: String, matches: Int)] = []

    public init(detector: SharedCopy, index: Index, exclude: Bool) throws(ScratchFile.Failure) {
      self.detector = detector
      self.index = index
      self.exclude = exclude
      shared = try index.sharedShingles()
      named = Set(shared.seen.values.flatMap(\.documents))
    }

    /// Flags the matches of document `d` (the index's numbering) inside shared passages.
    public mutating func mark(_ result: inout DocumentResult, index d: Int) {
      if named.contains(Int32(d)) { sources[Int32(d)] = (result.source.id, result.source.outlet) }
      guard result.isIncluded else { return }
      let passages = detector.passages(
        of: d, outlet: index.outletNumber(result.source.outlet), fingerprint: result.fingerprint,
        shared: shared)
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
    }

    /// The passages found, in document order, with their text, which `reread` supplies: it
    /// hands the bytes of the documents asked for, one at a time.
    public func finish(reread: (Set<String>, (String, Data) -> Void) -> Void) -> [SharedPassage] {
      var texts: [Int: String] = [:]
      var byDocument: [String: [Int]] = [:]
      for (i, f) in found.enumerated() { byDocument[f.id, default: []].append(i) }
      if !found.isEmpty {
        reread(Set(byDocument.keys)) { id, bytes in
          guard let text = try? TextDecoding.decode(bytes).text else { return }
          let all = Array(text.unicodeScalars)
          for i in byDocument[id] ?? [] {
            let p = found[i].passage
            guard p.start >= 0, p.end <= all.count, p.start < p.end else { continue }
            var passage = ""
            passage.unicodeScalars.append(contentsOf: all[p.start..<p.end])
            texts[i] = passage
          }
        }
      }
      return found.enumerated().map { i, f in
        let others = f.passage.sharedWith.map { sources[Int32($0)] ?? ("", "") }
        return SharedPassage(
          document: f.id, outlet: f.outlet, start: f.passage.start, end: f.passage.end,
          words: f.passage.words, sharedWith: others.map(\.id),
          sharedWithOutlets: others.map(\.outlet),
          sharedOutlets: Array(Set(others.map(\.outlet))).sorted(), text: texts[i] ?? "",
          matches: f.matches)
      }
    }
  }
}
