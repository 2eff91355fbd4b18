import Foundation

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

  /// RFC 4180 text: UTF-8, comma, CRLF line ends, fields quoted when they hold a comma, quote or
  /// line break. Text cells that a spreadsheet would run as a formula (leading `=`, `+`, `-`,
  /// `@`, tab, carriage return) get a leading apostrophe (OWASP's advice); numeric columns are
  /// never changed.
  public func csv() -> String {
    var out = ""
    out.reserveCapacity(64 * (rows.count + 1))
    func line(_ cells: [String], typed: Bool) {
      for (i, cell) in cells.enumerated() {
        if i > 0 { out += "," }
        var value = cell
        if typed, columns[i].kind == .string, let first = value.unicodeScalars.first,
          ["=", "+", "-", "@", "\t", "\r"].contains(first)
        {
          value = "'" + value
        }
        if value.contains(where: {
          $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n"
        }) {
          out += "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        } else {
          out += value
        }
      }
      out += "\r\n"
    }
    line(columns.map(\.name), typed: false)
    for row in rows { line(row, typed: true) }
    return out
  }
}

/// Locale-free number formatting for outputs: fixed decimals, `.` as the decimal mark.
public enum NumberFormat {
  public static func fixed(_ value: Double, _ decimals: Int) -> String {
    var text = String(format: "%.\(decimals)f", value)
    if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
    return text
  }

  public static func fixed(_ value: Double?, _ decimals: Int) -> String {
    value.map { fixed($0, decimals) } ?? ""
  }

  /// Scientific notation with a fixed number of significant decimals: `1.234568e-12`.
  public static func scientific(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)e", value)
  }
}
