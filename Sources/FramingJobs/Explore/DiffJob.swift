import CSV
import Foundation
import FramingCore
import FramingReports

/// `framing diff OLD NEW`: what changed between two output folders of `framing report` — the
/// matches per outlet × module × entry by status (from `counts.csv`) and the scores per outlet
/// × module (from `scores.csv`). Either CSV dialect; numbers are compared at the precision of
/// the less precise side, so outputs written with three decimals compare with four.
public struct DiffJob: Sendable {
  /// One score of one outlet and module that differs.
  public struct ScoreChange: Sendable, Equatable {
    public var outlet: String
    public var module: String
    public var measure: String
    public var old: String
    public var new: String

    public init(outlet: String, module: String, measure: String, old: String, new: String) {
      self.outlet = outlet
      self.module = module
      self.measure = measure
      self.old = old
      self.new = new
    }
  }

  public struct Outcome: Sendable {
    public var entries: [EntryCounts.Change]
    public var scores: [ScoreChange]
  }

  /// The columns of `scores.csv` compared, in this order.
  public static let measures = [
    "documents", "tokens", "matches", "matches_distanced", "matches_not_target", "rate_per_1000",
    "stance_index",
  ]

  public var old: URL
  public var oldDisplay: String
  public var new: URL
  public var newDisplay: String

  public init(old: URL, oldDisplay: String, new: URL, newDisplay: String) {
    self.old = old
    self.oldDisplay = oldDisplay
    self.new = new
    self.newDisplay = newDisplay
  }

  public func run() throws(JobFailure) -> Outcome {
    let oldCounts = try Self.counts(old, display: oldDisplay)
    let newCounts = try Self.counts(new, display: newDisplay)
    let oldScores = try Self.scores(old, display: oldDisplay)
    let newScores = try Self.scores(new, display: newDisplay)
    var scores: [ScoreChange] = []
    let keys = Set(oldScores.keys).union(newScores.keys).sorted {
      ($0.module, $0.outlet) < ($1.module, $1.outlet)
    }
    for key in keys {
      for measure in Self.measures {
        let a = oldScores[key]?[measure] ?? ""
        let b = newScores[key]?[measure] ?? ""
        if !Self.sameNumber(a, b) {
          scores.append(
            ScoreChange(outlet: key.outlet, module: key.module, measure: measure, old: a, new: b))
        }
      }
    }
    return Outcome(
      entries: EntryCounts.changes(from: oldCounts, to: newCounts), scores: scores)
  }

