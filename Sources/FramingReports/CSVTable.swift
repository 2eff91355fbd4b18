import Foundation
import FramingCore

/// A table for a CSV file: typed columns with descriptions (the data dictionary's source) and
/// rows of already formatted cells.
public struct CSVTable: Sendable {
  public struct Column: Sendable {
    public enum Kind: String, Sendable {
      case string, integer, number, date, boolean
    }
    public var name: String
    public var kind: Kind
    public var description: String

    public init(_ name: String, _ kind: Kind, _ description: String) {
      self.name = name
      self.kind = kind
      self.description = description
    }
  }

  public var name: String
  public var description: String
  public var columns: [Column]
  public var rows: [[String]] = []

  public init(name: String, description: String, columns: [Column]) {
    self.name = name
    self.description = description
    self.columns = columns
  }

  public mutating func append(_ row: [String]) {
    precondition(
      row.count == columns.count, "\(name): row has \(row.count) cells for \(columns.count) columns"
    )
    rows.append(row)
  }

  /// The CSV text in a dialect. Every dialect quotes fields holding the delimiter, a quote or a
  /// line break, and neutralizes text cells that a spreadsheet would run as a formula (leading
  /// `=`, `+`, `-`, `@`, tab, carriage return) with a leading apostrophe, following OWASP's
  /// CSV-injection advice; numeric columns are never changed, except for the decimal mark.
  public func csv(_ dialect: CSVDialect = .rfc4180) -> String {
    var out = header(dialect)
    out.reserveCapacity(64 * (rows.count + 1))
    for row in rows { out += line(row, dialect) }
    return out
  }

  /// The byte-order mark (when the dialect has one) and the header line.
  public func header(_ dialect: CSVDialect) -> String {
    (dialect.byteOrderMark ? "\u{FEFF}" : "") + line(columns.map(\.name), dialect, typed: false)
  }

  /// One row as a CSV line with its CRLF (see `csv`).
  public func line(_ cells: [String], _ dialect: CSVDialect, typed: Bool = true) -> String {
    precondition(
      cells.count == columns.count,
      "\(name): row has \(cells.count) cells for \(columns.count) columns")
    var out = ""
    out.reserveCapacity(cells.reduce(2 * cells.count + 2) { $0 + $1.utf8.count })
    let delimiter = dialect.delimiter
    let delimiterByte = delimiter.asciiValue ?? UInt8(ascii: ",")
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(delimiter) }
      // Invisible and bidirectional controls shown as code points (see `VisibleText`).
      var value = typed ? VisibleText.escaped(cell) : cell
      // Bytes, not Characters: a delimiter or quote followed by a combining mark is still one.
      if typed, columns[i].kind == .string, let first = value.utf8.first,
        Self.isFormulaStart(first)
          || (first == UInt8(ascii: "'") && Self.isFormulaLike(value.drop { $0 == "'" }))
      {
        // `'=x` gets one more apostrophe too, so that reading one back gives `'=x` again.
        value = "'" + value
      }
      if typed, columns[i].kind == .number {
        value = NumberFormat.unambiguous(value)
        if dialect.decimalComma { value = value.replacingOccurrences(of: ".", with: ",") }
      }
      if value.utf8.contains(where: {
        $0 == delimiterByte || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      }) {
        // Quotes doubled byte by byte: 0x22 is never part of a longer UTF-8 sequence.
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
          quoted.append(byte)
          if byte == 0x22 { quoted.append(0x22) }
        }
        quoted.append(0x22)
        out += String(decoding: quoted, as: UTF8.self)
      } else {
        out += value
      }
    }
    out += "\r\n"
    return out
  }
}

extension CSVTable {
  static func isFormulaStart(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
  }

  /// Whether a spreadsheet would run the text as a formula (its first byte is `=`, `+`, `-`,
  /// `@`, tab or carriage return).
  public static func isFormulaLike(_ text: Substring) -> Bool {
    text.utf8.first.map(isFormulaStart) ?? false
  }
}

/// A CSV file written row by row to a scratch file, for tables too large to keep in memory
/// (matches, counts, documents, removals). `table` holds the definition, never rows.
public final class CSVStream: @unchecked Sendable {
  public let table: CSVTable
  let dialect: CSVDialect
  public let file: ScratchFile

  public init(_ table: CSVTable, dialect: CSVDialect) throws(ScratchFileError) {
    self.table = table
    self.dialect = dialect
    // Compressed until the commit copies it into place: rows of text shrink to about a fifth.
    file = try ScratchFile(compressed: true)
    file.append(table.header(dialect))
  }

  public func append(_ row: [String]) { file.append(table.line(row, dialect)) }
}

/// How CSV files are written.
public enum CSVDialect: String, Sendable, CaseIterable {
  /// RFC 4180: UTF-8 without byte-order mark, comma, `.` decimals, CRLF.
  case rfc4180
  /// For German Excel and LibreOffice by double-click: UTF-8 with byte-order mark, `;`,
  /// decimal comma, CRLF.
  case excelDE = "excel-de"

  public var delimiter: Character { self == .excelDE ? ";" : "," }
  public var decimalComma: Bool { self == .excelDE }
  public var byteOrderMark: Bool { self == .excelDE }
}

/// Locale-free number formatting for outputs: fixed decimals, `.` as the decimal mark.
public enum NumberFormat {
  public static func fixed(_ value: Double, _ decimals: Int) -> String {
    var text = printf("%.*f", decimals, value)
    if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
    return text
  }

  public static func fixed(_ value: Double?, _ decimals: Int) -> String {
    value.map { fixed($0, decimals) } ?? ""
  }

  /// A formatted number that no spreadsheet locale misreads: exactly three decimals get a
  /// fourth (`7.389` → `7.3890`). A spreadsheet in the other locale reads `7.389` (or `7,389`)
  /// as the whole number 7389, its thousands separator; with four decimals it sees text and
  /// shows it as written. Measured with LibreOffice Calc 7.4 headless, CSV import in de-DE
  /// (1031) and en-US (1033): `7.389` → 7389 in German, `7,389` → 7389 in English, while
  /// `7.3890`, `7.38`, `1234.5678` stay text in the other locale and numbers in their own.
  public static func unambiguous(_ number: String) -> String {
    let bytes = Array(number.utf8)
    guard bytes.count >= 5, bytes[bytes.count - 4] == UInt8(ascii: "."),
      bytes[(bytes.count - 3)...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      bytes[..<(bytes.count - 4)].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
      bytes.count - 4 > (bytes.first == 0x2D ? 1 : 0)
    else { return number }
    return number + "0"
  }

  /// Scientific notation with a fixed number of significant decimals: `1.234568e-12`.
  public static func scientific(_ value: Double, _ decimals: Int) -> String {
    printf("%.*e", decimals, value)
  }

  /// C's formatting without Foundation's (NumberFormat runs for every number of every report).
  /// Should anything have set a locale with a decimal comma, the comma (the only mark `%f` and
  /// `%e` localize) becomes `.` again.
  private static func printf(_ format: String, _ decimals: Int, _ value: Double) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { buffer -> String in
      let n = buffer.withMemoryRebound(to: CChar.self) { chars in
        withVaList([Int32(decimals), value]) {
          vsnprintf(chars.baseAddress, chars.count, format, $0)
        }
      }
      guard n >= 0, n < buffer.count else { return String(format: format, decimals, value) }
      let text = String(decoding: buffer[0..<Int(n)], as: UTF8.self)
      return text.contains(",") ? text.replacingOccurrences(of: ",", with: ".") : text
    }
  }
}
