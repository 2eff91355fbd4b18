import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

/// `framing count` on four parts of a corpus and `framing merge` of the four shards give exactly
/// the files of one run over the whole corpus.
@Suite struct ShardMergeTests {
  static func options(_ corpus: URL, display: String, out: URL) -> ReportJob.Options {
    var options = ReportJob.Options(
      corpus: corpus, corpusDisplay: display, lexicons: Fixtures.lexicons,
      lexiconsDisplay: "lexicons", csvDirectory: out.appendingPathComponent("csv"),
      reportDirectory: out.appendingPathComponent("reports"))
    options.date = "2026-01-01"
    options.formats = [.markdown, .html]
    options.periodUnit = .month
    return options
  }

  /// The demo corpus as JSON Lines, whole and in four parts (by lines, in order).
  static func corpusAndParts() throws -> (whole: URL, parts: [URL]) {
    let lines = try JSONLReportTests.demoAsJSONLines().split(separator: "\n").map(String.init)
    var files: [String: Data] = ["demo.jsonl": Data((lines.joined(separator: "\n") + "\n").utf8)]
    // Contiguous parts of 3, 3, 3 and 2 lines: parts are pieces of the file, in order.
    let cuts = [0, 3, 6, 9, lines.count]
    for part in 0..<4 {
      files["part-\(part).jsonl"] = Data(
        (lines[cuts[part]..<cuts[part + 1]].joined(separator: "\n") + "\n").utf8)
    }
    let folder = try Fixtures.makeFolder(files)
    return (
      folder.appendingPathComponent("demo.jsonl"),
      (0..<4).map { folder.appendingPathComponent("part-\($0).jsonl") }
    )
  }

  @Test func fourShardsMergeIntoTheBytesOfOneRun() throws {
    let (whole, parts) = try Self.corpusAndParts()
    let out = try Fixtures.temporaryDirectory()
    let single = try ReportJob(options: Self.options(whole, display: whole.path, out: out))
      .compute()
    var files: [URL] = []
    var counts: [Int] = []
    for (i, part) in parts.enumerated() {
      var options = Self.options(part, display: part.path, out: out)
      options.jobs = i + 1  // shards do not depend on the number of workers
      // The streamed shard, as `framing count` writes it, is the encoded in-memory one.
      var streamed = Data()
      let counted = try ReportJob(options: options).count(corpusName: whole.path) {
        streamed.append($0)
      }
      let shard = try ReportJob(options: options).count(corpusName: whole.path)
      #expect(streamed == (try shard.encoded()))
      counts.append(counted.documents)
      let file = out.appendingPathComponent("part-\(i).shard")
      try streamed.write(to: file)
      files.append(file)
    }
    #expect(counts == [3, 3, 3, 2])
    let merged = try ReportJob(options: Self.options(whole, display: whole.path, out: out))
      .merge(files, names: (0..<4).map { "part-\($0).shard" })
    #expect(merged.output.files.count == single.output.files.count)
    #expect(merged.output.files.count > 30)
    for ((url, data), (otherURL, other)) in zip(merged.output.files, single.output.files) {
      #expect(url == otherURL)
      #expect(data == other, "\(url.lastPathComponent) differs")
    }
  }

  @Test func shardsOfOtherLexiconsOrTwiceTheSameDocumentAreRefused() throws {
    let (whole, parts) = try Self.corpusAndParts()
    let out = try Fixtures.temporaryDirectory()
    let shard = try ReportJob(options: Self.options(parts[0], display: "p", out: out))
      .count(corpusName: whole.path)
    var foreign = shard
    foreign.header.lexiconsSHA256 = "0000"
    let a = out.appendingPathComponent("a.shard")
    let b = out.appendingPathComponent("b.shard")
    try shard.encoded().write(to: a)
    try foreign.encoded().write(to: b)
    #expect {
      _ = try ReportJob(options: Self.options(whole, display: whole.path, out: out))
        .merge([a, b], names: ["a.shard", "b.shard"])
    } throws: { error in
      let text = "\(error)"
      return text.contains("b.shard:1: error: counted with other lexicons than lexicons")
        && text.contains("b.shard:1: error: document 'nordstadt-kurier/")
        && text.contains("is also in a.shard")
    }
  }

  @Test func aCutOffOrForeignShardIsNamedWithItsLine() throws {
    let (whole, parts) = try Self.corpusAndParts()
    let out = try Fixtures.temporaryDirectory()
    let data = try ReportJob(options: Self.options(parts[0], display: "p", out: out))
      .count(corpusName: whole.path).encoded()
    let lines = data.split(separator: 0x0a)
    let cut = out.appendingPathComponent("cut.shard")
    try Data(lines.dropLast().joined(separator: [0x0a]) + [0x0a]).write(to: cut)
    #expect(throws: DiagnosticFailure.self) { try Shard.read(cut, displayPath: "cut.shard") }
    do { _ = try Shard.read(cut, displayPath: "cut.shard") } catch {
      #expect(
        error.description
          == "cut.shard:4: error: the shard ends early (no last line): was it cut off?")
    }
    let newer = out.appendingPathComponent("newer.shard")
    try Data(#"{"format":"framing-shard","version":2}"#.utf8).write(to: newer)
    do { _ = try Shard.read(newer, displayPath: "newer.shard") } catch {
      #expect(
        error.description
          == "newer.shard:1: error: shard format version 2; this framing reads version 1")
    }
  }
}
