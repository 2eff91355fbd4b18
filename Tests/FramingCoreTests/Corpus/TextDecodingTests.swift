import Foundation
import Testing

@testable import FramingCore

@Suite struct TextDecodingTests {
  @Test func readsUTF8WithAndWithoutByteOrderMark() {
    let text = "„Präsident“ Kim"
    #expect(TextDecoding.decode(Data(text.utf8)).text == text)
    let decoded = TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
    #expect(decoded.text == text)
    #expect(decoded.encoding == .utf8)
  }

  @Test func fallsBackToWindows1252KeepingGermanQuotes() {
    // „Gr\xfc\xdfe“ in Windows-1252: 0x84 „, 0x93 “, 0xFC ü, 0xDF ß.
    let data = Data([0x41, 0x0A, 0x84, 0x47, 0x72, 0xFC, 0xDF, 0x65, 0x93])
    let decoded = TextDecoding.decode(data)
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "A\n„Grüße“")
    #expect(decoded.firstInvalidLine == 2)
  }

  @Test func readsUTF16WithByteOrderMark() throws {
    let data = try #require("Kim Jong Un".data(using: .utf16))
    let decoded = TextDecoding.decode(data)
    #expect(decoded.encoding == .utf16)
    #expect(decoded.text == "Kim Jong Un")
  }
}
