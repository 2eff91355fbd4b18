import Foundation
import FramingCore
import FramingTestSupport
import Testing

@testable import FramingReports
@testable import FramingStatistics

/// The grid and the caveats the overview opens with, on `SummaryCorpus` (values checked by hand
/// against its counts.csv: Anzeiger 61 author-voice tokens, 2 counted labels → 32.79 per 1,000,
/// stance (−2 + 0) / 2 = −1.00, and a bootstrap over its two documents, all four resamples
/// enumerated: −2, −1, −1, 0, whose 2.5 and 97.5 percentiles (numpy's linear interpolation)
/// are −1.925 and −0.075). The run uses `--min-documents 2`.
@Suite struct ReportModelSummaryTests {
  @Test func gridCellsCarryStanceIntervalRateAndDocuments() throws {
    let overview = try #require(try SummaryCorpus.run()["reports/overview.md"])
    let lines = overview.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = try #require(
      lines.firstIndex(of: "| outlet | Labels for the leader | Names for the war | The West |"))
    #expect(
      Array(lines[header...(header + 6)]) == [
        "| outlet | Labels for the leader | Names for the war | The West |",
        "|---|---|---|---|",
        "| [Anzeiger](outlets/anzeiger.md) | -1.00 [-1.92, -0.08] · 32.79 · 2 of 2 | -2.00 n.c.¹ · 16.39 · 1 of 2 | 0.00 n.c.¹ · 16.39 · 1 of 2 |",
        "| [Bote](outlets/bote.md) | 1.00 n.c.¹ · 76.92 · 1 of 1 | – · 0.00 · 0 of 1 | – · 0.00 · 0 of 1 |",
        "| [Chronik](outlets/chronik.md) | 0.00 n.c.¹ · 20.00 · 1 of 1 | – · 0.00 · 0 of 1 | 0.00 n.c.¹ · 20.00 · 1 of 1 |",
        "| [Dorfblatt](outlets/dorfblatt.md) | – · 0.00 · 0 of 1 | – · 0.00 · 0 of 1 | – · 0.00 · 0 of 1 |",
        "",
      ])
    // One footnote per reason, never a zero-width interval from one document.
    #expect(
      lines[header + 7]
        == "¹ not computed: 1 document (fewer than 2)  "
    )
    #expect(!overview.contains("[1.00, 1.00]"))
  }

  @Test func theHTMLGridShowsTheSameValuesWithTheirUnits() throws {
    let html = try #require(try SummaryCorpus.run()["reports/report.html"])
    #expect(
      html.contains(
        "<span class=\"value\"><span class=\"stance\">-1.00</span> [-1.92, -0.08]</span><br><span class=\"sub\">32.79 per 1,000<br>2 of 2 docs</span>"
      ))
    #expect(
      html.contains(
        "<a href=\"#outlet-anzeiger\">Anzeiger</a><br><span class=\"sub\">2 documents</span>"))
    #expect(
      html.contains(
        "<td class=\"unused\">–<br><span class=\"sub\">0.00 per 1,000<br>0 of 1 docs</span></td>"))
  }

  @Test func theOverviewOpensWithGridProfilesAndCaveats() throws {
    let overview = try #require(try SummaryCorpus.run()["reports/overview.md"])
    let order = [
      "## Summary", "| outlet | Labels", "### Profiles", "### Caveats", "## Outlets", "## Methods",
    ]
    let positions = try order.map { try #require(overview.range(of: $0)?.lowerBound) }
    #expect(positions == positions.sorted())
  }

  @Test func caveatsAreComputedFromTheData() throws {
    let overview = try #require(try SummaryCorpus.run()["reports/overview.md"])
    let caveats = overview.components(separatedBy: "### Caveats\n\n")[1]
      .components(separatedBy: "\n\n")[0].split(separator: "\n").map(String.init)
    #expect(
      caveats == [
        "- **Few documents.** 3 of 4 outlets have fewer than 2 documents (Bote 1, Chronik 1 and Dorfblatt 1, \\`--min-documents 2\\`): the numbers describe these articles, not the outlet's coverage; intervals and tests are not computed for them.",
        "- **One document.** Bote, Chronik and Dorfblatt have a single article each: the grid gives no interval for them (n.c.), and their profiles are that article's.",
        "- **No test.** Labels for the leader: not computed: fewer than two outlets with 2 or more documents with matches (Bote (1), Chronik (1)); Names for the war: not computed: fewer than two outlets with 2 or more documents with matches (Anzeiger (1)); The West: not computed: fewer than two outlets with 2 or more documents with matches (Anzeiger (1), Chronik (1)).",
        "- **Shared copy.** 1 of Anzeiger's 4 matches and 1 of Chronik's 2 matches stand in passages that another outlet prints word for word (agency copy, see \"Shared agency copy\"): this run counts them as the outlet's own; --exclude-shared-copy leaves them out.",
      ])
  }

  @Test func caveatsSayWhenSharedCopyIsLeftOut() throws {
    let files = try runFixture(
      corpus: try SummaryCorpus.folder(), lexicons: try SummaryCorpus.lexicons()
    ) { $0.excludesSharedCopy = true }
    let overview = try #require(files["reports/overview.md"])
    #expect(
      overview.contains(
        "stand in passages that another outlet prints word for word (agency copy, see \"Shared agency copy\"): this run leaves them out of the scores (--exclude-shared-copy)."
      ))
  }

  @Test func anIntervalThatWasNotComputedKeepsItsReason() {
    func row(_ lower: Double?, _ upper: Double?, note: String) -> StatisticsReport.IntervalRow {
      StatisticsReport.IntervalRow(
        outlet: "A", module: "m", category: "", statistic: "stance", estimate: -1,
        method: "bootstrap", lower: lower, upper: upper, n: 4, note: note)
    }
    typealias B = ReportModel.Builder
    #expect(
      B.gridInterval(row(-2, 0, note: ""), documentsUsing: 2) == .computed(lower: -2, upper: 0))
    #expect(
      B.gridInterval(row(nil, nil, note: "not computed: 3 documents"), documentsUsing: 3)
        == .notComputed(reason: "not computed: 3 documents"))
    #expect(
      B.gridInterval(row(nil, nil, note: "no matches in most resamples"), documentsUsing: 2)
        == .notComputed(reason: "not computed: no matches in most resamples"))
    #expect(
      B.gridInterval(nil, documentsUsing: 2)
        == .notComputed(reason: "not computed: no document interval for this outlet"))
    // A bootstrap over one document: an exact-looking interval, not shown.
    #expect(
      B.gridInterval(row(-1, -1, note: ""), documentsUsing: 1)
        == .notComputed(
          reason:
            "not computed: 1 document (resampling one document gives no spread, so an interval would look exact)"
        ))
  }

  @Test func footnoteMarksAreSuperscriptNumbers() {
    #expect(ReportModel.Builder.superscript(1) == "¹")
    #expect(ReportModel.Builder.superscript(12) == "¹²")
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    let first = try SummaryCorpus.run()
    let second = try SummaryCorpus.run()
    #expect(first["reports/overview.md"] == second["reports/overview.md"])
    #expect(first["reports/report.html"] == second["reports/report.html"])
  }
}
