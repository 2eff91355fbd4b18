/// A plain-text table for the terminal: columns padded to their widest cell, cells longer than
/// `maxWidth` cut with an ellipsis.
public struct TerminalTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  public var columns: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []

  public init(columns: [String], alignments: [Alignment]? = nil) {
    self.columns = columns
    self.alignments = alignments ?? columns.map { _ in .left }
  }

  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The table as lines, each ending in a newline; a cut cell keeps its end when right-aligned
  /// (the words next to a concordance match) and its start otherwise.
  public func render(maxWidth: Int = 80) -> String {
    let cells = ([columns] + rows).map { row in
      row.enumerated().map { i, cell in
        Self.cut(
          cell.replacingOccurrences(of: "\n", with: " "), to: maxWidth,
          keepingEnd: alignments[i] == .right)
      }
    }
    let widths = columns.indices.map { i in cells.map { $0[i].count }.max() ?? 0 }
    var out = ""
    for row in cells {
      let padded = row.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return alignments[i] == .right ? pad + cell : cell + pad
      }
      var line = padded.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  static func cut(_ text: String, to width: Int, keepingEnd: Bool) -> String {
    guard text.count > width, width > 1 else { return text }
    return keepingEnd ? "…" + text.suffix(width - 1) : text.prefix(width - 1) + "…"
  }
}
