import ArgumentParser
import Foundation
import FramingCore
import FramingStatistics
import FramingTestSupport
import Testing

@testable import framing

@Suite struct ReportCommandTests {
  @Test func defaultsToTheDemoCorpusAndAuthorVoice() throws {
    let command = try #require(try FramingCommand.parseAsRoot(["report"]) as? Report)
    let options = command.options()
    #expect(command.corpus == "notebooks-data/corpus")
    #expect(options.lexiconsDisplay == "lexicons")
    #expect(options.csvDirectory.lastPathComponent == "notebooks-data")
    #expect(options.reportDirectory.lastPathComponent == "reports")
    #expect(options.voice == .author)
    #expect(options.overlap == .longestOverall)
    #expect(options.isStrict == false)
    #expect(options.minimumDocuments == 5)
  }

  @Test func minDocumentsReachesTheJobAndItsCommandLine() throws {
    let command = try #require(
      try FramingCommand.parseAsRoot(["report", "--min-documents", "8"]) as? Report)
    let options = command.options()
    #expect(options.minimumDocuments == 8)
    #expect(options.commandLine.contains("--min-documents 8"))
  }

  @Test func parsesEveryOption() throws {
    let command = try #require(
      try FramingCommand.parseAsRoot([
        "report", "my/corpus", "--lexicons", "lex", "--csv-dir", "out/csv", "--report-dir",
        "out/md",
        "--voice", "all", "--overlap", "keep-all", "--jobs", "3", "--strict",
      ]) as? Report)
    let options = command.options()
    #expect(options.corpusDisplay == "my/corpus")
    #expect(options.lexiconsDisplay == "lex")
    #expect(options.csvDirectory.path.hasSuffix("out/csv"))
    #expect(options.reportDirectory.path.hasSuffix("out/md"))
    #expect(options.voice == .all)
    #expect(options.overlap == .keepAll)
    #expect(options.jobs == 3)
    #expect(options.isStrict)
  }

  @Test(arguments: [
    ["report", "--voice", "narrator"], ["report", "--jobs", "0"], ["report", "--jobs", "100000"],
    ["report", "--resamples", "0"], ["report", "--bogus"], ["report", "--min-documents", "1"],
  ])
  func rejectsBadFlagsWithUsageExitCode(arguments: [String]) {
    do {
      var command = try FramingCommand.parseAsRoot(arguments)
      try command.validate()
      Issue.record("expected a usage error for \(arguments)")
    } catch {
      #expect(FramingCommand.exitCode(for: error).rawValue == 64)
    }
  }
}

/// Runs the built `framing` binary, as a user would.
@Suite struct BinaryTests {
  static let binary: URL? = {
    // Beside the test bundle first (any --scratch-path), then the default build folders.
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("framing")
    let candidates =
      [beside]
      + [".build/debug/framing", ".build/release/framing"].map {
        Fixtures.packageRoot.appendingPathComponent($0)
      }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = try #require(Self.binary)
    process.arguments = arguments
    process.currentDirectoryURL = Fixtures.packageRoot
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func writesOutputsAndSummarizes() throws {
    let out = try Fixtures.temporaryDirectory()
    let result = try run([
      "report", "Tests/Fixtures/corpus-small", "--lexicons", "Tests/Fixtures/lexicons-small",
      "--csv-dir", out.path, "--report-dir", out.path,
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("framing: 3 documents, 2 outlets, 9 matches, 2 warnings"))
    let scores = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8)
    #expect(scores.hasPrefix("outlet,module,target,voice,reported_as,documents,tokens,"))
    #expect(
      FileManager.default.fileExists(
        atPath: out.appendingPathComponent("outlets/testkurier.md").path))
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func brokenLexiconFailsWithFileAndLine() throws {
    let lexicons = try Fixtures.makeFolder([
      "bad.yaml": try Data(contentsOf: Fixtures.url("lexicons/broken-weight.yaml"))
    ])
    let out = try Fixtures.temporaryDirectory()
    let result = try run([
      "report", "Tests/Fixtures/corpus-small", "--lexicons", lexicons.path, "--csv-dir", out.path,
      "--report-dir", out.path,
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("\(lexicons.path)/bad.yaml:13:13: error: invalid weight 'minus eins'"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func badFlagExitsWithUsageStatus() throws {
    #expect(try run(["report", "--voice", "narrator"]).status == 64)
  }
}

@Suite struct ProvenanceCommandTests {
  @Test func recordsOnlyWhatChangesResults() throws {
    let command = try #require(
      try FramingCommand.parseAsRoot([
        "report", "my corpus", "--csv-dir", "out", "--jobs", "1", "--quiet", "--voice", "all",
      ]) as? Report)
    #expect(command.options().commandLine == "framing report 'my corpus' --voice all")
    let plain = try #require(try FramingCommand.parseAsRoot(["report"]) as? Report)
    #expect(plain.options().commandLine == "framing report")
    let grouped = try #require(
      try FramingCommand.parseAsRoot(["report", "--group-by", "country", "--by", "month"])
        as? Report)
    #expect(grouped.options().groupBy == "country")
    #expect(grouped.options().commandLine == "framing report --by month --group-by country")
  }
}
