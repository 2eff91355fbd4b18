import Foundation
import FramingCore
import FramingReports
import FramingTestSupport
import Testing

/// Shared agency copy and `--by` on the demo corpus, whose 2023 articles of Nordstadt Kurier and
/// Morgenblatt Agenturdienst share a three-sentence agency paragraph.
@Suite struct SharedCopyAndPeriodsTests {
  static func demo(_ configure: (inout ReportJob.Options) -> Void = { _ in }) throws
    -> [String: String]
  {
    try runFixture(
      corpus: Fixtures.demoCorpus, corpusDisplay: "notebooks-data/corpus",
      lexicons: Fixtures.lexicons, lexiconsDisplay: "lexicons", configure: configure)
  }

  @Test func theAgencyParagraphIsFoundInBothOutletsWithExactOffsets() throws {
    let rows = records(try #require(try Self.demo()["shared_copy.csv"]))
    #expect(
      rows.map { [$0["document"], $0["outlet"], $0["words"], $0["matches"]] } == [
        // The paragraph has 50 words; winnowing finds its ends to within 7 words.
        ["morgenblatt/2023-09-13-treffen-wostotschny.txt", "Morgenblatt Agenturdienst", "46", "5"],
        ["nordstadt-kurier/2023-09-13-kosmodrom.txt", "Nordstadt Kurier", "46", "5"],
      ])
    for row in rows {
      let file = Fixtures.demoCorpus.appendingPathComponent(try #require(row["document"]))
      let text = Array(try String(contentsOf: file, encoding: .utf8).unicodeScalars)
      let start = try #require(Int(row["start"] ?? ""))
      let end = try #require(Int(row["end"] ?? ""))
      var view = String.UnicodeScalarView()
      view.append(contentsOf: text[start..<end])
      #expect(String(view) == row["text"])
      #expect(String(view).hasPrefix("Nach Angaben der staatlichen Nachrichtenagentur KCNA"))
      #expect(String(view).hasSuffix("und im Gegenzug Hilfe"))
    }
  }

  @Test func matchesInSharedCopyAreFlaggedAndCanBeLeftOut() throws {
    let counted = try Self.demo()
    let war = { (files: [String: String]) in
      records(files["scores.csv"] ?? "").first {
        $0["outlet"] == "Nordstadt Kurier" && $0["module"] == "war-names"
      }?["matches"]
    }
    let matches = records(try #require(counted["matches.csv"]))
    #expect(matches.filter { $0["shared_copy"] == "true" }.count == 10)
    #expect(war(counted) == "5")
    let excluded = try Self.demo { $0.excludesSharedCopy = true }
    // "Krieg gegen die Ukraine" in the agency paragraph is no longer Nordstadt Kurier's.
    #expect(war(excluded) == "4")
    let flagged = records(try #require(excluded["matches.csv"])).filter {
      $0["shared_copy"] == "true"
    }
    #expect(flagged.count == 10)
    #expect(flagged.allSatisfy { $0["status"] == "shared-copy" })
    #expect(try #require(excluded["reports/overview.md"]).contains("this run leaves them out"))
  }

  @Test func monthlyScoresAndShiftsFromMachthaberToDiktator() throws {
    let files = try Self.demo { $0.periodUnit = .month }
    let shifts = records(try #require(files["shifts.csv"]))
    let kim = try #require(
      shifts.first { $0["outlet"] == "Nordstadt Kurier" && $0["module"] == "kim-labels" })
    #expect(kim["from_period"] == "2023-09")
    #expect(kim["from_term"] == "Machthaber")
    #expect(kim["to_period"] == "2024-06")
    #expect(kim["to_term"] == "Diktator")
    #expect(kim["to_count"] == "5")
    #expect(kim["to_stance"] == "-2.000")
    let scores = records(try #require(files["scores_by_period.csv"]))
    // Five outlets in 2024-06, three in 2023-09, seven modules each.
    #expect(scores.count == (5 + 3) * 7)
    #expect(scores.first?["outlet"] == "Alpenpost")
    #expect(scores.first?["period"] == "2024-06")
    let categories = try #require(files["categories_by_period.csv"])
    #expect(categories.hasPrefix("outlet,period,module,category,"))
    let overview = try #require(files["reports/overview.md"])
    #expect(overview.contains("## Over time (by month)"))
    #expect(
      overview.contains(
        "- Nordstadt Kurier: Machthaber (1 of 1) in 2023-09 → Diktator (5 of 6) in 2024-06; stance -1.00 → -2.00"
      ))
    // Without --by, none of it.
    let plain = try Self.demo()
    #expect(plain["shifts.csv"] == nil)
    #expect(plain["reports/overview.md"]?.contains("## Over time") == false)
  }
}
