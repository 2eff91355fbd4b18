import Foundation
import FramingCore
import FramingJobs
import FramingStatistics
import FramingTestSupport
import Testing

/// The bundled gold corpus (gold/, see gold/CODEBOOK.md): its size, the floors the analysis
/// must keep on it (CI fails when a headline figure drops), and the committed evaluation and
/// agreement reports, which must be current (regenerate with `scripts/demo`).
@Suite struct GoldCorpusTests {
  static let gold = Fixtures.packageRoot.appendingPathComponent("gold")
  static let reports = Fixtures.packageRoot.appendingPathComponent("reports/evaluation")

  /// Floors set from the figures of 2026-12-05 (README, "How good is it?"), about two points
  /// below them: the evaluation is deterministic, so any change of a figure is a change of the
  /// analysis; the margin lets a change trade a little between classes, a real loss fails.
  /// Raise them as the analysis improves; never lower one without saying why in the commit.
  /// Lowered once: Putin's precision from 0.95 to 0.89 on 2026-12-05, when the shared label
  /// inventory gave him Kim's labels and references (recall 0.46 → 0.89; the new errors are
  /// references between the two actors, see reports/evaluation/evaluation.md). Raised on
  /// 2026-12-05 after the voice rules of issue 17: exact, sourcing, author, quote, reported.
  /// Raised on 2026-12-05 (second session) after speakers, referents and predicatives: every
  /// row, and floors for speaker and referent accuracy.
  static let floors:
    [(
      criterion: String, dimension: Comparison.Dimension, group: String, precision: Double,
      recall: Double
    )] = [
      ("found", .all, "all", 0.97, 0.88),
      ("exact", .all, "all", 0.95, 0.86),
      ("found", .target, "kim-jong-un", 0.97, 0.90),
      ("found", .target, "wladimir-putin", 0.95, 0.95),
      ("found", .target, "war-names", 0.97, 0.97),
      ("found", .target, "north-korea-names", 0.98, 0.97),
      ("found", .target, "west-hegemony", 0.97, 0.94),
      ("found", .target, "sourcing", 0.97, 0.64),
      ("found", .voice, "author", 0.95, 0.85),
      ("found", .voice, "quote", 0.96, 0.92),
      ("found", .voice, "reported", 0.96, 0.88),
    ]

  static func committedDate() throws -> String {
    let text = try String(
      contentsOf: reports.appendingPathComponent("evaluation.md"), encoding: .utf8)
    guard let range = text.range(of: #"on \d{4}-\d{2}-\d{2}\."#, options: .regularExpression)
    else { return "1970-01-01" }
    return String(text[range].dropFirst(3).dropLast())
  }

  static func evaluation() throws -> EvaluationJob.Outcome {
    var options = EvaluationJob.Options(
      gold: gold.appendingPathComponent("occurrences-a.csv"),
      goldDisplay: "gold/occurrences-a.csv", corpus: gold.appendingPathComponent("corpus"),
      corpusDisplay: "gold/corpus", lexicons: Fixtures.lexicons, lexiconsDisplay: "lexicons")
    options.date = try committedDate()
    options.jobs = 2
    return try EvaluationJob(options: options).run()
  }

  @Test func goldCorpusHasTheSizeTheIssueAsks() throws {
    let coding = try Coding.read(
      Self.gold.appendingPathComponent("occurrences-a.csv"), displayPath: "occurrences-a.csv")
    #expect(coding.occurrences.count >= 800)
    #expect(coding.documents.count >= 40)
    let manifest = try Manifest.parse(
      try String(
        contentsOf: Self.gold.appendingPathComponent("corpus/manifest.csv"), encoding: .utf8),
      file: "manifest.csv")
    #expect(Set(manifest.rows.map(\.source.outlet)).count >= 12)
    let second = try Coding.read(
      Self.gold.appendingPathComponent("occurrences-b.csv"), displayPath: "occurrences-b.csv")
    #expect(
      second.documents.count == coding.documents.count,
      "the second, blind coding covers every article")
  }

  @Test func analysisKeepsItsFloorsOnTheGoldCorpus() throws {
    let s = try Self.evaluation().statistics
    for floor in Self.floors {
      let row = try #require(s.row(floor.criterion, floor.dimension, floor.group))
      #expect(
        (row.precision ?? 0) >= floor.precision,
        "precision of \(floor.criterion) \(floor.group) fell to \(row.precision ?? 0) (floor \(floor.precision))"
      )
      #expect(
        (row.recall ?? 0) >= floor.recall,
        "recall of \(floor.criterion) \(floor.group) fell to \(row.recall ?? 0) (floor \(floor.recall))"
      )
    }
  }

  /// Speaker accuracy (issue 17: ≥ 0.85) and referent accuracy (issue 16: ≥ 0.95) were 0.853
  /// and 0.951 on 2026-12-05; the floors keep them within two points.
  @Test func speakersAndReferentsKeepTheirFloors() throws {
    let comparison = try Self.evaluation().comparison
    let speakers = Double(comparison.speakers.correct) / Double(max(1, comparison.speakers.total))
    let referents =
      Double(comparison.referents.correct) / Double(max(1, comparison.referents.total))
    #expect(speakers >= 0.83, "speaker accuracy fell to \(speakers)")
    #expect(referents >= 0.93, "referent accuracy fell to \(referents)")
  }

  @Test func committedEvaluationIsCurrent() throws {
    let report = try Self.evaluation().report
    for (name, text) in report.files(dialect: .rfc4180) {
      let committed = try Data(contentsOf: Self.reports.appendingPathComponent(name))
      #expect(
        committed == Data(text.utf8),
        "reports/evaluation/\(name) is stale: run scripts/demo and commit the outputs")
    }
  }

  @Test func committedAgreementIsCurrent() throws {
    var options = AgreementJob.Options(
      codingA: Self.gold.appendingPathComponent("occurrences-a.csv"),
      codingADisplay: "gold/occurrences-a.csv",
      codingB: Self.gold.appendingPathComponent("occurrences-b.csv"),
      codingBDisplay: "gold/occurrences-b.csv", lexicons: Fixtures.lexicons,
      lexiconsDisplay: "lexicons")
    options.corpus = Self.gold.appendingPathComponent("corpus")
    options.corpusDisplay = "gold/corpus"
    options.date = try Self.committedDate()
    let outcome = try AgreementJob(options: options).run()
    for (name, text) in outcome.report.files(dialect: .rfc4180) {
      let committed = try Data(contentsOf: Self.reports.appendingPathComponent(name))
      #expect(
        committed == Data(text.utf8),
        "reports/evaluation/\(name) is stale: run scripts/demo and commit the outputs")
    }
  }

  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(.enabled(if: python != nil, "python3 is not installed: scripts/gold-build --check not run"))
  func goldTablesAreBuiltFromTheMarkedCopies() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.python))
    process.arguments = [
      Fixtures.packageRoot.appendingPathComponent("scripts/gold-build").path, "--check",
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    process.waitUntilExit()
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(message)")
  }
}
