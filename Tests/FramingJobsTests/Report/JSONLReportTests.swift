import Foundation
import FramingReports
import FramingTestSupport
import Testing

/// The demo corpus as JSON Lines, plain and gzip-compressed, gives the same counts and scores
/// as the folder it was made from.
@Suite struct JSONLReportTests {
  /// The demo corpus as JSON Lines: one object per manifest row, text decoded as the folder
  /// reader decodes it.
  static func demoAsJSONLines() throws -> String {
    let manifest = try String(
      contentsOf: Fixtures.demoCorpus.appendingPathComponent("manifest.csv"), encoding: .utf8)
    var lines: [String] = []
    for row in records(manifest) {
      let file = try #require(row["file"])
      let data = try Data(contentsOf: Fixtures.demoCorpus.appendingPathComponent(file))
      var text = String(data: data, encoding: .utf8) ?? String(decoding: data, as: UTF8.self)
      if String(data: data, encoding: .utf8) == nil {
        text = try #require(String(data: data, encoding: .windowsCP1252))
      }
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      let object: [String: String] = [
        "id": file, "outlet": row["outlet"] ?? "", "date": row["date"] ?? "",
        "title": row["title"] ?? "", "url": row["url"] ?? "", "section": row["section"] ?? "",
        "text": text,
      ]
      let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      lines.append(String(decoding: json, as: UTF8.self))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func jsonLinesGiveTheFolderCountsAndScores() throws {
    let folder = try Fixtures.makeFolder(["demo.jsonl": Data(try Self.demoAsJSONLines().utf8)])
    let jsonl = folder.appendingPathComponent("demo.jsonl")
    var candidates = [jsonl]
    if let gzip = ExternalTool.find("gzip") {
      try ExternalTool.run(gzip, ["-k", "-n", jsonl.path])
      candidates.append(folder.appendingPathComponent("demo.jsonl.gz"))
    }
    let reference = try runFixture(
      corpus: Fixtures.demoCorpus, corpusDisplay: "notebooks-data/corpus",
      lexicons: Fixtures.lexicons, lexiconsDisplay: "lexicons")
    for url in candidates {
      let files = try runFixture(
        corpus: url, corpusDisplay: url.lastPathComponent, lexicons: Fixtures.lexicons,
        lexiconsDisplay: "lexicons")
      for name in ["scores.csv", "categories.csv", "tests.csv"] {
        #expect(files[name] == reference[name], "\(url.lastPathComponent): \(name)")
      }
      // The same counts; rows come in document order, which is line order here and id order
      // in a folder.
      let rows = { (files: [String: String]) in
        files["counts.csv"]?.split(separator: "\r\n").sorted()
      }
      #expect(rows(files) == rows(reference), "\(url.lastPathComponent): counts.csv")
      // Same passages; a JSON Lines corpus keeps its line order, a folder sorts by id.
      let shared = { (files: [String: String]) in
        files["shared_copy.csv"]?.split(separator: "\r\n").sorted()
      }
      #expect(shared(files) == shared(reference))
      #expect(shared(files)?.count == 3)
      let documents = records(try #require(files["documents.csv"]))
      #expect(documents.count == 11)
      #expect(documents.first?["metadata"] == "section=Politik")
    }
    #expect(candidates.count == 2, "gzip not found: the .jsonl.gz case was not run")
  }
}
