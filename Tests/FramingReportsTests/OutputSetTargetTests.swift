import Foundation
import FramingReports
import FramingTestSupport
import Testing

/// Outputs go only to regular files, a character device in place, or standard output (issue 22:
/// `--output /dev/null` run as root replaced the device with a regular file).
@Suite struct OutputSetTargetTests {
  func kind(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  func failure(_ output: OutputSet) -> String? {
    do {
      try output.commit()
      return nil
    } catch { return error.description }
  }

  @Test func refusesAFIFOAndWritesNothingElseOfTheSet() throws {
    let folder = try Fixtures.temporaryDirectory()
    let fifo = folder.appendingPathComponent("shard.jsonl")
    try #require(mkfifo(fifo.path, 0o600) == 0)
    var output = OutputSet()
    output.add(folder.appendingPathComponent("a.csv"), "a\n")
    output.add(fifo, "b\n")
    #expect(
      failure(output)
        == "\(fifo.path): error: cannot write output: the target is a FIFO (named pipe); "
        + "framing writes only to regular files, to a character device such as /dev/null, or "
        + "to standard output with -; no output file was changed")
    #expect(kind(fifo.path) == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["shard.jsonl"])
  }

  @Test func refusesAFolderAndALinkToAFIFO() throws {
    let folder = try Fixtures.temporaryDirectory()
    let fifo = folder.appendingPathComponent("pipe")
    try #require(mkfifo(fifo.path, 0o600) == 0)
    let link = folder.appendingPathComponent("link.csv")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: fifo)
    let sub = folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
    for (target, what) in [(link, "a symbolic link to a FIFO (named pipe)"), (sub, "a folder")] {
      var output = OutputSet()
      output.add(target, "x\n")
      #expect(failure(output)?.contains("the target is \(what); framing writes only") == true)
    }
    #expect(kind(link.path) == S_IFLNK)
    #expect(kind(fifo.path) == S_IFIFO)
    #expect(kind(sub.path) == S_IFDIR)
  }

  @Test func classifiesTargets() throws {
    let folder = try Fixtures.temporaryDirectory()
    let file = folder.appendingPathComponent("a.csv")
    try Data("a\n".utf8).write(to: file)
    #expect(try OutputSet.Target.check("-") == .standardOutput)
    #expect(try OutputSet.Target.check(file.path) == .regularFile)
    #expect(try OutputSet.Target.check(folder.appendingPathComponent("new.csv").path) == .newFile)
    #expect(try OutputSet.Target.check("/dev/null") == .characterDevice)
  }

  @Test func writesIntoDevNullInPlaceAndLeavesItADevice() throws {
    // Only once the check has said "character device" is the set committed.
    try #require(try OutputSet.Target.check("/dev/null") == .characterDevice)
    let folder = try Fixtures.temporaryDirectory()
    var output = OutputSet()
    output.add(URL(fileURLWithPath: "/dev/null"), "discarded\n")
    output.add(folder.appendingPathComponent("kept.csv"), "kept\n")
    try output.commit()
    #expect(kind("/dev/null") == S_IFCHR)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("kept.csv"), encoding: .utf8)
        == "kept\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/dev")
      .filter { $0.hasPrefix(".null.") }
    #expect(leftovers.isEmpty)
  }
}
