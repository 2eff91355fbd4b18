import Foundation
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

/// The demo corpus's outputs are committed in notebooks-data/ and reports/; this fails when
/// they are stale. Regenerate with `scripts/demo`.
@Suite struct DemoOutputsTests {
  /// The committed outputs' date, so that regenerating them is byte-identical.
  static func committedDate() throws -> String {
    let provenance = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("notebooks-data/provenance.csv"),
      encoding: .utf8)
    let row = try #require(records(provenance).first { $0["key"] == "date" })
    return try #require(row["value"])
  }

  @Test func committedDemoOutputsAreUpToDate() throws {
    let date = try Self.committedDate()
    var options = ReportJob.Options(
      corpus: Fixtures.demoCorpus, corpusDisplay: "notebooks-data/corpus",
      lexicons: Fixtures.lexicons,
      lexiconsDisplay: "lexicons",
      csvDirectory: Fixtures.packageRoot.appendingPathComponent("notebooks-data"),
      reportDirectory: Fixtures.packageRoot.appendingPathComponent("reports"))
    options.date = date
    options.formats = [.markdown, .html]
    options.periodUnit = .month
    options.groupBy = "section"
    let outcome = try ReportJob(options: options).compute()
    #expect(outcome.output.files.count >= 12)
    for (url, data) in outcome.output.files {
      let committed = try? Data(contentsOf: url)
      #expect(committed == data, "\(url.path) is stale: run scripts/demo and commit the outputs")
    }
    let pages = try FileManager.default.contentsOfDirectory(
      atPath: Fixtures.packageRoot.appendingPathComponent("reports/outlets").path)
    let expected = outcome.output.files.filter {
      $0.url.deletingLastPathComponent().lastPathComponent == "outlets"
    }
    .map(\.url.lastPathComponent)
    // No page of an outlet that is no longer in the demo corpus is left behind.
    #expect(pages.filter { $0.hasSuffix(".md") }.sorted() == expected.sorted())
  }
}
