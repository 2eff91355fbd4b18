import Foundation
import Testing

@testable import FramingCore

@Suite struct TextDecodingTests {
  @Test func readsUTF8WithAndWithoutByteOrderMark() throws {
    let text = "„Präsident“ Kim"
    #expect(try TextDecoding.decode(Data(text.utf8)).text == text)
    let decoded = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
    #expect(decoded.text == text)
    #expect(decoded.encoding == .utf8)
  }

  @Test(arguments: [true, false])
  func readsUTF32WithAByteOrderMark(littleEndian: Bool) throws {
    // Issue 22: UTF-32 with a mark was read as UTF-16 garbage (its LE mark starts like UTF-16's).
    let text = "„Präsident“ Kim 🇰🇵"
    var data = Data(littleEndian ? [0xFF, 0xFE, 0x00, 0x00] : [0x00, 0x00, 0xFE, 0xFF])
    for scalar in text.unicodeScalars {
      let v = scalar.value
      let bytes = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
      data.append(contentsOf: littleEndian ? bytes : bytes.reversed())
    }
    let decoded = try TextDecoding.decode(data)
    #expect(decoded.encoding == .utf32)
    #expect(decoded.text == text)
    // Cut off, or a value past U+10FFFF: refused, not guessed.
    #expect(throws: TextDecodingError.self) { try TextDecoding.decode(data.dropLast()) }
    let beyond = littleEndian ? [0x00, 0x00, 0x11, 0x00] : [0x00, 0x11, 0x00, 0x00]
    #expect(throws: TextDecodingError.self) {
      try TextDecoding.decode(data.prefix(4) + Data(beyond.map(UInt8.init)))
    }
  }

  @Test func fallsBackToWindows1252KeepingGermanQuotes() throws {
    // „Gr\xfc\xdfe“ in Windows-1252: 0x84 „, 0x93 “, 0xFC ü, 0xDF ß.
    let data = Data([0x41, 0x0A, 0x84, 0x47, 0x72, 0xFC, 0xDF, 0x65, 0x93])
    let decoded = try TextDecoding.decode(data)
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "A\n„Grüße“")
    #expect(decoded.firstInvalidLine == 2)
    #expect(
      TextDecoding.diagnostics(decoded, file: "c/a.txt").map(\.description) == [
        "c/a.txt:2: warning: not valid UTF-8; decoded as Windows-1252"
      ])
  }

  @Test func invalidUTF8AfterAByteOrderMarkIsReadAsWindows1252() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("Kim\nJong ".utf8) + [0xFC, 0x6E])
    let decoded = try TextDecoding.decode(data)
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "Kim\nJong ün")
    #expect(decoded.firstInvalidLine == 2)
  }

  static let german = "„Grüße“, sagte Kim Jong Un.\nDer Staats- und Parteichef"

  static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      return littleEndian ? [low, high] : [high, low]
    }
  }

  @Test(arguments: [true, false])
  func readsUTF16WithByteOrderMark(littleEndian: Bool) throws {
    let mark: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    let decoded = try TextDecoding.decode(
      Data(mark + Self.utf16(Self.german, littleEndian: littleEndian)))
    #expect(decoded.encoding == .utf16)
    #expect(decoded.text == Self.german)
    #expect(decoded.inferredByteOrder == nil)
    #expect(TextDecoding.diagnostics(decoded, file: "a.txt").isEmpty)
  }

  @Test(arguments: [(true, "UTF-16LE"), (false, "UTF-16BE")])
  func readsUTF16WithoutByteOrderMarkByItsNULBytes(littleEndian: Bool, name: String) throws {
    let decoded = try TextDecoding.decode(
      Data(Self.utf16(Self.german, littleEndian: littleEndian)))
    #expect(decoded.encoding == .utf16)
    #expect(decoded.text == Self.german)
    #expect(
      TextDecoding.diagnostics(decoded, file: "c/a.txt").map(\.description) == [
        "c/a.txt: warning: no byte-order mark; read as \(name) (recognized by its NUL bytes)"
      ])
  }

  @Test func rejectsAByteOrderMarkFollowedByBrokenUTF16() {
    #expect(
      throws: TextDecodingError(
        reason:
          "starts with a UTF-16 byte-order mark but is not valid UTF-16 (5 bytes; cut off?)")
    ) {
      try TextDecoding.decode(Data([0xFF, 0xFE, 0x4B, 0x00, 0x69]))
    }
  }

  @Test func readsNULBytesAsSpacesAndCountsThem() throws {
    // Three NULs in 72 bytes: 4.2%, below the 5% of control characters that make a file binary.
    let text = "Der\nKim\0Jong\0Un\0 reiste am Mittwoch nach Moskau, wo er Putin lange traf."
    let decoded = try TextDecoding.decode(Data(text.utf8))
    #expect(decoded.text == text.replacingOccurrences(of: "\0", with: " "))
    #expect(decoded.nulCount == 3)
    #expect(
      TextDecoding.diagnostics(decoded, file: "c/n.txt").map(\.description) == [
        "c/n.txt:2: warning: 3 NUL bytes in the text, read as spaces"
      ])
  }

  @Test(arguments: [
    (Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3], "looks like a PDF file"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "looks like a PNG image"),
    ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "looks like a ZIP archive (or DOCX/ODT)"),
  ])
  func rejectsKnownBinaryFormats(bytes: [UInt8], expected: String) {
    #expect(throws: TextDecodingError(reason: "binary file (\(expected)), not an article")) {
      try TextDecoding.decode(Data(bytes))
    }
  }

  @Test func rejectsBytesFullOfControlCharactersInsteadOfReadingWindows1252() {
    // Deterministic pseudo-random bytes: about 11% are control characters.
    var state: UInt32 = 12_345
    let bytes = (0..<4_096).map { _ -> UInt8 in
      state = state &* 1_103_515_245 &+ 12_345
      return UInt8(truncatingIfNeeded: state >> 16)
    }
    do {
      _ = try TextDecoding.decode(Data(bytes))
      Issue.record("random bytes were decoded as text")
    } catch {
      #expect(error.reason.hasPrefix("binary file ("))
      #expect(
        error.reason.hasSuffix(" of the first 4096 bytes are control characters), not an article"))
    }
  }
}
