import Foundation
import FramingReports
import FramingTestSupport
import Testing

@testable import framing

@Suite struct OutputOptionTests {
  @Test func formatsAndTemplatesReachTheJob() throws {
    let command = try #require(
      try FramingCommand.parseAsRoot([
        "report", "--format", "html", "--format", "markdown", "--template", "my/templates",
      ]) as? Report)
    let options = command.options()
    #expect(options.formats == [.html, .markdown])
    #expect(options.templates?.path.hasSuffix("my/templates") == true)
    #expect(options.templatesDisplay == "my/templates")
    // Neither changes results, so neither is in the provenance command line.
    #expect(options.commandLine == "framing report")
  }

  @Test func markdownIsTheDefaultFormat() throws {
    let command = try #require(try FramingCommand.parseAsRoot(["report"]) as? Report)
    #expect(command.options().formats == [.markdown])
    #expect(command.options().templates == nil)
  }

  @Test(arguments: [["report", "--quiet", "--verbose"], ["report", "--format", "pdf"]])
  func rejectsContradictoryOrUnknownOutputFlags(arguments: [String]) {
    do {
      var command = try FramingCommand.parseAsRoot(arguments)
      try command.validate()
      Issue.record("expected a usage error for \(arguments)")
    } catch {
      #expect(FramingCommand.exitCode(for: error).rawValue == 64)
    }
  }

  @Test func timeLeftReadsAsAClock() {
    #expect(ProgressBar.clock(0) == "0:00")
    #expect(ProgressBar.clock(65) == "1:05")
    #expect(ProgressBar.clock(3_725) == "1:02:05")
  }
}

/// `framing templates` and `framing report --template/--format/--verbose` run as a user would.
@Suite struct OutputBinaryTests {
  static let binary = BinaryTests.binary

  func framing(_ arguments: [String]) throws -> ExternalTool.Result {
    try ExternalTool.run(
      try #require(Self.binary).path, arguments, in: Fixtures.packageRoot)
  }

  static let small = [
    "Tests/Fixtures/corpus-small", "--lexicons", "Tests/Fixtures/lexicons-small",
  ]

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func editedTemplatesChangeTheReport() throws {
    let templates = try Fixtures.temporaryDirectory()
    let written = try framing(["templates", templates.path])
    #expect(written.status == 0)
    #expect(written.output.contains("framing: wrote 6 templates to"))
    let overview = templates.appendingPathComponent("overview.md.mustache")
    let text = try String(contentsOf: overview, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "## Outlets", with: "## Zeitungen").utf8).write(
      to: overview)
    // A second `templates` run keeps the edited file.
    let again = try framing(["templates", templates.path])
    #expect(again.output.contains("overview.md.mustache: exists; left as it is"))
    let out = try Fixtures.temporaryDirectory()
    let run = try framing(
      ["report"] + Self.small + [
        "--csv-dir", out.path, "--report-dir", out.path, "--template", templates.path,
        "--format", "markdown", "--format", "html", "--verbose",
      ])
    #expect(run.status == 0, "\(run.output)")
    let markdown = try String(
      contentsOf: out.appendingPathComponent("overview.md"), encoding: .utf8)
    #expect(markdown.contains("\n## Zeitungen\n"))
    #expect(!markdown.contains("## Outlets"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
    // --verbose lists every file written; no progress bar when stderr is not a terminal.
    #expect(run.output.contains("wrote \(out.appendingPathComponent("report.html").path)\n"))
    #expect(!run.output.contains("\r"))
    #expect(run.output.contains("framing: 3 documents, 2 outlets, 9 matches, 2 warnings"))
  }

  @Test(
    .enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"),
    .enabled(
      if: ExternalTool.find("script") != nil, "needs script(1) from util-linux for a terminal"))
  func aTerminalGetsAProgressBarThatClearsItself() throws {
    let out = try Fixtures.temporaryDirectory()
    let command =
      ([try #require(Self.binary).path, "report"] + Self.small + [
        "--csv-dir", out.path, "--report-dir", out.path,
      ]).joined(separator: " ")
    // script(1) gives the command a terminal and copies what it printed.
    let run = try ExternalTool.run(
      "script", ["-qec", command, "/dev/null"], in: Fixtures.packageRoot)
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("3/3 documents"))
    #expect(run.output.contains("\r\u{1B}[K"))
    #expect(run.output.contains("framing: 3 documents, 2 outlets, 9 matches, 2 warnings"))
  }
}

@Suite struct ShardCommandTests {
  @Test func countAndMergeParseTheirOptions() throws {
    let count = try #require(
      try FramingCommand.parseAsRoot([
        "count", "-", "--corpus-name", "all.jsonl", "--output", "-", "--jobs", "2",
      ]) as? Count)
    #expect(count.corpus == "-")
    #expect(count.corpusName == "all.jsonl")
    #expect(count.output == "-")
    let merge = try #require(
      try FramingCommand.parseAsRoot([
        "merge", "a.shard", "b.shard", "--csv-dir", "out", "--by", "week", "--format", "html",
      ]) as? Merge)
    #expect(merge.shards == ["a.shard", "b.shard"])
    let options = merge.settings.job(corpus: "all.jsonl")
    #expect(options.periodUnit == .week)
    #expect(options.formats == [.html])
    #expect(options.commandLine == "framing report all.jsonl --by week")
  }

  @Test(
    .enabled(
      if: BinaryTests.binary != nil, "the framing binary is not built (run `swift build` first)"))
  func countFromStandardInputWritesAShardToStandardOutput() throws {
    let folder = try Fixtures.makeFolder([
      "part.jsonl": Data(
        #"{"id": "a", "outlet": "X", "date": "2024-06-19", "text": "Der Diktator Kim Jong Un reist."}"#
          .utf8)
    ])
    let binary = try #require(BinaryTests.binary).path
    let run = try ExternalTool.run(
      "/bin/sh",
      [
        "-c",
        "'\(binary)' count - --corpus-name all.jsonl --lexicons lexicons --output - < '\(folder.path)/part.jsonl'",
      ], in: Fixtures.packageRoot)
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first?.contains(#""format":"framing-shard""#) == true)
    #expect(lines.first?.contains(#""corpus":"all.jsonl""#) == true)
    #expect(lines[1].hasPrefix(#"{"document":"#))
    #expect(lines.last?.hasPrefix(#"{"diagnostics":[]"#) == true)
  }
}
