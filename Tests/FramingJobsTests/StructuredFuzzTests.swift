import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

/// Structure-aware fuzzing (issue 22): documents built from the bundled lexicons' terms and
/// names at paragraph, sentence, quote, hyphenation and boilerplate boundaries, with long and
/// odd metadata, run through the whole report job; every output row is checked. Seeded: a
/// failure names its seed and replays. `FRAMING_FUZZ_DOCUMENTS` raises the documents per seed.
@Suite struct StructuredFuzzTests {
  static let documentsPerSeed =
    Int(ProcessInfo.processInfo.environment["FRAMING_FUZZ_DOCUMENTS"] ?? "") ?? 60

  /// Letters only, lower-cased, after NFC: what a match and its original text share, whatever
  /// the normalizer did to hyphens, soft hyphens, line breaks and quote marks.
  static func letters(_ text: String) -> String {
    String(text.precomposedStringWithCanonicalMapping.lowercased().filter(\.isLetter))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func everyOutputRowIsSaneForGeneratedDocuments(seed: UInt64) throws {
    let lexicon = try Fixtures.defaultLexicon()
    var generator = StructuredDocuments(lexicon: lexicon, seed: seed)
    let documents = (0..<Self.documentsPerSeed).map { generator.next($0) }
    let folder = try Fixtures.temporaryDirectory()
    let corpus = folder.appendingPathComponent("fuzz.jsonl")
    try Data(documents.map(\.jsonLine).joined(separator: "\n").utf8).write(to: corpus)
    var options = ReportJob.Options(
      corpus: corpus, corpusDisplay: "fuzz.jsonl", lexicons: Fixtures.lexicons,
      lexiconsDisplay: "lexicons", csvDirectory: folder.appendingPathComponent("csv"),
      reportDirectory: folder.appendingPathComponent("reports"))
    options.formats = [.markdown, .html]
    options.jobs = 2
    options.date = "2026-01-01"
    let outcome = try ReportJob(options: options).run()

    // No document stopped the run or was skipped for a fault of framing's.
    let faults = outcome.summary.diagnostics.filter { $0.message.contains("cannot analyze") }
    #expect(faults.isEmpty, "seed \(seed): \(faults.map(\.description))")
    // Ids as the CSV shows them (invisible controls as code points).
    let byID = Dictionary(
      documents.map { (VisibleText.escaped($0.id), $0) }, uniquingKeysWith: { a, _ in a })
    // A document with an impossible date is kept, undated, with a warning (issue 20).
    let undated = Set(
      documents.filter { $0.date == "2024-13-45" }.map { VisibleText.escaped($0.id) })
    var files: [String: String] = [:]
    for url in outcome.output.urls {
      let data = try Data(contentsOf: url)
      let name = String(url.path.dropFirst(folder.path.count + 1))
      files[name] = String(decoding: data, as: UTF8.self)
      // Nothing raw that could make one outlet display as another.
      #expect(
        !files[name, default: ""].unicodeScalars.contains {
          (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }, "seed \(seed): \(name) holds a raw bidirectional control")
    }
    for (name, text) in files where name.hasSuffix(".csv") {
      let rows = parseCSV(text)
      let width = rows.first?.count ?? 0
      for row in rows {
        #expect(row.count == width, "seed \(seed): \(name) has a row of \(row.count) cells")
        #expect(row.allSatisfy { $0.count <= 2_000 }, "seed \(seed): \(name) has a huge cell")
      }
    }
    let documentRows = records(try #require(files["csv/documents.csv"]))
    #expect(documentRows.count == documents.count, "seed \(seed)")
    #expect(
      documentRows.filter { undated.contains($0["document"] ?? "") }.allSatisfy {
        ($0["date"] ?? "x").isEmpty
      }, "seed \(seed)")
    let matches = records(try #require(files["csv/matches.csv"]))
    #expect(!matches.isEmpty, "seed \(seed): the lexicon's own terms matched nothing")
    for row in matches {
      let document = try #require(byID[row["document"] ?? ""], "seed \(seed)")
      // Offsets count the decoded text, a leading byte-order mark excluded.
      var scalars = Array(document.text.unicodeScalars)
      if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
      let start = Int(row["start"] ?? "") ?? -1
      let end = Int(row["end"] ?? "") ?? -1
      #expect(0 <= start && start < end && end <= scalars.count, "seed \(seed): \(row)")
      #expect((Int(row["line"] ?? "") ?? 0) >= 1 && (Int(row["column"] ?? "") ?? 0) >= 1)
      guard 0 <= start, start < end, end <= scalars.count else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      #expect(
        Self.letters(String(view)) == Self.letters(row["matched_text"] ?? ""),
        "seed \(seed): '\(String(view))' against '\(row["matched_text"] ?? "")'")
    }
    for name in files.keys where name.hasPrefix("reports/outlets/") {
      let page = String(name.dropFirst("reports/outlets/".count).dropLast(3))
      #expect(page.count <= 80 && !page.contains("/"), "seed \(seed): \(name)")
    }
  }
}
