import Foundation
import FramingCore

/// Small Markdown helpers: escaping of article text and tables.
public enum Markdown {
  /// Escapes text for a table cell: pipes, backslashes, line breaks, and characters that would
  /// start markup or HTML (`*`, `_`, backtick, brackets, `<`, `>`).
  public static func escapeCell(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(ch)"
      case "\n", "\r", "\r\n": out += " "
      default: out.append(ch)
      }
    }
    return out
  }

  /// A code span: the text as written, fenced with enough backticks; `|` escaped so that it
  /// can stand in a table cell (GitHub Markdown reads `\|` inside code spans in tables).
  public static func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for ch in text {
      run = ch == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let body = text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(
      of: "\n", with: " ")
    let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
    return fence + pad + body + pad + fence
  }

  /// Escapes running text (paragraphs, blockquotes).
  public static func escape(_ text: String) -> String { escapeCell(text) }

  public static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = [])
    -> String
  {
    var out = "| " + header.joined(separator: " | ") + " |\n|"
    for i in header.indices { out += alignRight.contains(i) ? "---:|" : "---|" }
    out += "\n"
    for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
    return out
  }

  /// A file-name slug for an outlet: ASCII letters and digits, umlauts spelled out, other
  /// characters as hyphens; never empty, never a reserved device name, never a path, and at most
  /// `slugLimit` characters: a longer one is cut and ends in 8 hex digits of the name's SHA-256,
  /// so that two long names that share their start still get two files.
  public static func slug(_ name: String) -> String {
    var out = ""
    let spelled: [Character: String] = [
      "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "à": "a",
    ]
    for ch in name.lowercased() {
      if let s = spelled[ch] {
        out += s
      } else if ch.isASCII, ch.isLetter || ch.isNumber {
        out.append(ch)
      } else if !out.hasSuffix("-") {
        out += "-"
      }
    }
    out = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    if out.isEmpty { out = "outlet" }
    let reserved: Set<String> = [
      "con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2", "lpt3", "index",
      "overview",
    ]
    if reserved.contains(out) { out += "-outlet" }
    if out.utf8.count > slugLimit {
      let hash = SHA256Hex.of(Data(name.utf8)).prefix(8)
      let kept = String(out.prefix(slugLimit - 9)).trimmingCharacters(
        in: CharacterSet(charactersIn: "-"))
      out = "\(kept)-\(hash)"
    }
    return out
  }

  /// The longest slug, in characters (ASCII): file names stay far below the 255 bytes of a name.
  public static let slugLimit = 80
}
