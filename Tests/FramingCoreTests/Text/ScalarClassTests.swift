import Testing

@testable import FramingCore

@Suite struct ScalarClassTests {
  /// The fast paths agree with Unicode's properties on every scalar they answer themselves, and
  /// on a sample beyond them.
  @Test func agreesWithUnicodePropertiesBelowU0100AndBeyond() throws {
    let sample = Array(0..<0x250) + [0x2010, 0x201E, 0x0308, 0x0903, 0x00B2, 0x2153, 0x0660]
    for value in sample {
      let c = try #require(Unicode.Scalar(UInt32(value)))
      let p = c.properties
      #expect(ScalarClass.isAlphabetic(c) == p.isAlphabetic, "U+\(String(value, radix: 16))")
      #expect(ScalarClass.isUppercase(c) == p.isUppercase, "U+\(String(value, radix: 16))")
      #expect(ScalarClass.isLowercase(c) == p.isLowercase, "U+\(String(value, radix: 16))")
      #expect(ScalarClass.isNumeric(c) == (p.numericType != nil), "U+\(String(value, radix: 16))")
      let word =
        p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        || p.generalCategory == .spacingMark
      #expect(ScalarClass.isWord(c) == word, "U+\(String(value, radix: 16))")
    }
  }
}

@Suite struct StringScalarsTests {
  @Test(arguments: ["", "Kim", "Äußerung „Machthaber“", "€ 5", "😀 Emoji", "a\u{0308}"])
  func encodesLikeTheStandardLibrary(text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(String(scalars: scalars).utf8.elementsEqual(text.utf8))
    if scalars.count > 1 {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[1...])
      #expect(String(scalars: scalars[1...]) == String(view))
    }
  }
}
