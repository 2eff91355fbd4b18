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

  @Test(arguments: ["../outside.txt", "a/../../outside.txt", "/etc/passwd", "C:\\Windows\\win.ini"])
  func manifestPathOutOfTheCorpusIsAnErrorWithFileAndLine(path: String) throws {
    let root = try Fixtures.makeFolder([
      "manifest.csv": Data("file,outlet,date,title\na.txt,K,,A\n\"\(path)\",K,,B\n".utf8),
      "a.txt": Data("Text.".utf8),
    ])
    do {
      _ = try FolderCorpus(root: root, displayRoot: "corpus").list()
      Issue.record("a manifest naming '\(path)' was accepted")
    } catch {
      #expect(
        error.description
          == "corpus/manifest.csv:3: error: file '\(path)' points outside the corpus folder (name files relative to the folder holding the manifest, without '..')"
      )
    }
  }

  @Test func symbolicLinkOutOfTheCorpusIsSkippedWithAWarningNotRead() throws {
    let outside = try Fixtures.makeFolder(["secret.txt": Data("Geheim: der Diktator.".utf8)])
    let inside = try Fixtures.makeFolder(["Kurier/a.txt": Data("Text.".utf8)])
    try FileManager.default.createSymbolicLink(
      atPath: inside.appendingPathComponent("Kurier/link.txt").path,
      withDestinationPath: outside.appendingPathComponent("secret.txt").path)
    // A link that stays inside the corpus is fine.
    try FileManager.default.createSymbolicLink(
      atPath: inside.appendingPathComponent("Kurier/alias.txt").path, withDestinationPath: "a.txt")
    let target = try #require(
      FolderCorpus.realPath(outside.appendingPathComponent("secret.txt").path))
    let expected =
      "c/Kurier/link.txt: warning: symbolic link to '\(target)', outside the corpus folder; not read (document skipped)"
    let listing = try FolderCorpus(root: inside, displayRoot: "c").list()
    #expect(listing.documents.map(\.id) == ["Kurier/a.txt", "Kurier/alias.txt"])
    #expect(listing.diagnostics.map(\.description) == [expected])
    // Listed in a manifest, it is skipped all the same.
    try Data("file,outlet,date,title\nKurier/a.txt,K,,A\nKurier/link.txt,K,,L\n".utf8).write(
      to: inside.appendingPathComponent("manifest.csv"))
    let listed = try FolderCorpus(root: inside, displayRoot: "c").list()
    #expect(listed.documents.map(\.id) == ["Kurier/a.txt"])
    #expect(
      listed.diagnostics.map(\.description) == [
        expected,
        "c/Kurier/alias.txt: warning: article not listed in manifest.csv (document skipped)",
      ])
  }

  @Test func binaryManifestIsAnError() throws {
    let root = try Fixtures.makeFolder([
      "manifest.csv": Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00]), "a.txt": Data("T.".utf8),
    ])
    #expect(throws: DiagnosticFailure.self) {
      try FolderCorpus(root: root, displayRoot: "c").list()
    }
    do { _ = try FolderCorpus(root: root, displayRoot: "c").list() } catch {
      #expect(
        error.description
          == "c/manifest.csv: error: cannot read the manifest: binary file (looks like a ZIP archive (or DOCX/ODT)), not an article"
      )
    }
  }
}
