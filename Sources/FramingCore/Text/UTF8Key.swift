/// A string as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String` keys are equal under canonical equivalence and hash through NFC; a cache keyed by
/// text as written needs neither, and two keys here are equal only when their bytes are, so a
/// cached result is always the one computed for exactly these bytes.
struct UTF8Key: Hashable {
  var string: String

  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    let (left, right) = (lhs.string.utf8, rhs.string.utf8)
    guard left.count == right.count else { return false }
    let equal = left.withContiguousStorageIfAvailable { a in
      right.withContiguousStorageIfAvailable { b in
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
      }
    }
    return (equal ?? nil) ?? left.elementsEqual(right)
  }

  func hash(into hasher: inout Hasher) {
    let hashed: Void? = string.utf8.withContiguousStorageIfAvailable {
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
    }
    if hashed == nil {
      for byte in string.utf8 { hasher.combine(byte) }
    }
  }
}
