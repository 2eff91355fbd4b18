import Foundation
import FramingTestSupport
import Testing

@testable import FramingReports

/// A commit interrupted by kill -9 is undone by the next one, and two runs never write one
/// folder at once (issue 22: a kill -9 between the renames left 6 new and 38 old files plus 43
/// `.bak`/`.tmp` files that the next run neither restored nor removed).
@Suite struct OutputSetJournalTests {
  func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  func list(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// The folder as process 999 left it when killed after renaming a.csv and c.csv into place
  /// (c.csv new), before renaming b.csv.
  func interruptedFolder() throws -> URL {
    let folder = try Fixtures.temporaryDirectory()
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    try write("a.csv", "new a\n")
    try write(".a.csv.bak-999", "old a\n")
    try write("c.csv", "new c\n")
    try write("b.csv", "old b\n")
    try write(".b.csv.tmp-999", "new b\n")
    try write(".d.md.tmp-4242", "a temporary of an even older crash\n")
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    let journal = OutputSet.Journal(
      process: 999,
      entries: [
        .init(
          target: path("a.csv"), temporary: path(".a.csv.tmp-999"), backup: path(".a.csv.bak-999")),
        .init(target: path("c.csv"), temporary: path(".c.csv.tmp-999"), backup: nil),
        .init(
          target: path("b.csv"), temporary: path(".b.csv.tmp-999"), backup: path(".b.csv.bak-999")),
      ])
    try JSONEncoder().encode(journal).write(to: folder.appendingPathComponent(".framing-commit"))
    return folder
  }

  @Test func theNextCommitUndoesTheInterruptedOneFirstAndSaysSo() throws {
    let folder = try interruptedFolder()
    var output = OutputSet()
    output.add(folder.appendingPathComponent("e.csv"), "e\n")
    let notes = try output.commit()
    #expect(
      notes == [
        "\(folder.path)/.framing-commit: note: an earlier run was interrupted while writing its "
          + "outputs (process 999); its commit was undone: 1 previous file restored, 1 new file "
          + "removed",
        "\(folder.path): note: removed 1 temporary or backup file of an interrupted run "
          + "(.d.md.tmp-4242)",
      ])
    #expect(try list(folder) == ["a.csv", "b.csv", "e.csv"])
    #expect(try text(folder.appendingPathComponent("a.csv")) == "old a\n")
    #expect(try text(folder.appendingPathComponent("b.csv")) == "old b\n")
    // A second commit finds nothing left to do.
    #expect(try output.commit() == [])
  }

  @Test func aSecondRunWaitsOrRefusesWhileAnotherWritesTheFolder() throws {
    let folder = try Fixtures.temporaryDirectory()
    var output = OutputSet()
    output.add(folder.appendingPathComponent("a.csv"), "a\n")
    // Another run holds the folder (a lock of another open file description, as another
    // process would).
    let other = open(folder.path, O_RDONLY | O_DIRECTORY)
    try #require(other >= 0)
    try #require(flock(other, LOCK_EX) == 0)
    do {
      try output.commit(waitsForLock: false)
      Issue.record("the commit did not wait for the lock")
    } catch {
      #expect(
        error.description
          == "\(folder.path): error: cannot write output: another framing run is writing this "
          + "folder; try again when it has finished; no output file was changed")
    }
    #expect(try list(folder) == [])
    close(other)
    try output.commit(waitsForLock: false)
    #expect(try list(folder) == ["a.csv"])
  }

  @Test(arguments: [
    (".a.csv.tmp-123", true), (".overview.md.bak-9", true), (".framing-commit.tmp-77", true),
    ("a.csv", false), (".a.csv.tmp-", false), (".hidden", false), ("x.tmp-1", false),
    (".notes.txt-12", false),
  ])
  func onlyNamesACommitMakesAreLeftovers(name: String, isLeftover: Bool) {
    #expect(OutputSet.isLeftover(name) == isLeftover)
  }
}
