import CSV
import Foundation

/// The corpus manifest: `file,outlet,date,title` plus optional `url` and any other columns.
public struct Manifest: Sendable {
  public static let requiredColumns = ["file", "outlet", "date", "title"]

  public struct Row: Sendable {
    public var line: Int
    public var file: String
    public var source: DocumentSource
  }

  public var rows: [Row]
  public var diagnostics: [Diagnostic]

  /// Parses manifest text. Rows with a problem become diagnostics (`ManifestError`s, rendered,
  /// and are left out); a missing required column, broken CSV, a quote left open, or a path
  /// that leaves the corpus folder (absolute, or with `..`) throws, since no row could be
  /// trusted. A header with more `;` than `,` (German Excel's CSV) is read with `;`; dates may
  /// be written `2024-06-19` or `19.06.2024`, and a document with an unreadable date is kept
  /// undated, with a warning.
  public static func parse(_ text: String, file: String) throws(DiagnosticFailure) -> Manifest {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    let delimiter = Self.delimiter(of: body)
    if let line = Self.unterminatedQuoteLine(body, delimiter: delimiter) {
      throw DiagnosticFailure([
        ManifestError(.unterminatedQuote, at: SourceLocation(file: file, line: line)).diagnostic
      ])
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(string: body, hasHeaderRow: true, delimiter: delimiter)
    } catch {
      throw DiagnosticFailure([
        ManifestError(.unreadableCSV(problem: "\(error)"), at: SourceLocation(file: file, line: 1))
          .diagnostic
      ])
    }
    let header = (reader.headerRow ?? []).map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    let missing = requiredColumns.filter { !header.contains($0) }
    if !missing.isEmpty {
      throw DiagnosticFailure([
        ManifestError(.missingColumns(missing), at: SourceLocation(file: file, line: 1)).diagnostic
      ])
    }
    var rows: [Row] = []
    var diagnostics: [Diagnostic] = []
    var seen: [String: Int] = [:]
    var line = 2
    while let fields = reader.next() {
      defer { line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count } }
      let here = SourceLocation(file: file, line: line)
      if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      if fields.count != header.count {
        diagnostics.append(
          ManifestError(.fieldCount(found: fields.count, expected: header.count), at: here)
            .diagnostic)
        continue
      }
      var values: [String: String] = [:]
      var metadata: [DocumentSource.Field] = []
      for (name, value) in zip(header, fields) {
        values[name] = value.trimmingCharacters(in: .whitespaces)
        if !requiredColumns.contains(name) && name != "url" {
          metadata.append(DocumentSource.Field(name: name, value: value))
        }
      }
      let path = values["file", default: ""]
      let outlet = values["outlet", default: ""]
      var date = values["date", default: ""]
      if path.isEmpty {
        diagnostics.append(ManifestError(.emptyFile, at: here).diagnostic)
        continue
      }
      guard let normalized = CorpusPath.normalize(path) else {
        diagnostics.append(ManifestError(.pathOutsideCorpus(path: path), at: here).diagnostic)
        continue
      }
      if let first = seen[normalized] {
        diagnostics.append(
          ManifestError(.duplicateRow(path: path, firstLine: first), at: here).diagnostic)
        continue
      }
      if outlet.isEmpty {
        diagnostics.append(ManifestError(.emptyOutlet(path: path), at: here).diagnostic)
        continue
      }
      if !date.isEmpty {
        if let iso = ISODate.read(date) {
          date = iso
        } else {
          diagnostics.append(ManifestError(.badDate(date: date, path: path), at: here).diagnostic)
          date = ""
        }
      }
      seen[normalized] = line
      let source = DocumentSource(
        id: normalized, outlet: outlet, date: date, title: values["title", default: ""],
        url: values["url", default: ""], metadata: metadata, manifestLine: line)
      rows.append(Row(line: line, file: normalized, source: source))
    }
    if let error = reader.error {
      throw DiagnosticFailure([
        ManifestError(.brokenCSV(problem: "\(error)"), at: SourceLocation(file: file, line: line))
          .diagnostic
      ])
    }
    // A path out of the corpus is no slip to skip: the manifest may not be what it seems.
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw DiagnosticFailure(diagnostics)
    }
    return Manifest(rows: rows, diagnostics: diagnostics)
  }
}

extension Manifest {
  /// `;` when the header line has more semicolons than commas (German Excel and LibreOffice
  /// save CSV so), else `,`.
  static func delimiter(of text: String) -> UnicodeScalar {
    let header = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
    let semicolons = header.filter { $0 == ";" }.count
    return semicolons > header.filter { $0 == "," }.count ? ";" : ","
  }

  /// The line of a quoted field that is never properly closed, or nil: no quote closes it, or
  /// the quote that does is followed by more text in the same field (the opening quote of a
  /// later row's field). Either way it would swallow the rows after it into one field.
  static func unterminatedQuoteLine(_ text: String, delimiter: UnicodeScalar) -> Int? {
    var line = 1
    var openedAt: Int?
    var atFieldStart = true
    var scalars = text.unicodeScalars.makeIterator()
    var pending: UnicodeScalar? = nil
    while let c = pending ?? scalars.next() {
      pending = nil
      if openedAt != nil {
        if c == "\"" {
          let next = scalars.next()
          if next == "\"" { continue }  // a doubled quote inside the field
          if let next, next != delimiter, next != "\r", next != "\n" { return openedAt }
          openedAt = nil
          atFieldStart = false
          pending = next
        } else if c == "\n" {
          line += 1
        }
        continue
      }
      if c == "\"" && atFieldStart {
        openedAt = line
        continue
      }
      if c == "\n" {
        line += 1
        atFieldStart = true
      } else {
        atFieldStart = c == delimiter || (c == "\r" && atFieldStart)
      }
    }
    return openedAt
  }
}

/// Calendar dates written `yyyy-mm-dd`.
public enum ISODate {
  /// The date as `yyyy-mm-dd` from `yyyy-mm-dd` or the German `dd.mm.yyyy` (also `d.m.yyyy`);
  /// nil when it is neither or no calendar date.
  public static func read(_ text: String) -> String? {
    if isValid(text) { return text }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    let iso =
      "\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])"
    return isValid(iso) ? iso : nil
  }

  public static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1
    else { return false }
    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1]
  }
}

/// Relative paths inside a corpus folder.
public enum CorpusPath {
  /// `a/./b.txt` → `a/b.txt`; nil for absolute paths and paths that climb out with `..`.
  public static func normalize(_ path: String) -> String? {
    let unified = path.replacingOccurrences(of: "\\", with: "/")
    guard !unified.hasPrefix("/"), !(unified.count > 1 && Array(unified)[1] == ":") else {
      return nil
    }
    var parts: [Substring] = []
    for part in unified.split(separator: "/") {
      if part == "." || part.isEmpty { continue }
      if part == ".." { return nil }
      parts.append(part)
    }
    return parts.isEmpty ? nil : parts.joined(separator: "/")
  }
}
