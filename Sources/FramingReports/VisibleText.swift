import Foundation

/// Text from documents and metadata made safe to display in every output (CSV, Markdown, HTML,
/// SVG): invisible controls shown as code points, and cells cut to a bounded width.
public enum VisibleText {
  /// The longest context or match cell, in characters; a longer one is cut and ends in "…".
  public static let cellLimit = 2_000

  /// Replaces every bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E,
  /// U+2066–U+2069) and every other invisible control (C0 and C1 controls but tab, line feed and
  /// carriage return; U+200B, U+2060, U+FEFF) by its visible code point, `⟨U+202E⟩`: an outlet
  /// name can no longer display as another's. Text without them is returned unchanged.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isInvisible) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isInvisible(scalar) {
        out.append(contentsOf: "⟨U+\(hex(scalar.value))⟩".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether a scalar is one that `escaped` shows as its code point.
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF:
      return true
    default: return false
    }
  }

  /// `text` cut to `limit` characters, "…" marking the cut (at the end, or at the start when
  /// `keepsEnd`, for a left context).
  public static func cut(_ text: String, limit: Int = cellLimit, keepsEnd: Bool = false) -> String {
    guard text.utf8.count > limit, text.count > limit else { return text }
    return keepsEnd ? "…" + text.suffix(limit - 1) : text.prefix(limit - 1) + "…"
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
