import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct FolderCorpusTests {
  @Test func listsManifestDocumentsAndReportsMissingAndUnlisted() throws {
    let root = try Fixtures.makeFolder([
      "manifest.csv": Data(
        "file,outlet,date,title\na.txt,Kurier,2024-06-19,A\nmissing.txt,Kurier,2024-06-19,M\n".utf8),
      "a.txt": Data("Text.".utf8), "extra/b.md": Data("Mehr.".utf8),
      "README.md": Data("not an article".utf8),
    ])
    let listing = try FolderCorpus(root: root, displayRoot: "corpus").list()
    #expect(listing.documents.map(\.id) == ["a.txt"])
    #expect(
      listing.diagnostics.map(\.description) == [
        "corpus/manifest.csv:3: warning: file 'missing.txt' not found in the corpus folder (document skipped)",
        "corpus/extra/b.md: warning: article not listed in manifest.csv (document skipped)",
      ])
  }

  @Test func withoutManifestTheSubfolderNamesTheOutlet() throws {
    let root = try Fixtures.makeFolder([
      "Kurier/a.txt": Data("Text.".utf8), "Blatt/x/b.txt": Data("Text.".utf8),
      "loose.txt": Data("Text.".utf8),
    ])
    let listing = try FolderCorpus(root: root, displayRoot: "c").list()
    #expect(listing.documents.map(\.outlet) == ["Blatt", "Kurier"])
    #expect(listing.documents.map(\.id) == ["Blatt/x/b.txt", "Kurier/a.txt"])
    #expect(listing.diagnostics.count == 1)
    #expect(listing.diagnostics.first?.location.file == "c/loose.txt")
  }

  @Test func missingFolderIsAnError() {
    #expect(throws: DiagnosticFailure.self) {
      try FolderCorpus(
        root: URL(fileURLWithPath: "/nonexistent/corpus"), displayRoot: "/nonexistent/corpus"
      ).list()
    }
  }

  @Test func emptyFileIsSkippedWithAWarning() throws {
    let probe = try PipelineProbe(modules: [PipelineProbe.module(entries: [("Diktator", nil)])])
    let result = probe.analyzer.analyze(
      DocumentSource(id: "e.txt", outlet: "o"), data: Data(), displayPath: "c/e.txt")
    #expect(!result.isIncluded)
    #expect(
      result.diagnostics.map(\.description) == ["c/e.txt: warning: empty file (document skipped)"])
  }
}
