/// A line prepared once for the literal prefilter of boilerplate rules: its UTF-8 bytes with
/// ASCII letters lower-cased, and whether it holds a scalar that case-folds to ASCII letters
/// (ICU's case-insensitive matching uses full case folding: "strasse" matches "Straße").
///
/// Every rule's required literal is then looked up in the same bytes, instead of lower-casing
/// the line again for each rule.
struct LiteralProbe {
  private let bytes: [UInt8]
  /// The line holds a scalar whose full case folding has an ASCII letter: ſ (C5 BF), dotted İ
  /// (C4 B0), ß (C3 9F), ŉ (C5 89), ǰ (C7 B0), ẖ ẗ ẘ ẙ ẚ ẞ (E1 BA 96–9A, 9E), the Kelvin sign
  /// (E2 84 AA) and the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ (EF AC 80–86): no literal can be ruled out.
  private let mayFoldToASCII: Bool

  init(_ text: String) {
    var bytes = Array(text.utf8)
    var mayFold = false
    bytes.withUnsafeMutableBufferPointer { buffer in
      let count = buffer.count
      for i in 0..<count {
        let b = buffer[i]
        if b >= 0x41 && b <= 0x5A {
          buffer[i] = b | 0x20
        } else if b >= 0xC3 {
          let next = i + 1 < count ? buffer[i + 1] : 0
          let third = i + 2 < count ? buffer[i + 2] : 0
          switch (b, next) {
          case (0xC5, 0xBF), (0xC4, 0xB0), (0xC3, 0x9F), (0xC5, 0x89), (0xC7, 0xB0):
            mayFold = true
          case (0xE1, 0xBA) where (0x96...0x9A).contains(third) || third == 0x9E:
            mayFold = true
          case (0xE2, 0x84) where third == 0xAA: mayFold = true
          case (0xEF, 0xAC) where (0x80...0x86).contains(third): mayFold = true
          default: break
          }
        }
      }
    }
    self.bytes = bytes
    self.mayFoldToASCII = mayFold
  }

  /// True when the line surely has no case-insensitive match of `literal`, given as lower-cased
  /// ASCII bytes. False for an empty literal.
  func lacks(_ literal: [UInt8]) -> Bool {
    if mayFoldToASCII { return false }
    guard let first = literal.first, bytes.count >= literal.count else { return !literal.isEmpty }
    return bytes.withUnsafeBufferPointer { hay in
      literal.withUnsafeBufferPointer { needle in
        let last = hay.count - needle.count
        var start = 0
        while start <= last {
          if hay[start] == first {
            var k = 1
            while k < needle.count && hay[start + k] == needle[k] { k += 1 }
            if k == needle.count { return false }
          }
          start += 1
        }
        return true
      }
    }
  }
}
