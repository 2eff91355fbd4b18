import Foundation

/// Scalar-level normalization of one line: what a reader sees, not how the file spells it.
///
/// - Unicode NFC (a decomposed "ä" becomes one scalar);
/// - no-break, narrow and thin spaces and tabs become a space; runs of spaces collapse to one;
/// - soft hyphens, zero-width spaces, word joiners and stray byte-order marks are removed;
/// - the hyphen variants U+2010/U+2011 become `-`.
/// Quote marks and apostrophes are kept as written: the quote detector needs them.
public enum Normalizer {
  static let removed: Set<Unicode.Scalar> = ["\u{00AD}", "\u{200B}", "\u{2060}", "\u{FEFF}"]
  static let spaces: Set<Unicode.Scalar> = [
    "\t", "\u{00A0}", "\u{2007}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{2002}", "\u{2003}",
    "\u{3000}", "\u{000B}", "\u{000C}",
  ]

  /// Normalizes `scalars[range]`, a line of the original text without its line break.
  static func normalizeLine(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> NormalizedLine {
    var line = NormalizedLine()
    line.scalars.reserveCapacity(range.count)
    if scalars[range].contains(where: needsComposition) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      var offset = range.lowerBound
      for character in String(view) {
        let count = character.unicodeScalars.count
        let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in composed {
          appendScalar(scalar, origin: offset, length: count, to: &line)
        }
        offset += count
      }
    } else {
      for i in range { appendScalar(scalars[i], origin: i, length: 1, to: &line) }
    }
    line.trim()
    return line
  }

  /// For each ASCII scalar, whether `spaces` holds it: the sets are hashed only for the rest
  /// (`removed` holds no ASCII scalar).
  static let isASCIISpace: [Bool] = (0..<128).map { value in
    let scalar = Unicode.Scalar(UInt8(value))
    return scalar == " " || spaces.contains(scalar)
  }

  private static func appendScalar(
    _ scalar: Unicode.Scalar, origin: Int, length: Int, to line: inout NormalizedLine
  ) {
    if scalar.value < 0x80 {
      if isASCIISpace[Int(scalar.value)] {
        if line.scalars.last == " " { return }
        line.append(" ", origin: origin, length: length)
      } else {
        line.append(scalar, origin: origin, length: length)
      }
      return
    }
    if removed.contains(scalar) { return }
    if spaces.contains(scalar) {
      if line.scalars.last == " " { return }
      line.append(" ", origin: origin, length: length)
      return
    }
    switch scalar {
    case "\u{2010}", "\u{2011}": line.append("-", origin: origin, length: length)
    default: line.append(scalar, origin: origin, length: length)
    }
  }

  /// True for combining marks, which may compose with the scalar before them under NFC.
  private static func needsComposition(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x300
      && (scalar.properties.canonicalCombiningClass.rawValue != 0
        || scalar.properties.generalCategory == .nonspacingMark
        || (0x1160...0x11FF).contains(scalar.value))
  }
}
