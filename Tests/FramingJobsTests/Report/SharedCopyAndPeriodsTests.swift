import Foundation
import FramingCore
import FramingJobs
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
        // The paragraph has 50 words; winnowing finds its ends to within 7 words. Its four
        // matches: "staatlichen Nachrichtenagentur KCNA" (one source), "Beobachter", "Krieg
        // gegen die Ukraine", "Nordkorea".
        ["morgenblatt/2023-09-13-treffen-wostotschny.txt", "Morgenblatt Agenturdienst", "46", "4"],
        ["nordstadt-kurier/2023-09-13-kosmodrom.txt", "Nordstadt Kurier", "46", "4"],
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
    func row(_ files: [String: String], _ module: String) -> [String: String]? {
      records(files["scores.csv"] ?? "").first {
        $0["outlet"] == "Nordstadt Kurier" && $0["module"] == module
      }
    }
    let reported = { row($0, $1)?["matches_reported"] }
    let sources = { row($0, "sourcing")?["matches"] }
    let matches = records(try #require(counted["matches.csv"]))
    // Four in each copy ("staatlichen Nachrichtenagentur KCNA" is one source).
    #expect(matches.filter { $0["shared_copy"] == "true" }.count == 8)
    // Five war names in Nordstadt Kurier; two are reported speech and not counted:
    // "völkerrechtswidriger Angriffskrieg" ("nach Einschätzung westlicher Geheimdienste") and
    // "Krieg gegen die Ukraine" in the agency paragraph ("Beobachter … befürchten, dass …").
    #expect(war(counted) == "3")
    #expect(reported(counted, "war-names") == "2")
    let excluded = try Self.demo { $0.excludesSharedCopy = true }
    // The agency paragraph's reported war name is no longer Nordstadt Kurier's; nor are its two
    // sources ("staatlichen Nachrichtenagentur KCNA", "Beobachter").
    #expect(reported(excluded, "war-names") == "1")
    #expect(sources(counted) == "6")
    #expect(sources(excluded) == "4")
    let flagged = records(try #require(excluded["matches.csv"])).filter {
      $0["shared_copy"] == "true"
    }
    #expect(flagged.count == 8)
    #expect(flagged.allSatisfy { $0["status"] == "shared-copy" })
    #expect(try #require(excluded["reports/overview.md"]).contains("this run leaves them out"))
  }

  @Test func monthlyScoresAndShiftsFromMachthaberToDiktator() throws {
    let files = try Self.demo { $0.periodUnit = .month }
    let shifts = records(try #require(files["shifts.csv"]))
    let kim = try #require(
      shifts.first { $0["outlet"] == "Nordstadt Kurier" && $0["module"] == "kim-jong-un-labels" })
    #expect(kim["from_period"] == "2023-09")
    #expect(kim["from_term"] == "Machthaber")
    #expect(kim["to_period"] == "2024-06")
    #expect(kim["to_term"] == "Diktator")
    #expect(kim["to_count"] == "5")
    // Five "Diktator" of eight labels; "Zwei Autokraten" and "der Machthaber in Pjöngjang" (-1).
    #expect(kim["to_stance"] == "-1.7500")
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
        "- Nordstadt Kurier: Machthaber (2 of 2) in 2023-09 → Diktator (5 of 8) in 2024-06; stance -1.00 → -1.75"
      ))
    // Without --by, none of it.
    let plain = try Self.demo()
    #expect(plain["shifts.csv"] == nil)
    #expect(plain["reports/overview.md"]?.contains("## Over time") == false)
  }
}

/// What a large corpus changes in the outputs: every row in the CSVs, samples on the pages.
@Suite struct LargeCorpusOutputTests {
  /// 101 articles each from two outlets, every one carrying the same agency paragraph: 202
  /// shared passages and one outlet page with more documents than it lists.
  static func corpus() throws -> URL {
    let agency =
      "Nach Angaben der Nachrichtenagentur trafen sich die Delegationen am Morgen im Hafen, "
      + "sprachen über Handel, Energie und Sicherheit und vereinbarten ein weiteres Treffen im "
      + "Herbst, wie ein Sprecher des Ministeriums am Abend vor Journalisten in der Hauptstadt "
      + "bestätigte."
    var lines: [String] = []
    for outlet in ["Ostblatt", "Westblatt"] {
      for i in 0..<101 {
        let text = "\(outlet) berichtet zum \(i). Mal über den Diktator. \(agency) Ende \(i)."
        let object: [String: String] = [
          "id": "\(outlet)-\(i)", "outlet": outlet, "date": "2024-06-19", "title": "T \(i)",
          "text": text,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
      }
    }
    let folder = try Fixtures.makeFolder([
      "big.jsonl": Data((lines.joined(separator: "\n") + "\n").utf8)
    ])
    return folder.appendingPathComponent("big.jsonl")
  }

  @Test func csvsHaveEveryRowAndPagesShowSamples() throws {
    let url = try Self.corpus()
    let files = try runFixture(
      corpus: url, corpusDisplay: "big.jsonl", lexicons: Fixtures.lexicons,
      lexiconsDisplay: "lexicons")
    let shared = records(try #require(files["shared_copy.csv"]))
    #expect(shared.count == 202)
    #expect(shared.first?["document"] == "Ostblatt-0")
    #expect(shared.last?["document"] == "Westblatt-100")
    #expect(shared.allSatisfy { $0["text"]?.contains("sprachen über Handel, Energie") == true })
    #expect(records(try #require(files["documents.csv"])).count == 202)
    let overview = try #require(files["reports/overview.md"])
    #expect(overview.contains("The first 50 of 202 passages (all in `shared_copy.csv`):"))
    #expect(overview.components(separatedBy: "\n- `Ostblatt-").count - 1 == 50)
    let page = try #require(files["reports/outlets/ostblatt.md"])
    #expect(page.contains("| `Ostblatt-99` |"))
    #expect(!page.contains("`Ostblatt-100`"))
    #expect(page.contains("1 more document: see documents.csv"))
    // Every use of "Diktator" is counted; the page shows 12 passages and says how many more.
    // Each actor's module holds the shared label, so each lists the unresolved "Diktator".
    let matches = records(try #require(files["matches.csv"])).filter {
      $0["outlet"] == "Ostblatt" && $0["entry"] == "Diktator"
    }
    #expect(matches.count == 202)
    #expect(matches.filter { $0["module"] == "kim-jong-un-labels" }.count == 101)
    #expect(page.contains("89 more"))
  }
}