  /// Rows of a CSV in a folder as dictionaries by (lower-cased) header, in either dialect.
  static func rows(_ folder: URL, _ display: String, _ name: String) throws(JobFailure)
    -> [[String: String]]
  {
    let path = display.hasSuffix("/") ? display + name : display + "/" + name
    guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else {
      throw .file(path, "cannot read the file (is this a folder written by framing report?)")
    }
    guard var text = String(data: data, encoding: .utf8) else {
      throw .file(path, "not valid UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let isGerman = header.contains(";")
    let reader: CSVReader
    do {
      reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: isGerman ? ";" : ",")
    } catch { throw .file(path, line: 1, "cannot read CSV: \(error)") }
    let names = (reader.headerRow ?? []).map { $0.lowercased() }
    var out: [[String: String]] = []
    while let fields = reader.next() {
      var row: [String: String] = [:]
      for (name, value) in zip(names, fields) {
        row[name] = isGerman ? value.replacingOccurrences(of: ",", with: ".") : value
      }
      out.append(row)
    }
    if let error = reader.error { throw .file(path, "broken CSV: \(error)") }
    return out
  }

  static func counts(_ folder: URL, display: String) throws(JobFailure) -> EntryCounts {
    var counts = EntryCounts()
    for row in try rows(folder, display, "counts.csv") {
      guard let status = MatchStatus(rawValue: row["status"] ?? ""),
        let count = Int(row["count"] ?? "")
      else { continue }
      counts.add(
        EntryCounts.Key(
          outlet: row["outlet"] ?? "", module: row["module"] ?? "", entry: row["entry"] ?? ""),
        status, count)
    }
    return counts
  }

  struct ScoreKey: Hashable {
    var outlet: String
    var module: String
  }

  static func scores(_ folder: URL, display: String) throws(JobFailure) -> [ScoreKey: [String:
    String]]
  {
    var out: [ScoreKey: [String: String]] = [:]
    for row in try rows(folder, display, "scores.csv") {
      out[ScoreKey(outlet: row["outlet"] ?? "", module: row["module"] ?? "")] = row
    }
    return out
  }

  /// Equal as written, or as numbers rounded to the decimals of the less precise side.
  static func sameNumber(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard let x = Double(a), let y = Double(b) else { return false }
    func decimals(_ s: String) -> Int {
      s.firstIndex(of: ".").map { s.distance(from: $0, to: s.endIndex) - 1 } ?? 0
    }
    let scale = pow(10, Double(min(decimals(a), decimals(b))))
    return (x * scale).rounded() == (y * scale).rounded()
  }
}

extension DiffJob {
  /// Changed entries as a terminal table, `2 → 3` per status.
  public static func entryTable(_ changes: [EntryCounts.Change]) -> String {
    func arrow(_ a: Int, _ b: Int) -> String { a == b ? String(a) : "\(a) → \(b)" }
    var table = TerminalTable(
      columns: ["module", "outlet", "entry", "counted", "distanced", "not-target"],
      alignments: [.left, .left, .left, .right, .right, .right])
    for c in changes {
      table.append([
        c.key.module, c.key.outlet, c.key.entry, arrow(c.old.counted, c.new.counted),
        arrow(c.old.distanced, c.new.distanced), arrow(c.old.notTarget, c.new.notTarget),
      ])
    }
    return table.render(maxWidth: 60)
  }
}

extension DiffJob.Outcome {
  /// `diff_entries.csv` and `diff_scores.csv`.
  public func tables() -> [CSVTable] {
    var entries = CSVTable(
      name: "diff_entries.csv",
      description: "Matches per outlet, module and entry whose counts differ between OLD and NEW.",
      columns: [
        .init("outlet", .string, "Outlet."), .init("module", .string, "Module id."),
        .init("entry", .string, "The entry's term."),
        .init("counted_old", .integer, "Counted matches in OLD."),
        .init("counted_new", .integer, "Counted matches in NEW."),
        .init("distanced_old", .integer, "Distanced matches in OLD."),
        .init("distanced_new", .integer, "Distanced matches in NEW."),
        .init("not_target_old", .integer, "Not-target matches in OLD."),
        .init("not_target_new", .integer, "Not-target matches in NEW."),
        .init("shared_copy_old", .integer, "Matches left out as shared copy in OLD."),
        .init("shared_copy_new", .integer, "Matches left out as shared copy in NEW."),
      ])
    for c in self.entries {
      entries.append(
        [c.key.outlet, c.key.module, c.key.entry]
          + [
            c.old.counted, c.new.counted, c.old.distanced, c.new.distanced, c.old.notTarget,
            c.new.notTarget, c.old.sharedCopy, c.new.sharedCopy,
          ].map(String.init))
    }
    var scores = CSVTable(
      name: "diff_scores.csv",
      description:
        "Scores per outlet and module (columns of scores.csv) that differ between OLD and NEW.",
      columns: [
        .init("outlet", .string, "Outlet."), .init("module", .string, "Module id."),
        .init("measure", .string, "The column of scores.csv."),
        .init("old", .number, "Its value in OLD (empty when missing)."),
        .init("new", .number, "Its value in NEW (empty when missing)."),
      ])
    for s in self.scores { scores.append([s.outlet, s.module, s.measure, s.old, s.new]) }
    return [entries, scores]
  }

  /// What `framing diff` prints: changed entries (`2 → 3` per status) and changed scores.
  public func terminalReport() -> String {
    var out = entries.isEmpty ? "" : DiffJob.entryTable(entries)
    if !scores.isEmpty {
      var table = TerminalTable(
        columns: ["module", "outlet", "score", "old", "new"],
        alignments: [.left, .left, .left, .right, .right])
      for s in scores { table.append([s.module, s.outlet, s.measure, s.old, s.new]) }
      out += (out.isEmpty ? "" : "\n") + table.render(maxWidth: 60)
    }
    let modules = Set(entries.map(\.key.module)).union(scores.map(\.module)).count
    let n = entries.count
    out +=
      "\(n) entr\(n == 1 ? "y" : "ies") and \(scores.count) score\(scores.count == 1 ? "" : "s") changed in \(modules) module\(modules == 1 ? "" : "s")\n"
    return out
  }
}
