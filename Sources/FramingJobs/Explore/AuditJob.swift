import Foundation
import FramingCore
import FramingReports
import FramingStatistics

/// `framing audit`: precision estimated on a corpus of one's own, where no gold exists. `sample`
/// draws a stratified random sample of the matches the report counts (up to N per lexicon
/// entry) as a coding sheet; a person marks each row correct or not; `score` gives each entry's
/// precision with a Wilson interval and flags entries below a threshold.
public enum AuditJob {
  public struct SampleOptions: Sendable {
    public var corpus: URL
    public var corpusDisplay: String
    public var lexicons: URL
    public var lexiconsDisplay: String
    public var perEntry = 20
    public var seed = UInt64(SamplingDefaults.seed)
    public var overlap: OverlapPolicy = .longestOverall
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    public var csvDialect: CSVDialect = .rfc4180

    public init(corpus: URL, corpusDisplay: String, lexicons: URL, lexiconsDisplay: String) {
      self.corpus = corpus
      self.corpusDisplay = corpusDisplay
      self.lexicons = lexicons
      self.lexiconsDisplay = lexiconsDisplay
    }
  }

  /// The sheet's columns; `correct` and `note` are left empty for the coder.
  public static let sheetColumns: [CSVTable.Column] = [
    .init("id", .string, "Row id: module/entry/number within the entry."),
    .init("module", .string, "Lexicon module."),
    .init("entry", .string, "Lexicon entry."),
    .init("document", .string, "Document id."),
    .init("outlet", .string, "Outlet."),
    .init("target", .string, "The module's target, when the match counts for it."),
    .init("refers_to", .string, "Who the label refers to, by the attribution rule."),
    .init("attribution", .string, "The attribution rule."),
    .init("voice", .string, "author, quote or reported."),
    .init("speaker", .string, "The speaker of quote or reported voice."),
    .init("status", .string, "counted or distanced."),
    .init("matched_text", .string, "The matched text."),
    .init("start", .integer, "Start offset in code points of the decoded document."),
    .init("end", .integer, "End offset."),
    .init("passage", .string, "The sentence, with the match marked ⟦…⟧."),
    .init(
      "correct", .string,
      "For the coder: yes when the match is a right use of the entry (right sense; for an actor's label, the right person), no when not; empty when not judged."
    ),
    .init("note", .string, "For the coder: free text."),
  ]

  /// Draws the sample: for every (module, entry), a uniform random sample of at most
  /// `perEntry` counted matches (reservoir sampling, one seeded SplitMix64 stream per entry, so
  /// an entry's sample does not depend on the others), rows sorted by module, entry and place.
  public static func sample(_ options: SampleOptions, diagnostics: inout [Diagnostic])
    throws(JobFailure) -> CSVTable
  {
    let lexicon = try JobFailure.loadLexicon(options.lexicons, options.lexiconsDisplay)
    let matcher = Matcher(lexicon: lexicon, policy: options.overlap)
    struct Drawn {
      var seen = 0
      var rng: SplitMix64
      var rows: [(order: Int, row: [String])] = []
    }
    var strata: [String: Drawn] = [:]
    var order = 0
    var found: [Diagnostic] = []
    defer { diagnostics += found }
    let perEntry = options.perEntry
    do {
      _ = try CorpusRun(jobs: options.jobs).run(
        corpus: openCorpus(options.corpus, displayRoot: options.corpusDisplay), lexicon: lexicon,
        matcher: matcher, diagnostics: &diagnostics
      ) { result, _ in
        found += result.diagnostics.filter { $0.severity >= .warning }
        for m in result.matches where m.status != .notTarget {
          let module = lexicon.modules[m.module]
          let entry = module.categories[m.category].entries[m.entry].term
          let key = module.id + "\u{1F}" + entry
          var drawn =
            strata[key] ?? Drawn(rng: SplitMix64(seed: options.seed ^ SplitMix64.hash(key)))
          let passage =
            String(m.passage.unicodeScalars.prefix(m.passageOffset))
            + "⟦" + m.text + "⟧"
            + String(
              m.passage.unicodeScalars.dropFirst(m.passageOffset + m.text.unicodeScalars.count))
          let row = [
            "", module.id, entry, result.source.id, result.source.outlet,
            m.attribution.isTarget ? module.target?.name ?? "" : "", m.attribution.refersTo,
            m.attribution.rule.rawValue, m.voice.rawValue, m.speaker, m.status.rawValue, m.text,
            String(m.start), String(m.end), passage, "", "",
          ]
          if drawn.rows.count < perEntry {
            drawn.rows.append((order, row))
          } else {
            let j = Int(drawn.rng.next() % UInt64(drawn.seen + 1))
            if j < perEntry { drawn.rows[j] = (order, row) }
          }
          drawn.seen += 1
          order += 1
          strata[key] = drawn
        }
      }
    } catch { throw .input(error) }
    var table = CSVTable(
      name: "audit-sheet.csv",
      description: "A stratified random sample of counted matches, to be marked correct or not.",
      columns: sheetColumns)
    for key in strata.keys.sorted() {
      guard let drawn = strata[key] else { continue }
      for (n, item) in drawn.rows.sorted(by: { $0.order < $1.order }).enumerated() {
        var row = item.row
        row[0] = "\(row[1])/\(row[2])/\(n + 1)"
        table.append(row)
      }
    }
    return table
  }

