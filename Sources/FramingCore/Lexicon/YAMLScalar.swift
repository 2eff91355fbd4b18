/// Writes text as a YAML scalar: plain where YAML reads it back unchanged as text, otherwise
/// double-quoted with escapes.
enum YAMLScalar {
  /// A scalar in block context (`term: Diktator`).
  static func block(_ text: String) -> String { isPlain(text, inFlow: false) ? text : quoted(text) }

  /// A scalar inside a flow list (`patterns: [Diktator, "*diktator"]`).
  static func flow(_ text: String) -> String { isPlain(text, inFlow: true) ? text : quoted(text) }

  /// A flow list of scalars.
  static func list(_ items: [String]) -> String {
    "[" + items.map(flow).joined(separator: ", ") + "]"
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Words YAML 1.1 or 1.2 would read as booleans or null.
  static let reserved: Set<String> = [
    "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~",
  ]

  static func isPlain(_ text: String, inFlow: Bool) -> Bool {
    guard let first = text.first, let last = text.last else { return false }
    if first == " " || last == " " || last == ":" { return false }
    if "-?:,[]{}#&*!|>'\"%@`=".contains(first) { return false }
    if reserved.contains(text.lowercased()) || Double(text) != nil { return false }
    if text.contains(": ") || text.contains(" #") || text.contains(where: \.isNewline) {
      return false
    }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
    if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
    return true
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
