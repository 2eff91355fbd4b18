import Foundation

extension Coding {
  /// Columns every occurrence-level coding has.
  public static let occurrenceColumns = ["document", "start", "end", "target", "entry", "voice"]
  /// Columns every count-level coding has.
  public static let countColumns = ["document", "target", "entry", "voice", "count"]
  /// Columns either level may add.
  public static let optionalColumns = ["distanced", "speaker", "case", "text", "note"]

  /// Reads a coding file (CSV, UTF-8 with or without byte-order mark).
  public static func read(_ url: URL, displayPath: String) throws(DiagnosticFailure) -> Coding {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw DiagnosticFailure([
        Diagnostic(
          .error, SourceLocation(file: displayPath),
          "cannot read the coding: \((error as NSError).localizedDescription)")
      ])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw DiagnosticFailure([
        Diagnostic(
          .error, SourceLocation(file: displayPath),
          "the coding is not UTF-8 text (save it as CSV UTF-8)")
      ])
    }
    return try parse(text, file: displayPath)
  }

  /// Parses a coding: the level follows from the header (`start`/`end` for occurrences,
  /// `count` for a tally). Every bad row is reported with its line; nothing is skipped silently.
  public static func parse(_ text: String, file: String) throws(DiagnosticFailure) -> Coding {
    if text.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}"])).isEmpty {
      throw DiagnosticFailure([
        Diagnostic(.error, SourceLocation(file: file), "empty coding file (no header, no rows)")
      ])
    }
    let csv = try CSVRecords.parse(text, file: file)
    let header = csv.header
    let level: Level = header.contains("count") && !header.contains("start") ? .count : .occurrence
    let required = level == .count ? countColumns : occurrenceColumns
    let missing = required.filter { !header.contains($0) }
    if !missing.isEmpty {
      throw DiagnosticFailure([
        Diagnostic(
          .error, SourceLocation(file: file, line: 1),
          "coding header lacks column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")) (occurrence level: \(occurrenceColumns.joined(separator: ",")); count level: \(countColumns.joined(separator: ",")))"
        )
      ])
    }
    let unknown = header.filter { !required.contains($0) && !optionalColumns.contains($0) }
    var diagnostics: [Diagnostic] = []
    if let first = unknown.first {
      diagnostics.append(
        Diagnostic(
          .error, SourceLocation(file: file, line: 1),
          "unknown column '\(first)' (optional columns: \(optionalColumns.joined(separator: ", ")))"
        ))
    }
    var occurrences: [CodedOccurrence] = []
    var counts: [CodedCount] = []
    for record in csv.records {
      let line = record.line
      var row = RowReader(file: file, line: line)
      row.values = record.values
      let document = row.text("document")
      let target = row.text("target")
      let entry = row.text("entry")
      let voice = row.voice()
      let distanced = row.flag("distanced")
      if document.isEmpty { row.fail("document", "empty 'document'") }
      if target.isEmpty { row.fail("target", "empty 'target'") }
      if entry.isEmpty { row.fail("entry", "empty 'entry'") }
      switch level {
      case .occurrence:
        let start = row.number("start")
        let end = row.number("end")
        if let start, let end, end <= start {
          row.fail("end", "end \(end) is not after start \(start)")
        }
        if row.errors.isEmpty, let start, let end, let voice {
          occurrences.append(
            CodedOccurrence(
              document: document, start: start, end: end, target: target, entry: entry,
              voice: voice, isDistanced: distanced ?? false, speaker: row.text("speaker"),
              cases: row.text("case").split(separator: ";").map {
                $0.trimmingCharacters(in: .whitespaces)
              }.filter { !$0.isEmpty },
              text: row.values["text"] ?? "", line: line))
        }
      case .count:
        let count = row.number("count")
        if row.errors.isEmpty, let count, let voice {
          counts.append(
            CodedCount(
              key: CodedCount.Key(
                document: document, target: target, entry: entry, voice: voice,
                isDistanced: distanced ?? false), count: count, line: line))
        }
      }
      diagnostics += row.errors
    }
    // Row-length and CSV problems in line order with the field problems (stable).
    diagnostics = (diagnostics + csv.problems).enumerated().sorted {
      ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset)
    }.map(\.element)
    if !diagnostics.isEmpty { throw DiagnosticFailure(diagnostics) }
    if level == .count {
      var seen: [CodedCount.Key: Int] = [:]
      for c in counts {
        if let first = seen[c.key] {
          diagnostics.append(
            Diagnostic(
              .error, SourceLocation(file: file, line: c.line),
              "duplicate cell (document, target, entry, voice, distanced) first given on line \(first)"
            ))
        }
        seen[c.key] = c.line
      }
      if !diagnostics.isEmpty { throw DiagnosticFailure(diagnostics) }
      return Coding(file: file, counts: counts)
    }
    return Coding(file: file, occurrences: occurrences)
  }
}

/// The fields of one coding row, with the errors found reading them.
private struct RowReader {
  var file: String
  var line: Int
  var values: [String: String] = [:]
  var errors: [Diagnostic] = []

  init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  func text(_ name: String) -> String {
    (values[name] ?? "").trimmingCharacters(in: .whitespaces)
  }

  mutating func fail(_ column: String, _ message: String) {
    errors.append(Diagnostic(.error, SourceLocation(file: file, line: line), message))
  }

  mutating func number(_ name: String) -> Int? {
    let raw = text(name)
    guard let value = Int(raw), value >= 0 else {
      fail(name, "'\(name)' must be a whole number ≥ 0, not '\(raw)'")
      return nil
    }
    return value
  }

  mutating func voice() -> Voice? {
    let raw = text("voice").lowercased()
    guard let voice = Voice(rawValue: raw) else {
      fail(
        "voice",
        "unknown voice '\(raw)' (author, quote or reported; distancing goes in 'distanced')")
      return nil
    }
    return voice
  }

  mutating func flag(_ name: String) -> Bool? {
    switch text(name).lowercased() {
    case "", "false", "no", "0", "nein", "n": return false
    case "true", "yes", "1", "ja", "y", "x": return true
    case let raw:
      fail(name, "'\(name)' must be true or false, not '\(raw)'")
      return nil
    }
  }
}