  /// `framing audit score` as the command runs it: the marked sheet at `path` (UTF-8 text)
  /// read and scored, as a report.
  public static func report(sheet path: String, threshold: Double) throws(JobFailure)
    -> AuditReport
  {
    let text: String
    do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
      throw .file(path, "cannot read the sheet as UTF-8 text")
    }
    let rows = try score(text, file: path, threshold: threshold)
    return AuditReport(rows: rows, threshold: threshold, sheet: path)
  }

  /// Reads a marked sheet and scores it. `correct` accepts yes/no, ja/nein, y/n, true/false,
  /// 1/0, x (yes); empty means not judged. Any other value is an error naming its line.
  public static func score(_ text: String, file: String, threshold: Double)
    throws(JobFailure) -> [EntryPrecision]
  {
    let sheet: CSVRecords
    do { sheet = try CSVRecords.parse(text, file: file) } catch { throw .input(error) }
    let missing = ["module", "entry", "correct"].filter { !sheet.header.contains($0) }
    if !missing.isEmpty {
      throw .input(
        DiagnosticFailure([
          Diagnostic(
            .error, SourceLocation(file: file, line: 1),
            "sheet header lacks \(missing.map { "'\($0)'" }.joined(separator: ", "))")
        ]))
    }
    var tallies:
      [String: (module: String, entry: String, sampled: Int, judged: Int, correct: Int)] = [:]
    var problems = sheet.problems
    for row in sheet.records {
      let module = row["module"]
      let entry = row["entry"]
      let key = module + "\u{1F}" + entry
      var t = tallies[key] ?? (module, entry, 0, 0, 0)
      t.sampled += 1
      switch row["correct"].lowercased() {
      case "": break
      case "yes", "y", "ja", "j", "true", "1", "x", "correct":
        t.judged += 1
        t.correct += 1
      case "no", "n", "nein", "false", "0", "wrong":
        t.judged += 1
      case let other:
        problems.append(
          Diagnostic(
            .error, SourceLocation(file: file, line: row.line),
            "cannot read correct = '\(other)' (yes or no; empty when not judged)"))
      }
      tallies[key] = t
    }
    if !problems.isEmpty { throw .input(DiagnosticFailure(problems)) }
    var out: [EntryPrecision] = []
    for key in tallies.keys.sorted() {
      guard let t = tallies[key] else { continue }
      do {
        out.append(
          try EntryPrecision(
            module: t.module, entry: t.entry, sampled: t.sampled, judged: t.judged,
            correct: t.correct, threshold: threshold))
      } catch { throw .statistics(error) }
    }
    return out
  }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for sampling rows, the same
/// on every platform.
public struct SplitMix64: Sendable {
  var state: UInt64
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// FNV-1a of a string's UTF-8: a stable hash for seeding (Swift's `hashValue` is not).
  public static func hash(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      h ^= UInt64(byte)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}
