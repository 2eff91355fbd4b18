/// A line prepared once for the literal prefilter of boilerplate rules: its UTF-8 bytes with
/// ASCII letters lower-cased, and whether it holds a scalar that case-folds to an ASCII letter.
///
/// Every rule's required literal is then looked up in the same bytes, instead of lower-casing
/// the line again for each rule.
struct LiteralProbe {
  private let bytes: [UInt8]
  /// The line holds ſ (C5 BF), the Kelvin sign (E2 84 AA) or dotted İ (C4 B0), which fold to
  /// ASCII letters under case-insensitive matching: no literal can be ruled out.
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
        } else if b == 0xC5 || b == 0xC4 || b == 0xE2 {
          let next = i + 1 < count ? buffer[i + 1] : 0
          if (b == 0xC5 && next == 0xBF) || (b == 0xC4 && next == 0xB0)
            || (b == 0xE2 && next == 0x84 && i + 2 < count && buffer[i + 2] == 0xAA)
          {
            mayFold = true
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
