import Foundation
import FramingTestSupport
import Testing

@testable import framing

/// `framing evaluate`, `agreement` and `audit` run as a user would, on the bundled gold corpus.
@Suite struct EvaluationCommandTests {
  static let binary = BinaryTests.binary

  func framing(_ arguments: [String], in folder: URL = Fixtures.packageRoot) throws
    -> ExternalTool.Result
  {
    try ExternalTool.run(try #require(Self.binary).path, arguments, in: folder)
  }

  @Test func evaluateFindsTheCorpusBesideTheGold() throws {
    let command = try #require(
      try FramingCommand.parseAsRoot(["evaluate", "--targets", "war-names,sourcing"]) as? Evaluate)
    #expect(command.gold == "gold/occurrences-a.csv")
    #expect(command.corpus == nil)
    #expect(command.output == "reports/evaluation")
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func evaluateWritesItsReportAndPrintsTheHeadline() throws {
    let out = try Fixtures.temporaryDirectory()
    let result = try framing([
      "evaluate", "gold/occurrences-a.csv", "--output", out.path, "--targets", "war-names",
    ])
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("  war-names"))
    let markdown = try String(
      contentsOf: out.appendingPathComponent("evaluation.md"), encoding: .utf8)
    #expect(markdown.contains("targets: `war-names`."))
    for name in [
      "evaluation_scores.csv", "evaluation_cases.csv", "evaluation_confusion.csv",
      "evaluation_findings.csv", "evaluation_DATA_DICTIONARY.md",
    ] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path))
    }
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func aBrokenGoldNamesFileAndLineAndWritesNothing() throws {
    let folder = try Fixtures.makeFolder([
      "gold.csv": Data(
        "document,start,end,target,entry,voice\nx.txt,5,2,war-names,Krieg,author\n".utf8)
    ])
    let result = try framing([
      "evaluate", folder.appendingPathComponent("gold.csv").path, "gold/corpus", "--output",
      folder.appendingPathComponent("out").path,
    ])
    #expect(result.status == 1)
    #expect(result.output.contains("gold.csv:2: error: end 2 is not after start 5"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func auditSampleThenScoreRoundTrips() throws {
    let folder = try Fixtures.temporaryDirectory()
    let sheet = folder.appendingPathComponent("sheet.csv")
    let sample = try framing([
      "audit", "sample", "notebooks-data/corpus", "--per-entry", "1", "--seed", "3", "--output",
      sheet.path,
    ])
    #expect(sample.status == 0, "\(sample.output)")
    // Mark every row correct except the Diktator row, as a coder would in a spreadsheet.
    var lines = try String(contentsOf: sheet, encoding: .utf8).components(separatedBy: "\r\n")
    for i in lines.indices.dropFirst() where !lines[i].isEmpty {
      lines[i] =
        String(lines[i].dropLast(1))
        + (lines[i].hasPrefix("kim-jong-un-labels/Diktator/") ? "no," : "yes,")
    }
    try lines.joined(separator: "\r\n").write(to: sheet, atomically: true, encoding: .utf8)
    let score = try framing([
      "audit", "score", sheet.path, "--threshold", "0.9", "--output", folder.path,
    ])
    #expect(score.status == 0, "\(score.output)")
    let report = try String(contentsOf: folder.appendingPathComponent("audit.md"), encoding: .utf8)
    #expect(
      report.contains(
        "| `kim-jong-un-labels` | Diktator | 1 | 0 | 0.000 | [0.000, 0.793] | **clearly below** |"))
  }
}
