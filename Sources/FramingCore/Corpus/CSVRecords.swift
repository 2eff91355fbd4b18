import CSV
import Foundation

/// Rows of a CSV file by column name, each with the line it starts on: the one reader behind
/// codings and audit sheets. A byte-order mark is skipped; `,` or `;` (a German spreadsheet's
/// save) is chosen by the header line; header names are trimmed and lower-cased; blank rows
/// are skipped. A row with another number of fields than the header, and broken CSV, are
/// problems naming their line; the other rows are kept.
public struct CSVRecords: Sendable {
  public struct Record: Sendable {
    /// 1-based line of the file the row starts on.
    public var line: Int
    public var values: [String: String]
    /// A field, trimmed; empty when the column is absent.
    public subscript(_ name: String) -> String {
      (values[name] ?? "").trimmingCharacters(in: .whitespaces)
    }
  }

  public var header: [String]
  public var records: [Record]
  public var problems: [Diagnostic]

  /// Reads `text`; throws only when it is no CSV at all (no header can be read).
  public static func parse(_ text: String, file: String) throws(DiagnosticFailure) -> CSVRecords {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
    let delimiter: UnicodeScalar =
      firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
    let reader: CSVReader
    do { reader = try CSVReader(string: body, hasHeaderRow: true, delimiter: delimiter) } catch {
      throw DiagnosticFailure([
        Diagnostic(.error, SourceLocation(file: file, line: 1), "cannot read CSV: \(error)")
      ])
    }
    let header = (reader.headerRow ?? []).map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    var records: [Record] = []
    var problems: [Diagnostic] = []
    var line = 2
    while let fields = reader.next() {
      defer { line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count } }
      if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      guard fields.count == header.count else {
        problems.append(
          Diagnostic(
            .error, SourceLocation(file: file, line: line),
            "row has \(fields.count) fields, the header has \(header.count)"))
        continue
      }
      records.append(
        Record(line: line, values: Dictionary(zip(header, fields), uniquingKeysWith: { a, _ in a }))
      )
    }
    if let error = reader.error {
      problems.append(
        Diagnostic(.error, SourceLocation(file: file, line: line), "broken CSV: \(error)"))
    }
    return CSVRecords(header: header, records: records, problems: problems)
  }
}
