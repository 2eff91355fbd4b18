import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

@Suite struct ReportJobTests {
  @Test func writesTheExpectedCSVsAndReports() throws {
    let files = try runFixture()
    #expect(
      files.keys.sorted() == [
        "DATA_DICTIONARY.md", "ca_coordinates.csv", "categories.csv", "counts.csv",
        "datapackage.json", "diagnostics.csv", "document_scores.csv",
        "documents.csv", "intervals.csv", "matches.csv", "provenance.csv", "removed.csv",
        "reports/figures/labels-shares.svg",
        "reports/figures/labels-stance.svg", "reports/figures/war-shares.svg",
        "reports/figures/war-stance.svg", "reports/outlets/testblatt.md",
        "reports/outlets/testkurier.md",
        "reports/overview.md", "scores.csv", "shared_copy.csv", "specificities.csv", "tests.csv",
      ])
  }

  @Test func countsPerDocumentEntryAndVoice() throws {
    let files = try runFixture()
    let rows = parseCSV(try #require(files["counts.csv"]))
    let expected: [[String]] = [
      ["outlet", "document", "module", "target", "category", "entry", "voice", "status", "count"],
      [
        "Testblatt", "blatt-1.txt", "labels", "Kim Jong Un", "neutral", "Staatschef", "author",
        "counted", "1",
      ],
      [
        "Testblatt", "blatt-1.txt", "labels", "Kim Jong Un", "official", "Staats- und Parteichef",
        "author", "counted", "1",
      ],
      [
        "Testblatt", "blatt-1.txt", "war", "", "kremlin", "militärische Spezialoperation", "quote",
        "counted", "1",
      ],
      // No person is named in blatt-2: its "der Staatschef" refers to no one known.
      [
        "Testblatt", "blatt-2.txt", "labels", "", "neutral", "Staatschef", "author", "not-target",
        "1",
      ],
      [
        "Testkurier", "kurier-1.txt", "labels", "Kim Jong Un", "delegitimizing", "Diktator",
        "author", "counted", "3",
      ],
      // The spokesman's "Staatschef" stands more than three sentences after the last name; Kim
      // is the only person the article names, so it is his (rule `salience`).
      [
        "Testkurier", "kurier-1.txt", "labels", "Kim Jong Un", "neutral", "Staatschef", "quote",
        "counted", "1",
      ],
      [
        "Testkurier", "kurier-1.txt", "war", "", "condemning", "Angriffskrieg", "author", "counted",
        "1",
      ],
    ]
    #expect(rows == expected)
  }

  @Test func scoresListEveryOutletAndModuleWithStance() throws {
    let scores = records(try #require(try runFixture()["scores.csv"]))
    let war = try #require(scores.first { $0["outlet"] == "Testblatt" && $0["module"] == "war" })
    // The war is named only inside the block quote: 0 in author voice, shown explicitly.
    #expect(war["matches"] == "0")
    #expect(war["matches_quote"] == "1")
    #expect(war["stance_index"] == "")
    let labels = try #require(
      scores.first { $0["outlet"] == "Testkurier" && $0["module"] == "labels" })
    #expect(labels["matches"] == "3")
    #expect(labels["stance_index"] == "-2.0000")
    #expect(labels["matches_not_target"] == "0")
    // Rate of the same voice: 3 author-voice labels per 22 author-voice tokens (27 in all).
    #expect(labels["voice_tokens"] == "22")
    #expect(labels["rate_per_1000"] == "136.3636")
    // One article is no sample: the estimate is written, the interval said not computed (the old
    // t interval over its matches drew one of width 0 here, and [−5.85, 6.85] for Testblatt,
    // beyond the −2…2 scale).
    #expect(labels["documents_with_matches"] == "1")
    #expect(labels["stance_lower"] == "" && labels["stance_upper"] == "")
    #expect(labels["rate_lower"] == "" && labels["rate_upper"] == "")
    #expect(labels["flag"] == "too-few-documents")
    #expect(labels["note"] == "not computed: 1 document (fewer than 5)")
    let blatt = try #require(
      scores.first { $0["outlet"] == "Testblatt" && $0["module"] == "labels" })
    #expect(blatt["stance_index"] == "0.5000")
    #expect(blatt["stance_lower"] == "")
    #expect(blatt["flag"] == "too-few-documents")
    #expect(blatt["matches_not_target"] == "1")
  }

  @Test func listsSkippedDocumentsAndDecodingWarnings() throws {
    let files = try runFixture()
    let diagnostics = parseCSV(try #require(files["diagnostics.csv"])).dropFirst().map {
      $0.joined(separator: "|")
    }
    #expect(
      diagnostics == [
        "warning|Tests/Fixtures/corpus-small/blatt-2.txt|1||not valid UTF-8; decoded as Windows-1252|",
        "warning|Tests/Fixtures/corpus-small/manifest.csv|5||file 'fehlt.txt' not found in the corpus folder|document",
      ])
    #expect(
      try #require(files["reports/overview.md"]).contains(
        "`Tests/Fixtures/corpus-small/manifest.csv:5`: file 'fehlt.txt' not found in the corpus folder (document skipped)"
      ))
  }

  @Test func listsEverythingCleaningRemoved() throws {
    let removed = records(try #require(try runFixture()["removed.csv"]))
    #expect(
      removed.map {
        "\($0["document"] ?? "")|\($0["line"] ?? "")|\($0["reason"] ?? "")|\($0["text"] ?? "")"
      } == [
        "kurier-1.txt|3|reading-time|Lesezeit 2 Minuten",
        "kurier-1.txt|9|duplicate-paragraph|Bildtext: Der Diktator lächelt.",
      ])
  }

  @Test func neutralizesFormulaCellsButNotNumbers() throws {
    let documents = try #require(try runFixture()["documents.csv"])
    #expect(documents.contains(",'=2+2 Zweiter Tag,"))
    let scores = try #require(try runFixture()["scores.csv"])
    #expect(scores.contains(",-2.0000,"))
    #expect(!scores.contains("'-"))
  }

  @Test func outputIsIdenticalWhateverTheNumberOfWorkers() throws {
    #expect(try runFixture(jobs: 1) == runFixture(jobs: 3))
  }

  @Test func strictModeFailsOnWarnings() {
    #expect(throws: ReportJob.Failure.self) { try runFixture { $0.isStrict = true } }
  }

  @Test func voiceOptionSelectsQuotes() throws {
    let scores = records(try #require(try runFixture { $0.voice = .quote }["scores.csv"]))
    let war = try #require(scores.first { $0["outlet"] == "Testblatt" && $0["module"] == "war" })
    #expect(war["voice"] == "quote")
    #expect(war["matches"] == "1")
    #expect(war["stance_index"] == "2.0000")
  }

  @Test(arguments: [
    "overview.md", "outlets/testblatt.md", "outlets/testkurier.md", "figures/labels-stance.svg",
    "figures/labels-shares.svg",
  ])
  func markdownMatchesSnapshot(name: String) throws {
    let files = try runFixture()
    try assertSnapshot(
      try #require(files["reports/\(name)"]), named: name.replacingOccurrences(of: "/", with: "-"))
  }

  @Test(arguments: [
    "matches.csv", "scores.csv", "categories.csv", "documents.csv", "DATA_DICTIONARY.md",
    "tests.csv",
    "intervals.csv", "ca_coordinates.csv",
  ])
  func csvMatchesSnapshot(name: String) throws {
    try assertSnapshot(try #require(try runFixture()[name]), named: name)
  }
}

@Suite struct ReportStatisticsTests {
  @Test func testsAreAdjustedTogetherAndNeverNaN() throws {
    let files = try runFixture()
    let tests = records(try #require(files["tests.csv"]))
    #expect(!tests.isEmpty)
    for row in tests {
      #expect(
        !(row.values.contains { $0.lowercased().contains("nan") || $0.lowercased().contains("inf") })
      )
      if row["method"] == "not computed" {
        #expect(row["p_value"] == "")
        #expect(row["note"] != "")
      } else {
        #expect(row["p_adjusted"] != "")
        #expect(row["p_holm"] != "")
      }
    }
  }

  @Test func everyShareHasBothIntervals() throws {
    let intervals = records(try #require(try runFixture()["intervals.csv"]))
    let shares = intervals.filter {
      $0["statistic"] == "share" && $0["outlet"] == "Testkurier" && $0["module"] == "labels"
    }
    #expect(
      shares.map { $0["method"] ?? "" }.sorted() == [
        "clopper-pearson", "clopper-pearson", "clopper-pearson", "wilson", "wilson", "wilson",
      ])
    // Diktator 3 of 3 counted labels, all in one article: the share is written, its interval is
    // not (ProportionIntervalTests pins Wilson's and Clopper–Pearson's bounds).
    let wilson = try #require(
      shares.first { $0["category"] == "delegitimizing" && $0["method"] == "wilson" })
    #expect(wilson["estimate"] == "1.000000")
    #expect(wilson["lower"] == "" && wilson["upper"] == "")
    #expect(wilson["n"] == "3" && wilson["documents"] == "1")
    #expect(wilson["flag"] == "too-few-documents")
    #expect(wilson["note"] == "not computed: 1 document (fewer than 5)")
  }

  @Test func statisticsAreIdenticalWhateverTheNumberOfWorkers() throws {
    let one = try runFixture(jobs: 1)
    let three = try runFixture(jobs: 3)
    for name in ["tests.csv", "intervals.csv", "specificities.csv", "ca_coordinates.csv"] {
      #expect(one[name] == three[name])
    }
  }

  @Test func specificitiesCoverEntriesAndWordsUsedFiveTimes() throws {
    let rows = records(try #require(try runFixture()["specificities.csv"]))
    #expect(
      rows.contains {
        $0["kind"] == "entry" && $0["term"] == "Diktator" && $0["outlet"] == "Testkurier"
      })
    // Words used fewer than 5 times in the corpus ("lächelt", "freundschaft") are left out; of
    // the fixture's words only "der" reaches 5.
    let words = Set(rows.filter { $0["kind"] == "word" }.map { $0["term"] ?? "" })
    #expect(words == ["der"])
    #expect(rows.allSatisfy { $0["p_value"] != "" && $0["p_adjusted"] != "" })
  }
}
