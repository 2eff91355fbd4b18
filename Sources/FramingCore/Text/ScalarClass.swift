/// Character classes of Unicode scalars with a fast path for ASCII and Latin-1 letters, which
/// are nearly all of German text; other scalars ask `Unicode.Scalar.Properties`. The answers
/// are the same as the properties' (tested for every scalar below U+0100).
enum ScalarClass {
  /// Latin-1 letters: U+00C0…U+00FF without × (U+00D7) and ÷ (U+00F7).
  @inline(__always) static func isLatin1Letter(_ v: UInt32) -> Bool {
    v >= 0xC0 && v <= 0xFF && v != 0xD7 && v != 0xF7
  }

  @inline(__always) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    if isLatin1Letter(v) { return true }
    return c.properties.isAlphabetic
  }

  @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    if isLatin1Letter(v) { return v <= 0xDE }
    return c.properties.isUppercase
  }

  @inline(__always) static func isLowercase(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    if isLatin1Letter(v) { return v >= 0xDF }
    return c.properties.isLowercase
  }

  /// A digit or other numeric scalar (`numericType != nil`).
  @inline(__always) static func isNumeric(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    if isLatin1Letter(v) { return false }
    return c.properties.numericType != nil
  }

  /// A scalar that belongs to a word: a letter, a digit, or a combining mark.
  @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 0x80 {
      return ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || (v >= 0x30 && v <= 0x39)
    }
    if isLatin1Letter(v) { return true }
    let p = c.properties
    return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
      || p.generalCategory == .spacingMark
  }
}
