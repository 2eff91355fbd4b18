import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Broken, hostile and huge input: each case ends in a message naming file and line, or a
/// warning with what was skipped; never a crash, never a silent loss. Inputs are made in
/// temporary folders.
@Suite struct BadInputTests {
  /// A fresh analyzer each time: analyzers hold a stemmer and are not shared between tests.
  func analyze(_ data: Data, path: String = "c/Kurier/a.txt") throws -> DocumentResult {
    try PipelineProbe(modules: [PipelineProbe.module(entries: [("Diktator", nil)])]).analyzer
      .analyze(
        DocumentSource(id: "a.txt", outlet: "Kurier"), data: data, displayPath: path)
  }

  @Test func invalidUTF8IsReadAsWindows1252WithFileAndLine() throws {
    let data =
      Data("Erste Zeile.\nDer Diktator sprach \u{201E}".utf8) + Data([0xFC, 0x62, 0x65, 0x72])
    let result = try analyze(data)
    #expect(result.isIncluded)
    #expect(result.matches.map(\.text) == ["Diktator"])
    #expect(
      result.diagnostics.filter { $0.severity >= .warning }.map(\.description) == [
        "c/Kurier/a.txt:2: warning: not valid UTF-8; decoded as Windows-1252"
      ])
  }

  @Test(arguments: [true, false])
  func utf16WithoutByteOrderMarkIsReadAndSaysSo(littleEndian: Bool) throws {
    let text = "Der Diktator sprach lange über die Lage im Land."
    let bytes = TextDecodingTests.utf16(text, littleEndian: littleEndian)
    let result = try analyze(Data(bytes))
    #expect(result.encoding == .utf16)
    #expect(result.matches.map(\.text) == ["Diktator"])
    #expect(result.matches.map(\.start) == [4])
    #expect(
      result.diagnostics.map(\.description) == [
        "c/Kurier/a.txt: warning: no byte-order mark; read as UTF-16\(littleEndian ? "LE" : "BE") (recognized by its NUL bytes)"
      ])
  }

  @Test func nulBytesAreReadAsSpacesKeepingOffsets() throws {
    let text = "Zeile eins.\nDer\0Diktator sprach lange über die Lage im Land und\0die Wirtschaft."
    let result = try analyze(Data(text.utf8))
    #expect(result.matches.map(\.text) == ["Diktator"])
    #expect(result.matches.map(\.start) == [16])
    #expect(
      result.diagnostics.map(\.description) == [
        "c/Kurier/a.txt:2: warning: 2 NUL bytes in the text, read as spaces"
      ])
  }

  @Test func binaryFileIsSkippedWithAWarningNotDecoded() throws {
    let png = Data(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x00, count: 64))
    let result = try analyze(png, path: "c/Kurier/bild.txt")
    #expect(!result.isIncluded)
    #expect(result.matches.isEmpty)
    #expect(
      result.diagnostics.map(\.description) == [
        "c/Kurier/bild.txt: warning: binary file (looks like a PNG image), not an article (document skipped)"
      ])
  }

  @Test func emptyFileIsSkippedWithAWarning() throws {
    let result = try analyze(Data())
    #expect(!result.isIncluded)
    #expect(
      result.diagnostics.map(\.description) == [
        "c/Kurier/a.txt: warning: empty file (document skipped)"
      ])
  }

  /// One line of `bytes` words without a full stop or comma: one sentence, one clause.
  static func singleLine(bytes: Int) -> Data {
    let words =
      "Der Diktator Kim sagte am Mittwoch in der Hauptstadt die Lage sei ernst und der Machthaber reiste ab "
    let unit = Data(words.utf8)
    var data = Data(capacity: bytes + unit.count)
    while data.count < bytes { data += unit }
    return data
  }

  /// Speed is the benchmark's business (`scripts/bench`); this checks the results that made a
  /// long line quadratic before: every match found, and passages cut short.
  @Test func oneLongLineGivesEveryMatchAndShortPassages() throws {
    let small = try analyze(Self.singleLine(bytes: 128_000))
    let large = try analyze(Self.singleLine(bytes: 512_000))
    let matches = large.matches
    #expect(abs(matches.count - 4 * small.matches.count) <= 4)
    // The evidence passage stops 80 tokens from the match instead of copying the whole line.
    let passage = try #require(matches.dropFirst(100).first?.passage)
    #expect(passage.hasPrefix("…") && passage.hasSuffix("…"))
    #expect(passage.count < 1_500)
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["FRAMING_LARGE_TESTS"] == "1"))
  func aHundredMegabyteLineIsAnalyzed() throws {
    let data = Self.singleLine(bytes: 100_000_000)
    let result = try analyze(data)
    #expect(result.isIncluded)
    #expect(result.matches.count > 900_000)
  }

  /// With the line limit raised (FRAMING_MAX_LINE_MB=200; the default of 16 MB skips it).
  @Test func aHundredMegabyteJSONLineIsReadInOnePass() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("big.jsonl")
    var data = Data(#"{"id": "a", "outlet": "Kurier", "text": ""#.utf8)
    data += Data(repeating: 0x61, count: 100_000_000)
    data += Data("\"}\n{\"id\": \"b\", \"outlet\": \"Kurier\", \"text\": \"kurz\"}\n".utf8)
    try data.write(to: url)
    let reader = try LineReader(url: url, maxLineBytes: 200 * 1_048_576)
    var lengths: [Int] = []
    while let line = try reader.next() { lengths.append(line.count) }
    #expect(lengths == [100_000_043, 47])
  }

  @Test func tenThousandUnpairedQuoteMarksGiveTwentyNotesAndACount() throws {
    let text = "Der Diktator sprach. " + String(repeating: "„Wort ", count: 10_000)
    var result: DocumentResult?
    result = try analyze(Data(text.utf8))
    let notes = try #require(result?.diagnostics)
    #expect(notes.count == 21)
    #expect(
      notes.first?.description
        == "c/Kurier/a.txt:1:22: note: unpaired quote mark '„' (the text after it stays in author voice)"
    )
    #expect(
      notes.last?.description
        == "c/Kurier/a.txt: note: 9980 more unpaired quote marks (10000 in all; only the first 20 are listed)"
    )
    #expect(result?.matches.map(\.voice) == [.author])
  }

  @Test func closingMarksWithoutOpenersAreNotQuadratic() throws {
    let text = String(repeating: "«Wort ", count: 5_000) + String(repeating: "Wort“ ", count: 5_000)
    var result: DocumentResult?
    result = try analyze(Data(text.utf8))
    #expect(result?.isIncluded == true)
  }

  @Test func deeplyNestedQuotesAreQuoteVoiceInOnePass() throws {
    let depth = 5_000
    let text =
      "Er sagte: " + String(repeating: "„Sie sagte ‚", count: depth) + "der Diktator"
      + String(repeating: "‘ “", count: depth) + " und ging. Der Diktator blieb."
    var result: DocumentResult?
    result = try analyze(Data(text.utf8))
    #expect(result?.matches.map(\.voice) == [.quote, .author])
  }
}
