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
    if let folded = foldLatin1(String(text)) { return folded }
    return foldScalars(text)
  }

  /// The general path: lower-cases by Unicode's mappings, then folds scalar by scalar.
  static func foldScalars(_ text: some StringProtocol) -> String {
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

  /// The same result as `foldScalars` for text of scalars below U+0100 (ASCII and Latin-1, nearly
  /// all German words), computed on the UTF-8 bytes; nil for any other text.
  ///
  /// Lower case there is the upper-case letter plus 0x20 (A–Z, À–Þ without ×); ß becomes "ss",
  /// which is as long in UTF-8, so the result never outgrows the input.
  static func foldLatin1(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      let count = bytes.count
      var i = 0
      while i < count {
        let b = bytes[i]
        if b >= 0x80 {
          guard b == 0xC2 || b == 0xC3, i + 1 < count else { return nil }
          i += 1
        }
        i += 1
      }
      return String(unsafeUninitializedCapacity: count) { out in
        var n = 0
        var i = 0
        while i < count {
          let b = bytes[i]
          if b < 0x80 {
            if b != UInt8(ascii: "-") {
              out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
              n += 1
            }
            i += 1
            continue
          }
          let next = bytes[i + 1]
          i += 2
          if b == 0xC2 {
            // U+0080…U+00BF: the soft hyphen (U+00AD) goes; the rest are their own lower case.
            if next != 0xAD {
              out[n] = b
              out[n + 1] = next
              n += 2
            }
          } else if next == 0x9F {
            // ß (U+00DF).
            out[n] = UInt8(ascii: "s")
            out[n + 1] = UInt8(ascii: "s")
            n += 2
          } else {
            // U+00C0…U+00DE without × (U+00D7) are upper case; U+00E0… lower case.
            out[n] = b
            out[n + 1] = next <= 0x9E && next != 0x97 ? next + 0x20 : next
            n += 2
          }
        }
        return n
      }
    }
  }
}
