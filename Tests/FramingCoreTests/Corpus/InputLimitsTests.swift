import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Memory is bounded per line and per document (issue 22: a 0.97 MB gzip bomb took 3 GB, a
/// 1.9 MB one aborted, a 50 MB line peaked at 2.8 GB).
@Suite struct InputLimitsTests {
  func file(_ data: Data, _ name: String = "corpus.jsonl") throws -> URL {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try data.write(to: url)
    return url
  }

  @Test func aLineOverTheLimitIsSkippedAndReadingGoesOn() throws {
    let url = try file(Data(("short\n" + String(repeating: "x", count: 1_000) + "\r\nafter").utf8))
    let reader = try LineReader(url: url, chunkSize: 16, maxLineBytes: 100)
    #expect(try reader.next() == Data("short".utf8))
    #expect(throws: LineReaderError.lineTooLong(limit: 100)) { try reader.next() }
    #expect(reader.lineNumber == 2)
    #expect(try reader.next() == Data("after".utf8))
    #expect(reader.lineNumber == 3)
    #expect(try reader.next() == nil)
    #expect(reader.peakBufferBytes <= 100 + 16 + 16)
  }

  @Test func aLastLineOverTheLimitIsSkippedToo() throws {
    let reader = try LineReader(
      url: try file(Data(String(repeating: "y", count: 500).utf8)), chunkSize: 64,
      maxLineBytes: 100)
    #expect(throws: LineReaderError.lineTooLong(limit: 100)) { try reader.next() }
    #expect(reader.lineNumber == 1)
    #expect(try reader.next() == nil)
  }

  @Test func aGzipBombIsStoppedByTheLineLimitNotByMemory() throws {
    // 32 MiB of zeros in one line, compressed to about 32 KB.
    let folder = try Fixtures.temporaryDirectory()
    let bomb = folder.appendingPathComponent("bomb.jsonl.gz")
    let made = try ExternalTool.run(
      "/bin/sh",
      [
        "-c",
        "{ echo '{}'; head -c 33554432 /dev/zero; echo; echo '{}'; } | gzip -c > bomb.jsonl.gz",
      ],
      in: folder)
    try #require(made.status == 0)
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: bomb.path)[.size] as? Int)
    #expect(size < 100_000)
    let reader = try LineReader(url: bomb, chunkSize: 1 << 16, maxLineBytes: 1 << 20)
    #expect(reader.isCompressed)
    #expect(try reader.next() == Data("{}".utf8))
    #expect(throws: LineReaderError.lineTooLong(limit: 1 << 20)) { try reader.next() }
    #expect(try reader.next() == Data("{}".utf8))
    #expect(try reader.next() == nil)
    // The buffer never held more than the limit and one inflated step (4 × 64 KiB).
    #expect(reader.peakBufferBytes <= (1 << 20) + 4 * (1 << 16))
  }

  @Test func theCorpusSkipsTheLineWithAMessageNamingFileAndLine() throws {
    let lines = [
      #"{"id": "a", "outlet": "X", "text": "Der Diktator."}"#,
      #"{"id": "b", "outlet": "X", "text": ""# + String(repeating: "z", count: 300) + #""}"#,
      #"{"id": "c", "outlet": "X", "text": "Der Kreml."}"#,
    ]
    var corpus = JSONLCorpus(
      file: try file(Data(lines.joined(separator: "\n").utf8)), displayRoot: "corpus.jsonl")
    corpus.limits = InputLimits(maxLineBytes: 200, maxDocumentBytes: 1_000)
    var diagnostics: [Diagnostic] = []
    var ids: [String] = []
    _ = try corpus.stream(batchSize: 10, diagnostics: &diagnostics) { batch, _ in
      ids += batch.map(\.source.id)
    }
    #expect(ids == ["a", "c"])
    #expect(
      diagnostics.map(\.description) == [
        "corpus.jsonl:2: warning: line longer than 200 bytes (FRAMING_MAX_LINE_MB raises the "
          + "limit) (line skipped)"
      ])
  }

  @Test func aDocumentOverTheLimitOrNotARegularFileIsSkipped() throws {
    let folder = try Fixtures.temporaryDirectory()
    let big = folder.appendingPathComponent("big.txt")
    try Data(repeating: 0x61, count: 2_000).write(to: big)
    let fifo = folder.appendingPathComponent("pipe.txt")
    try #require(mkfifo(fifo.path, 0o600) == 0)
    let limits = InputLimits(maxLineBytes: 1_000, maxDocumentBytes: 1_000)
    for (url, message) in [
      (
        big,
        "c/big.txt: warning: file larger than 1000 bytes (FRAMING_MAX_DOCUMENT_MB raises the limit) (document skipped)"
      ),
      (fifo, "c/pipe.txt: warning: not a regular file; not read (document skipped)"),
    ] {
      do {
        _ = try CorpusDocument.read(url, displayPath: "c/\(url.lastPathComponent)", limits: limits)
        Issue.record("read \(url.lastPathComponent)")
      } catch {
        #expect(error.diagnostics.map(\.description) == [message])
      }
    }
    #expect(
      try CorpusDocument.read(
        big, displayPath: "c/big.txt", limits: InputLimits(maxLineBytes: 1, maxDocumentBytes: 2_000)
      ).count
        == 2_000)
  }

  @Test(arguments: [
    (nil, 8 * 1_048_576), ("2", 2 * 1_048_576), ("0.5", 524_288), ("x", 8 * 1_048_576),
    ("-3", 8 * 1_048_576),
  ])
  func limitsComeFromTheEnvironmentInMegabytes(text: String?, bytes: Int) {
    #expect(InputLimits.bytes(text, default: 8) == bytes)
  }

  @Test func theDefaultsAre16MBALineAnd8MBADocument() {
    #expect(InputLimits.bytes(nil, default: InputLimits.defaultLineMegabytes) == 16 << 20)
    #expect(InputLimits.bytes(nil, default: InputLimits.defaultDocumentMegabytes) == 8 << 20)
  }
}
