import Foundation

extension SharedCopy {
  /// Finds the shared passages of `results`, flags the matches inside them (and, when
  /// `exclude`, gives them status `shared-copy` so that scores leave them out), and returns the
  /// passages with their text, which `reread` supplies: the bytes of documents by id.
  public func apply(
    to results: inout [DocumentResult], exclude: Bool,
    reread: (Set<String>) -> [String: Data]
  ) -> [SharedPassage] {
    let found = passages(
      results.map { ($0.isIncluded ? $0.fingerprint : Fingerprint(), $0.source.outlet) })
    let bytes = found.isEmpty ? [:] : reread(Set(found.map { results[$0.document].source.id }))
    func text(_ source: DocumentSource) -> [Unicode.Scalar]? {
      bytes[source.id].flatMap { try? Array(TextDecoding.decode($0).text.unicodeScalars) }
    }
    var shared: [SharedPassage] = []
    var scalars: (document: Int, text: [Unicode.Scalar]?)?
    for p in found {
      var inside = 0
      for i in results[p.document].matches.indices {
        let m = results[p.document].matches[i]
        guard m.start >= p.start, m.end <= p.end else { continue }
        results[p.document].matches[i].isSharedCopy = true
        results[p.document].matches[i].isExcludedAsSharedCopy = exclude
        inside += 1
      }
      if scalars?.document != p.document {
        scalars = (p.document, text(results[p.document].source))
      }
      var passage = ""
      if let all = scalars?.text, p.start >= 0, p.end <= all.count, p.start < p.end {
        passage.unicodeScalars.append(contentsOf: all[p.start..<p.end])
      }
      let others = p.sharedWith.map { results[$0].source }
      shared.append(
        SharedPassage(
          document: results[p.document].source.id, outlet: results[p.document].source.outlet,
          start: p.start, end: p.end, words: p.words, sharedWith: others.map(\.id),
          sharedOutlets: Array(Set(others.map(\.outlet))).sorted(), text: passage,
          matches: inside))
    }
    return shared
  }
}
