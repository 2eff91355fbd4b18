import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

@Suite struct LexiconSuggestionsTests {
  /// The bundled lexicons without Diktator and Machthaber in the shared label inventory, and
  /// the Kim module's suggestions on a corpus.
  static func suggestions(corpus: some CorpusReader) throws -> LexiconSuggestions {
    let folder = try LexiconSheetImportTests.lexiconCopy()
    try folder.edit("labels", [.remove(term: "Diktator"), .remove(term: "Machthaber")])
    let lexicon = try LexiconFolder(directory: folder.directory, displayPath: "lexicons").lexicon
    let m = try #require(lexicon.modules.firstIndex { $0.id == "kim-jong-un-labels" })
    var diagnostics: [Diagnostic] = []
    let candidates = try TermCandidates.collect(
      module: m, lexicon: lexicon, corpus: corpus, diagnostics: &diagnostics)
    return LexiconSuggestions(module: lexicon.modules[m], candidates: candidates)
  }

  @Test func theDemoCorpusBringsBackTheRemovedLabels() throws {
    let result = try Self.suggestions(
      corpus: FolderCorpus(root: Fixtures.demoCorpus, displayRoot: "corpus"))
    let next = result.suggestions.filter { $0.source == .nextToTarget }
    let diktator = try #require(next.first { $0.term == "Diktator" })
    let machthaber = try #require(next.first { $0.term == "Machthaber" })
    // The title's "Diktator Kim", a caption printed twice (cleaned to once) and "Der Diktator
    // Kim Jong Un"; "Der Diktator selbst" stands apart from the name and does not count.
    #expect(diktator.counts == ["Nordstadt Kurier": 3])
    #expect(machthaber.counts == ["Morgenblatt Agenturdienst": 1, "Nordstadt Kurier": 1])
    // Both rank before every other next-to-target word but names already in other modules.
    #expect(Array(next.prefix(2)).map(\.term).sorted() == ["Diktator", "Machthaber"])
    #expect(diktator.examples.first?.hasPrefix("nordstadt-kurier/") == true)
  }

  @Test(.enabled(if: Fixtures.hasSeeds, "needs ../shared/seeds (the real articles), absent here"))
  func theSeedArticlesBringBackTheRemovedLabels() throws {
    let result = try Self.suggestions(
      corpus: FolderCorpus(root: Fixtures.seeds, displayRoot: "seeds"))
    let terms = result.suggestions.filter { $0.source == .nextToTarget }.map(\.term)
    #expect(terms.contains("Diktator"))
    #expect(terms.contains("Machthaber"))
    #expect(terms.first == "Machthaber")
  }

  @Test func theSheetImportsAsANewCategory() throws {
    let result = try Self.suggestions(
      corpus: FolderCorpus(root: Fixtures.demoCorpus, displayRoot: "corpus"))
    let table = result.table()
    #expect(
      table.columns.map(\.name).suffix(5) == ["source", "uses", "outlets", "score", "examples"])
    var kept = table
    kept.rows = table.rows.filter { ["Diktator", "Machthaber"].contains($0[4]) }
    let folder = try LexiconSheetImportTests.lexiconCopy()
    try folder.edit("labels", [.remove(term: "Diktator"), .remove(term: "Machthaber")])
    let reopened = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
    let plans = try LexiconSheetImportTests.importSheet(kept.csv(), into: reopened)
    #expect(
      plans.map(\.summary) == [
        "labels: 2 added, 0 updated, 0 moved, 0 removed, 0 unchanged; 1 category added, 0 updated"
      ])
    let module = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
      .module("labels")
    let suggested = try #require(module.categories.last)
    #expect(suggested.id == "suggested")
    #expect(suggested.weight == 0)
    #expect(suggested.entries.map(\.term).sorted() == ["Diktator", "Machthaber"])
  }
}
