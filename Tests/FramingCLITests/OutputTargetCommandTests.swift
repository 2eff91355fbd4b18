import Foundation
import FramingTestSupport
import Testing

/// `--output` as a user gives it (issue 22: `framing count CORPUS --output /dev/null`, run as
/// root, replaced the machine's /dev/null with a regular file).
@Suite struct OutputTargetCommandTests {
  static let binary = BinaryTests.binary

  func framing(_ arguments: [String]) throws -> ExternalTool.Result {
    try ExternalTool.run(try #require(Self.binary).path, arguments, in: Fixtures.packageRoot)
  }

  static let small = [
    "Tests/Fixtures/corpus-small", "--lexicons", "Tests/Fixtures/lexicons-small",
  ]

  func kind(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func countRefusesAFIFOAndLeavesItAFIFO() throws {
    let folder = try Fixtures.temporaryDirectory()
    let fifo = folder.appendingPathComponent("part.shard")
    try #require(mkfifo(fifo.path, 0o600) == 0)
    let run = try framing(["count"] + Self.small + ["--output", fifo.path])
    #expect(run.status == 1)
    #expect(
      run.output.contains(
        "\(fifo.path): error: cannot write output: the target is a FIFO (named pipe); framing "
          + "writes only to regular files, to a character device such as /dev/null, or to "
          + "standard output with -"), "\(run.output)")
    #expect(kind(fifo.path) == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["part.shard"])
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func lexiconExportRefusesAFolder() throws {
    let folder = try Fixtures.temporaryDirectory()
    let run = try framing([
      "lexicon", "export", "labels", "--lexicons", "Tests/Fixtures/lexicons-small", "--output",
      folder.path,
    ])
    #expect(run.status == 1)
    #expect(run.output.contains("the target is a folder"), "\(run.output)")
    #expect(kind(folder.path) == S_IFDIR)
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func countWritesIntoDevNullInPlace() throws {
    try #require(kind("/dev/null") == S_IFCHR)
    let run = try framing(["count"] + Self.small + ["--output", "/dev/null"])
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("framing: 3 documents counted into /dev/null"))
    #expect(kind("/dev/null") == S_IFCHR)
  }
}
