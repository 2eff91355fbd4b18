import Foundation
import FramingTestSupport
import Testing

@testable import FramingReports

@Suite struct OutputSetTests {
  @Test func writesAllFiles() throws {
    let folder = try Fixtures.temporaryDirectory()
    var output = OutputSet()
    output.add(folder.appendingPathComponent("a.csv"), "a\r\n")
    output.add(folder.appendingPathComponent("sub/b.md"), "# b\n")
    try output.commit()
    #expect(
      try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "a\r\n")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("sub/b.md"), encoding: .utf8) == "# b\n")
  }

  @Test func failureLeavesPreviousFilesIntactAndNoTemporaries() throws {
    let folder = try Fixtures.temporaryDirectory()
    try Data("old\n".utf8).write(to: folder.appendingPathComponent("a.csv"))
    // A file where a folder should be: the second output cannot be written.
    try Data().write(to: folder.appendingPathComponent("blocked"))
    var output = OutputSet()
    output.add(folder.appendingPathComponent("a.csv"), "new\n")
    output.add(folder.appendingPathComponent("blocked/b.md"), "# b\n")
    #expect(throws: OutputSet.WriteError.self) { try output.commit() }
    #expect(
      try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "old\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "a.csv", "blocked",
      ])
  }
}

@Suite struct OutputSetRollbackTests {
  /// Previous outputs, and a set whose third file cannot replace its target (a folder).
  func failingSet() throws -> (URL, OutputSet) {
    let folder = try Fixtures.temporaryDirectory()
    try Data("old a\n".utf8).write(to: folder.appendingPathComponent("a.csv"))
    try Data("old b\n".utf8).write(to: folder.appendingPathComponent("b.csv"))
    try Data("old c\n".utf8).write(to: folder.appendingPathComponent("c.csv"))
    var output = OutputSet()
    // (A folder in the way used to make this rename fail; it is now refused before any write.)
    output.failingRename = folder.appendingPathComponent("c.csv")
    output.add(folder.appendingPathComponent("a.csv"), "new a\n")
    output.add(folder.appendingPathComponent("b.csv"), "new b\n")
    output.add(folder.appendingPathComponent("new/n.md"), "new\n")
    output.add(folder.appendingPathComponent("c.csv"), "new c\n")
    return (folder, output)
  }

  @Test func aFailedRenameRestoresEveryFileAlreadyReplaced() throws {
    let (folder, output) = try failingSet()
    do {
      try output.commit()
      Issue.record("the commit succeeded")
    } catch {
      #expect(
        error.description.hasSuffix("; the previous output files were restored"),
        "\(error.description)")
      #expect(error.description.hasPrefix("\(folder.path)/c.csv: error: cannot write output: "))
    }
    #expect(
      try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "old a\n")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("b.csv"), encoding: .utf8) == "old b\n")
    // No temporaries, no backups, no folder the commit made.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "a.csv", "b.csv", "c.csv",
      ])
  }

  @Test func anInterruptionBeforeTheCommitChangesNothing() throws {
    let (folder, output) = try failingSet()
    let interruption = Interruption()
    interruption.request(SIGTERM)
    #expect(throws: OutputSet.WriteError.self) { try output.commit(interruption: interruption) }
    #expect(
      try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "old a\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "a.csv", "b.csv", "c.csv",
      ])
  }

  @Test func aSuccessfulCommitLeavesNoBackups() throws {
    let folder = try Fixtures.temporaryDirectory()
    try Data("old\n".utf8).write(to: folder.appendingPathComponent("a.csv"))
    var output = OutputSet()
    output.add(folder.appendingPathComponent("a.csv"), "new\n")
    try output.commit()
    #expect(
      try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "new\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.csv"])
  }
}

@Suite struct OutletPageNameTests {
  @Test func outletsWhoseNamesShareASlugGetDistinctPages() throws {
    let text = Data("Der Diktator Kim reist.".utf8)
    let corpus = try Fixtures.makeFolder(["a/x.txt": text, "a-2/y.txt": text, "A!/z.txt": text])
    let files = try runFixture(corpus: corpus, corpusDisplay: "c")
    let pages = files.keys.filter { $0.hasPrefix("reports/outlets/") }.sorted()
    // "A!" and "a" both slug to "a"; "a-2" is taken by then, so the last one gets "a-2-2".
    #expect(
      pages == ["reports/outlets/a-2-2.md", "reports/outlets/a-2.md", "reports/outlets/a.md"])
  }
}
