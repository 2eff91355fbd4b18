import Foundation
import FramingJobs
import FramingTestSupport
import Testing

/// `--group-by FIELD` pools scores per value of any document field; `document_scores.csv`
/// gives every document × module its own scores for regression.
@Suite struct GroupAndDocumentScoresTests {
  static func corpus() throws -> URL {
    try Fixtures.makeFolder([
      "manifest.csv": Data(
        """
        file,outlet,date,title,country
        a.txt,Blatt,2024-06-19,A,DE
        b.txt,Kurier,2024-06-20,B,DE
        c.txt,Zeitung,2024-06-21,C,CH
        d.txt,Zeitung,2024-06-22,D,

        """.utf8),
      "a.txt": Data("Der Diktator Kim reist. Der Diktator Kim lächelt.\n".utf8),
      "b.txt": Data("Der Staatschef Kim reist.\n".utf8),
      "c.txt": Data("Der Staats- und Parteichef Kim reist.\n".utf8),
      "d.txt": Data("Kim reist.\n".utf8),
    ])
  }

  @Test func poolsScoresPerValueOfAManifestColumn() throws {
    let files = try runFixture(corpus: Self.corpus(), corpusDisplay: "c") {
      $0.groupBy = "country"
    }
    let rows = records(try #require(files["scores_by_group.csv"]))
      .filter { $0["module"] == "labels" }
    #expect(rows.map { $0["group"] } == ["(none)", "CH", "DE"])
    #expect(rows.map { $0["documents"] } == ["1", "1", "2"])
    #expect(rows.map { $0["matches"] } == ["0", "1", "3"])
    // DE: Diktator twice (-2) and Staatschef once (0): mean -4/3.
    #expect(rows.map { $0["stance_index"] } == ["", "1.0000", "-1.3333"])
    #expect(files["provenance.csv"]?.contains("--group-by country") == true)
    let categories = records(try #require(files["categories_by_group.csv"]))
      .filter { $0["module"] == "labels" && $0["group"] == "DE" }
    #expect(categories.map { $0["category"] } == ["delegitimizing", "neutral", "official"])
    #expect(categories.map { $0["matches"] } == ["2", "1", "0"])
  }

  @Test func writesEveryDocumentsScoresPerModule() throws {
    let files = try runFixture(corpus: Self.corpus(), corpusDisplay: "c")
    let rows = records(try #require(files["document_scores.csv"]))
      .filter { $0["module"] == "labels" }
    #expect(rows.map { $0["document"] } == ["a.txt", "b.txt", "c.txt", "d.txt"])
    #expect(rows.map { $0["matches"] } == ["2", "1", "1", "0"])
    #expect(rows.map { $0["stance_index"] } == ["-2.0000", "0.0000", "1.0000", ""])
    #expect(rows.map { $0["tokens"] } == ["8", "4", "6", "2"])
    #expect(rows.map { $0["rate_per_1000"] } == ["250.0000", "250.0000", "166.6667", "0.0000"])
  }

  @Test func groupsByAJSONLinesField() throws {
    let lines = [
      #"{"id": "a", "outlet": "Blatt", "leaning": "links", "text": "Der Diktator Kim reist."}"#,
      #"{"id": "b", "outlet": "Kurier", "leaning": "rechts", "text": "Der Staatschef Kim reist."}"#,
      #"{"id": "c", "outlet": "Zeitung", "leaning": "links", "text": "Der Diktator Kim lacht."}"#,
    ]
    let folder = try Fixtures.makeFolder(["c.jsonl": Data(lines.joined(separator: "\n").utf8)])
    let files = try runFixture(corpus: folder.appendingPathComponent("c.jsonl"), corpusDisplay: "c")
    {
      $0.groupBy = "leaning"
    }
    let rows = records(try #require(files["scores_by_group.csv"]))
      .filter { $0["module"] == "labels" }
    #expect(rows.map { $0["group"] } == ["links", "rechts"])
    #expect(rows.map { $0["documents"] } == ["2", "1"])
    #expect(rows.map { $0["stance_index"] } == ["-2.0000", "0.0000"])
  }

  @Test func aFieldNoDocumentHasIsWarnedAbout() throws {
    let files = try runFixture(corpus: Self.corpus(), corpusDisplay: "c") { $0.groupBy = "land" }
    #expect(files["diagnostics.csv"]?.contains("no document has a value in field 'land'") == true)
    let rows = records(try #require(files["scores_by_group.csv"]))
    #expect(Set(rows.map { $0["group"] ?? "" }) == ["(none)"])
  }
}
