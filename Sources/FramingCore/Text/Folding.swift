/// The folded form that matching compares: lower case, ß→ss, hyphens and soft hyphens removed,
/// typographic apostrophes as `'`.
///
/// "Kreml-Chef", "Kremlchef" and "KREMLCHEF" fold to "kremlchef"; Swiss "gross" and "groß" to
/// "gross". Umlauts are kept (the Snowball stem removes them where stems are compared).
public enum Folding {
  public static func fold(_ text: some StringProtocol) -> String {
    var isPlain = true
    for byte in text.utf8
    where byte >= 0x80 || byte == UInt8(ascii: "-") || (byte >= 0x41 && byte <= 0x5A) {
      isPlain = false
      break
    }
    if isPlain { return String(text) }
    var out = String.UnicodeScalarView()
    for scalar in String(text).lowercased().unicodeScalars {
      switch scalar {
      case "-", "\u{2010}", "\u{2011}", "\u{00AD}": continue
      case "ß": out.append("s"); out.append("s")
      case "\u{2019}", "\u{02BC}": out.append("'")
      default: out.append(scalar)
      }
    }
    return String(out)
  }
}
