import Foundation
import FramingReports
import FramingTestSupport
import Testing

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
