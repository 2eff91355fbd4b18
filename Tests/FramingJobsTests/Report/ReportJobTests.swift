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
    #expect(labels["stance_lower"] == "-2.0000")
    #expect(labels["matches_not_target"] == "0")
    let blatt = try #require(
      scores.first { $0["outlet"] == "Testblatt" && $0["module"] == "labels" })
    // Weights 0 and 1: python3 -c "import scipy.stats as st, numpy as np; a=np.array([0,1.]);
    //   print(st.t.interval(0.95, 1, loc=a.mean(), scale=st.sem(a)))" → (-5.853102368087347, 6.853102368087347)
    #expect(blatt["stance_index"] == "0.5000")
    #expect(blatt["stance_lower"] == "-5.8531")
    #expect(blatt["stance_upper"] == "6.8531")
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
    // Diktator 3 of 3 counted labels: python3 -c "import scipy.stats as st;
    //   print(st.binomtest(3,3).proportion_ci(0.95,"wilson"))" → (0.4385029682449546, 1.0)
    let wilson = try #require(
      shares.first { $0["category"] == "delegitimizing" && $0["method"] == "wilson" })
    #expect(wilson["estimate"] == "1.000000")
    #expect(wilson["lower"] == "0.438503")
    #expect(wilson["upper"] == "1.000000")
  }

  @Test func statisticsAreIdenticalWhateverTheNumberOfWorkers() throws {
    let one = try runFixture(jobs: 1)
    let three = try runFixture(jobs: 3)
    for name in ["tests.csv", "intervals.csv", "specificities.csv", "ca_coordinates.csv"] {
      #expect(one[name] == three[name])
    }
  }

  @Test func specificitiesCoverEntriesAndEveryWord() throws {
    let rows = records(try #require(try runFixture()["specificities.csv"]))
    #expect(
      rows.contains {
        $0["kind"] == "entry" && $0["term"] == "Diktator" && $0["outlet"] == "Testkurier"
      })
    // Every word form of the corpus appears, down to single uses: no frequency cut-off.
    let words = Set(rows.filter { $0["kind"] == "word" }.map { $0["term"] ?? "" })
    #expect(words.contains("lächelt"))
    #expect(words.contains("freundschaft"))
  }
}
