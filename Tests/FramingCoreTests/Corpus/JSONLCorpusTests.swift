import Foundation
import FramingCore
import FramingTestSupport
import Testing

@Suite struct JSONLCorpusTests {
  static func stream(_ text: String, name: String = "c.jsonl") throws -> (
    documents: [CorpusDocument], diagnostics: [Diagnostic]
  ) {
    let folder = try Fixtures.makeFolder([name: Data(text.utf8)])
    return try stream(folder.appendingPathComponent(name))
  }

  static func stream(_ url: URL) throws -> (documents: [CorpusDocument], diagnostics: [Diagnostic])
  {
    var documents: [CorpusDocument] = []
    var diagnostics: [Diagnostic] = []
    _ = try JSONLCorpus(file: url, displayRoot: "c.jsonl").stream(
      batchSize: 2, diagnostics: &diagnostics
    ) { batch, total in
      #expect(total == nil)
      documents += batch
    }
    return (documents, diagnostics)
  }

  @Test func readsFieldsAndKeepsTheRestAsMetadata() throws {
    let (documents, diagnostics) = try Self.stream(
      """
      {"id": "ts-1", "outlet": " tagesschau.de ", "date": "2024-06-19", "title": "Putin in Pjöngjang", "url": "https://x", "text": "Der Machthaber Kim.", "section": "Ausland", "words": 3, "tags": ["a", "b"]}
      {"id": 42, "outlet": "Alpenpost", "text": "Grüsse"}

      """)
    #expect(diagnostics.isEmpty)
    #expect(documents.map(\.source.id) == ["ts-1", "42"])
    let first = try #require(documents.first)
    #expect(first.source.outlet == "tagesschau.de")
    #expect(first.source.date == "2024-06-19")
    #expect(first.source.title == "Putin in Pjöngjang")
    #expect(first.source.url == "https://x")
    #expect(
      first.source.metadata.map { "\($0.name)=\($0.value)" } == [
        "section=Ausland", "tags=[\"a\",\"b\"]", "words=3",
      ])
    #expect(first.displayPath == "c.jsonl:1")
    #expect(try first.data() == Data("Der Machthaber Kim.".utf8))
    #expect(documents[1].source.date == "")
  }

  @Test func badLinesAreReportedWithTheirNumberAndSkipped() throws {
    let (documents, diagnostics) = try Self.stream(
      """
      {"id": "a", "outlet": "X", "text": "eins"}
      not json
      ["a", "list"]
      {"outlet": "X", "text": "ohne id"}
      {"id": "b", "text": "ohne outlet"}
      {"id": "c", "outlet": "X"}
      {"id": "a", "outlet": "Y", "text": "doppelt"}
      {"id": "d", "outlet": "X", "date": "19.06.2024", "text": "datum"}
      {"id": "e", "outlet": "X", "text": "zwei"}
      {"id": "f", "outlet": "X", "date": "Juni 2024", "text": "undatiert"}
      """)
    #expect(documents.map(\.source.id) == ["a", "d", "e", "f"])
    #expect(documents.map(\.source.date) == ["", "2024-06-19", "", ""])
    #expect(
      diagnostics.map(\.description) == [
        "c.jsonl:2: warning: not valid JSON (line skipped)",
        "c.jsonl:3: warning: not a JSON object (line skipped)",
        "c.jsonl:4: warning: missing 'id' (line skipped)",
        "c.jsonl:5: warning: missing 'outlet' for id 'b' (line skipped)",
        "c.jsonl:6: warning: missing 'text' (a string) for id 'c' (line skipped)",
        "c.jsonl:7: warning: duplicate id 'a' (first on line 1) (line skipped)",
        "c.jsonl:10: warning: bad date 'Juni 2024' for id 'f' (expected yyyy-mm-dd or dd.mm.yyyy); the document is kept without a date",
      ])
  }

  // python3 -c "import gzip,base64; a=gzip.compress(b'{\"id\":\"a\",\"outlet\":\"X\",\"text\":\"eins\"}\r\n',mtime=0);
  //   b=gzip.compress(b'{\"id\":\"b\",\"outlet\":\"Y\",\"text\":\"zwei\"}',mtime=0); print(base64.b64encode(a+b).decode())"
  static let twoMembers =
    "H4sIAAAAAAACA6tWykxRslJKVNJRyi8tyUktAXIigJyS1AoQMzUzr1iplpcLALsr39cnAAAAH4sIAAAAAAACA6tWykxRslJKUtJRyi8tyUktAXIigZyS1AoQs6o8NVOpFgAVotS5JQAAAA=="

  @Test func gzipIsReadWhateverTheNameAndMembersFollowEachOther() throws {
    let data = try #require(Data(base64Encoded: Self.twoMembers))
    let folder = try Fixtures.makeFolder(["c.jsonl.gz": data, "plain-name.jsonl": data])
    for name in ["c.jsonl.gz", "plain-name.jsonl"] {
      let (documents, diagnostics) = try Self.stream(folder.appendingPathComponent(name))
      #expect(diagnostics.isEmpty)
      #expect(documents.map(\.source.id) == ["a", "b"])
      #expect(
        try documents.map { String(decoding: try $0.data(), as: UTF8.self) } == ["eins", "zwei"])
    }
  }

  @Test func aTruncatedGzipFileIsAnErrorNotASilentEnd() throws {
    let data = try #require(Data(base64Encoded: Self.twoMembers)).prefix(30)
    let folder = try Fixtures.makeFolder(["c.jsonl.gz": Data(data)])
    #expect {
      _ = try Self.stream(folder.appendingPathComponent("c.jsonl.gz"))
    } throws: { error in
      "\(error)".contains("c.jsonl: error: broken gzip data: the file ends inside compressed data")
        || "\(error)".contains("error: broken gzip data: the file ends inside compressed data")
    }
  }

  @Test func linesSurviveChunkBoundariesAndCRLF() throws {
    let lines = (1...50).map { "line \($0) " + String(repeating: "ä", count: $0) }
    let folder = try Fixtures.makeFolder([
      "t.txt": Data((lines.joined(separator: "\r\n")).utf8)
    ])
    let reader = try LineReader(url: folder.appendingPathComponent("t.txt"), chunkSize: 7)
    var read: [String] = []
    while let line = try reader.next() { read.append(String(decoding: line, as: UTF8.self)) }
    #expect(read == lines)
    #expect(reader.lineNumber == 50)
  }

  @Test(arguments: ["c.jsonl", "c.jsonl.gz", "c.ndjson", "C.JSONL"])
  func jsonLinesFilesAreRecognizedByName(name: String) {
    #expect(JSONLCorpus.accepts(URL(fileURLWithPath: "/x/\(name)")))
  }

  @Test func foldersAndOtherFilesAreNot() {
    #expect(!JSONLCorpus.accepts(URL(fileURLWithPath: "/x/corpus")))
    #expect(!JSONLCorpus.accepts(URL(fileURLWithPath: "/x/c.json")))
  }
}
