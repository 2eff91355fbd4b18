import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Document results come back from the scratch file exactly as stored.
@Suite struct DocumentSpillTests {
  static func json(_ result: DocumentResult) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var copy = result
    copy.words = [:]
    return try encoder.encode(copy)
  }

  @Test func demoCorpusResultsComeBackEqual() throws {
    let lexicon = try LexiconLoader.load(directory: Fixtures.lexicons, displayPath: "lexicons")
    var results: [DocumentResult] = []
    var diagnostics: [Diagnostic] = []
    _ = try CorpusRun(jobs: 2).run(
      corpus: openCorpus(Fixtures.demoCorpus, displayRoot: "corpus"), lexicon: lexicon,
      matcher: Matcher(lexicon: lexicon, policy: .longestOverall), diagnostics: &diagnostics
    ) { result, _ in results.append(result) }
    // Fields the demo corpus leaves at their defaults, set here so that they are checked too.
    var odd = results[0]
    odd.source.manifestLine = nil
    odd.bytes = nil
    odd.diagnostics = [
      Diagnostic(.warning, SourceLocation(file: "a.txt", line: 3, column: 4), "m", skipped: "x"),
      Diagnostic(.note, SourceLocation(file: "b.txt"), "n"),
    ]
    odd.matches[0].isSharedCopy = true
    odd.matches[0].isExcludedAsSharedCopy = true
    results.append(odd)
    #expect(results.count == 12)
    #expect(results.contains { !$0.removals.isEmpty })
    #expect(results.contains { $0.matches.contains { $0.attribution.rule == .apposition } })
    #expect(results.contains { !$0.source.metadata.isEmpty })
    let spill = try DocumentSpill()
    for result in results { spill.append(result) }
    var back: [DocumentResult] = []
    try spill.forEach { index, result in
      #expect(index == back.count)
      back.append(result)
    }
    #expect(back.count == results.count)
    for (a, b) in zip(results, back) {
      #expect(try Self.json(a) == (try Self.json(b)), "\(a.source.id)")
      #expect(a.fingerprint == b.fingerprint)
      #expect(a.bytes == b.bytes)
      #expect(b.words.isEmpty)
    }
    #expect(back[0].bytes != nil && back[11].bytes == nil)
  }
}
