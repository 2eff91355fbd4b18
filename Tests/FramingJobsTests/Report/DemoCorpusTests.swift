import Foundation
import FramingReports
import FramingTestSupport
import Testing

/// The demo corpus exercises every part of the pipeline; these are the findings it was written
/// to produce (see notebooks-data/corpus/README.md).
@Suite struct DemoCorpusTests {
  static func files() throws -> [String: String] {
    try runFixture(
      corpus: Fixtures.demoCorpus, corpusDisplay: "notebooks-data/corpus",
      lexicons: Fixtures.lexicons,
      lexiconsDisplay: "lexicons")
  }

  static func count(
    _ rows: [[String: String]], _ document: String, _ entry: String, _ voice: String,
    status: String = "counted"
  ) -> Int {
    rows.filter {
      ($0["document"] ?? "").hasPrefix(document) && $0["entry"] == entry && $0["voice"] == voice
        && $0["status"] == status
    }
    .reduce(0) { $0 + (Int($1["count"] ?? "") ?? 0) }
  }

  @Test func eachFeatureProducesItsFinding() throws {
    let files = try Self.files()
    let counts = records(try #require(files["counts.csv"]))
    // Caption printed twice counts once: 4 in the first article, 1 in the hard-wrapped second.
    #expect(Self.count(counts, "nordstadt-kurier/2024-06-19", "Diktator", "author") == 4)
    #expect(Self.count(counts, "nordstadt-kurier/2024-06-20", "Diktator", "author") == 1)
    // Hard wraps: "Angriffskrieg gegen die Ukraine" spans no line break, "Raketen- und Atomtechnik" does not break matching.
    #expect(Self.count(counts, "nordstadt-kurier/2024-06-20", "Angriffskrieg", "author") == 1)
    // CRLF article: the block quote after "heißt es:" is quote voice; the list after a colon is not.
    #expect(
      Self.count(counts, "morgenblatt/2024-06-19", "militärische Spezialoperation", "quote") == 1)
    #expect(
      Self.count(counts, "morgenblatt/2024-06-19", "militärische Spezialoperation", "author") == 0)
    #expect(
      Self.count(counts, "morgenblatt/2024-06-19", "Demokratische Volksrepublik Korea", "quote")
        == 1)
    // Windows-1252 article: umlauts and „…“ survive; the war is never named. Its reported
    // "Staats- und Parteichef" stands five sentences after the last "Kim": beyond the window.
    #expect(
      Self.count(
        counts, "volksstimme/2024-06-21", "Staats- und Parteichef", "reported", status: "not-target"
      ) == 1)
    #expect(
      counts.filter {
        ($0["document"] ?? "").hasPrefix("volksstimme/2024-06-21") && $0["module"] == "war-names"
      }.isEmpty)
    // Swiss spelling, byte-order mark, hyphenated Kreml-Chef.
    #expect(Self.count(counts, "alpenpost/", "Kremlchef", "author") == 2)
    // Distancing markers, and »…« / „…‚…‘…“ quotes.
    #expect(Self.count(counts, "rheinische-rundschau/", "sogenannt", "author") == 1)
    #expect(
      Self.count(counts, "rheinische-rundschau/", "sogenannt", "author", status: "distanced") == 1)
    #expect(Self.count(counts, "rheinische-rundschau/", "angeblich", "author") == 1)
    #expect(Self.count(counts, "rheinische-rundschau/", "vermeintlich", "author") == 1)
    // In scare quotes: the outlet's own use of the term, kept at a distance.
    #expect(
      Self.count(
        counts, "rheinische-rundschau/", "kollektiver Westen", "author", status: "distanced") == 1)
    #expect(
      Self.count(counts, "rheinische-rundschau/", "Spezialoperation", "author", status: "distanced")
        == 1)
  }

  @Test func targetMentionsIncludeTyposAndNoBreakSpaces() throws {
    let scores = records(try #require(try Self.files()["scores.csv"]))
    func mentions(_ outlet: String) -> String? {
      scores.first { $0["outlet"] == outlet && $0["module"] == "kim-jong-un-labels" }?[
        "target_mentions"]
    }
    // Alpenpost: "Kim Jung Un" and "Kim Jong-un"; Rheinische Rundschau: "Kim Jong Un" with no-break spaces, and "Kim".
    #expect(mentions("Alpenpost") == "2")
    #expect(mentions("Rheinische Rundschau") == "2")
  }

  @Test func stanceOnKimSeparatesTheOutlets() throws {
    let scores = records(try #require(try Self.files()["scores.csv"]))
    let kim = scores.filter { $0["module"] == "kim-jong-un-labels" }
    let stance = Dictionary(
      uniqueKeysWithValues: kim.map { ($0["outlet"] ?? "", $0["stance_index"] ?? "") })
    // Nordstadt Kurier: six labels of weight -2 in 2024, "Machthaber" (-1) three times ("der
    // Machthaber aus Pjöngjang", "in Pjöngjang": the place names him) and "Zwei Autokraten"
    // (-1, plural, Kim and Putin): -16/10.
    #expect(stance["Nordstadt Kurier"] == "-1.6000")
    // Volksstimme Aktuell: 2 + 1 + 1 + 1 in 2024 and "Genosse" (2) twice in 2023: 9/6.
    #expect(stance["Volksstimme Aktuell"] == "1.5000")
  }

  @Test func windows1252ArticleIsReportedNotLost() throws {
    let files = try Self.files()
    let documents = records(try #require(files["documents.csv"]))
    let kultur = try #require(
      documents.first { ($0["document"] ?? "").hasPrefix("volksstimme/2024-06-21") })
    #expect(kultur["encoding"] == "Windows-1252")
    #expect(kultur["included"] == "true")
    #expect(
      try #require(files["diagnostics.csv"]).contains(
        "volksstimme/2024-06-21-kultur.txt,1,,not valid UTF-8; decoded as Windows-1252"))
  }
}
