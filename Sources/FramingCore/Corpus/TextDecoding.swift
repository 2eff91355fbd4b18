import Foundation

/// Why bytes were not decoded at all.
public struct TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
  public var reason: String
  public var description: String { reason }
}

/// Decodes article bytes: UTF-8 with or without byte-order mark, UTF-32 with a byte-order mark,
/// UTF-16 with a byte-order mark or recognized by its NUL bytes, and otherwise Windows-1252
/// (with a warning naming the file).
///
/// A file that is not text (a PDF, an image, an archive, or bytes of which more than 5% are
/// control characters) is rejected rather than decoded as Windows-1252 into nonsense. NUL bytes
/// in a text are read as spaces, so that offsets still count the file's code points.
public enum TextDecoding {
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    case utf32 = "UTF-32"
    case windows1252 = "Windows-1252"
  }

  public struct Decoded: Sendable {
    public var text: String
    public var encoding: Encoding
    /// 1-based line of the first byte that is not UTF-8, when the text was decoded otherwise.
    public var firstInvalidLine: Int?
    /// `UTF-16LE` or `UTF-16BE` when the byte order was inferred from NUL bytes (no mark).
    public var inferredByteOrder: String?
    /// NUL characters in the text, each read as a space.
    public var nulCount = 0
    /// 1-based line of the first NUL character.
    public var firstNULLine: Int?
  }

  /// How many leading bytes the binary and UTF-16 checks look at.
  static let sampleSize = 65_536
  /// Share of control bytes (not tab, line feed, form feed, carriage return) above which a
  /// file counts as binary.
  static let binaryControlShare = 0.05

  /// Signatures of common binary formats, by their first bytes.
  static let signatures: [(bytes: [UInt8], name: String)] = [
    (Array("%PDF-".utf8), "a PDF file"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or DOCX/ODT)"),
    ([0x1F, 0x8B], "gzip-compressed data"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"), (Array("GIF8".utf8), "a GIF image"),
    ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
    ([0xD0, 0xCF, 0x11, 0xE0], "an old Word or Excel file (OLE)"),
    (Array("SQLite format 3".utf8), "an SQLite database"),
  ]

  public static func decode(_ data: Data) throws(TextDecodingError) -> Decoded {
    var decoded = try decodeText(data)
    readNULsAsSpaces(&decoded)
    return decoded
  }

  private static func decodeText(_ data: Data) throws(TextDecodingError) -> Decoded {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = data.dropFirst(3)
      if let text = String(validating: body, as: UTF8.self) {
        return Decoded(text: text, encoding: .utf8)
      }
      try rejectBinary(body)
      return windows1252(body)
    }
    // UTF-32's little-endian mark starts with UTF-16's: it is tested first (issue 22: UTF-32
    // text with a mark was read as UTF-16 garbage).
    for (mark, isLittleEndian) in [
      ([UInt8]([0xFF, 0xFE, 0x00, 0x00]), true), ([0x00, 0x00, 0xFE, 0xFF], false),
    ] where data.starts(with: mark) {
      guard let text = utf32(data.dropFirst(4), littleEndian: isLittleEndian) else {
        throw TextDecodingError(
          reason:
            "starts with a UTF-32 byte-order mark but is not valid UTF-32 (\(data.count) bytes; cut off?)"
        )
      }
      return Decoded(text: text, encoding: .utf32)
    }
    for (mark, isLittleEndian) in [([UInt8]([0xFF, 0xFE]), true), ([0xFE, 0xFF], false)]
    where data.starts(with: mark) {
      guard let text = utf16(data.dropFirst(2), littleEndian: isLittleEndian) else {
        throw TextDecodingError(
          reason:
            "starts with a UTF-16 byte-order mark but is not valid UTF-16 (\(data.count) bytes; cut off?)"
        )
      }
      return Decoded(text: text, encoding: .utf16)
    }
    if let isLittleEndian = utf16ByteOrder(data),
      let text = utf16(data[...], littleEndian: isLittleEndian)
    {
      return Decoded(
        text: text, encoding: .utf16, inferredByteOrder: isLittleEndian ? "UTF-16LE" : "UTF-16BE")
    }
    try rejectBinary(data[...])
    if let text = String(validating: data, as: UTF8.self) {
      return Decoded(text: text, encoding: .utf8)
    }
    return windows1252(data[...])
  }

  /// UTF-32 text from bytes without a byte-order mark, or nil when they are not valid UTF-32.
  private static func utf32(_ bytes: Data.SubSequence, littleEndian: Bool) -> String? {
    guard bytes.count % 4 == 0 else { return nil }
    var scalars = String.UnicodeScalarView()
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = (0..<4).map { UInt32(bytes[i + $0]) }
      let value =
        littleEndian
        ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24 : b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]
      guard let scalar = Unicode.Scalar(value) else { return nil }
      scalars.append(scalar)
      i += 4
    }
    return String(scalars)
  }

  /// UTF-16 text from bytes without a byte-order mark, or nil when they are not valid UTF-16.
  private static func utf16(_ bytes: Data.SubSequence, littleEndian: Bool) -> String? {
    guard bytes.count % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    return String(validating: units, as: UTF16.self)
  }

  /// The byte order of UTF-16 text without a byte-order mark, recognized by NUL bytes: in
  /// German (or any Latin-script) text, most characters have a NUL high byte, so NULs stand
  /// at odd offsets (little-endian) or even ones (big-endian), and almost never at the other.
  static func utf16ByteOrder(_ data: Data) -> Bool? {
    let count = min(data.count, sampleSize) & ~1
    guard count >= 4, data.count % 2 == 0 else { return nil }
    var nulAtEven = 0
    var nulAtOdd = 0
    let start = data.startIndex
    for i in stride(from: 0, to: count, by: 2) {
      if data[start + i] == 0 { nulAtEven += 1 }
      if data[start + i + 1] == 0 { nulAtOdd += 1 }
    }
    let pairs = count / 2
    if nulAtOdd * 10 >= pairs * 4, nulAtEven * 20 <= pairs { return true }
    if nulAtEven * 10 >= pairs * 4, nulAtOdd * 20 <= pairs { return false }
    return nil
  }

  /// Throws when the bytes start with a known binary signature or hold too many control bytes.
  static func rejectBinary(_ data: Data.SubSequence) throws(TextDecodingError) {
    for signature in signatures where data.starts(with: signature.bytes) {
      throw TextDecodingError(reason: "binary file (looks like \(signature.name)), not an article")
    }
    let sample = data.prefix(sampleSize)
    guard !sample.isEmpty else { return }
    var control = 0
    for byte in sample where byte < 0x20 || byte == 0x7F {
      if byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D { control += 1 }
    }
    if Double(control) > binaryControlShare * Double(sample.count) {
      throw TextDecodingError(
        reason:
          "binary file (\(control) of the first \(sample.count) bytes are control characters), not an article"
      )
    }
  }

  /// Replaces NUL characters with spaces, counting them.
  private static func readNULsAsSpaces(_ decoded: inout Decoded) {
    guard decoded.text.utf8.contains(0) else { return }
    var scalars = String.UnicodeScalarView()
    var line = 1
    for scalar in decoded.text.unicodeScalars {
      if scalar == "\n" { line += 1 }
      if scalar == "\0" {
        decoded.nulCount += 1
        if decoded.firstNULLine == nil { decoded.firstNULLine = line }
        scalars.append(" ")
      } else {
        scalars.append(scalar)
      }
    }
    decoded.text = String(scalars)
  }

  private static func windows1252(_ data: Data.SubSequence) -> Decoded {
    let line = lineOfFirstInvalidUTF8(data)
    // Foundation's table; the five bytes Windows-1252 leaves undefined map as in Latin-1.
    var table = (0...255).map { Unicode.Scalar(UInt8($0)) }
    for byte in UInt8(0x80)...0x9F {
      if let mapped = String(data: Data([byte]), encoding: .windowsCP1252),
        let scalar = mapped.unicodeScalars.first
      {
        table[Int(byte)] = scalar
      }
    }
    var scalars = String.UnicodeScalarView()
    for byte in data { scalars.append(table[Int(byte)]) }
    return Decoded(text: String(scalars), encoding: .windows1252, firstInvalidLine: line)
  }

  /// Messages about how bytes were decoded (a guessed encoding, NULs read as spaces), for the
  /// file `displayPath`.
  public static func diagnostics(_ decoded: Decoded, file displayPath: String) -> [Diagnostic] {
    var result: [Diagnostic] = []
    if decoded.encoding == .windows1252 {
      result.append(
        Diagnostic(
          .warning, SourceLocation(file: displayPath, line: decoded.firstInvalidLine ?? 0),
          "not valid UTF-8; decoded as Windows-1252"))
    }
    if let order = decoded.inferredByteOrder {
      result.append(
        Diagnostic(
          .warning, SourceLocation(file: displayPath),
          "no byte-order mark; read as \(order) (recognized by its NUL bytes)"))
    }
    if decoded.nulCount > 0 {
      let count = decoded.nulCount
      result.append(
        Diagnostic(
          .warning, SourceLocation(file: displayPath, line: decoded.firstNULLine ?? 0),
          "\(count) NUL byte\(count == 1 ? "" : "s") in the text, read as space\(count == 1 ? "" : "s")"
        ))
    }
    return result
  }

  /// 1-based line of the first byte sequence that is not valid UTF-8 (1 when none is found).
  public static func lineOfFirstInvalidUTF8(_ data: some Collection<UInt8>) -> Int {
    var line = 1
    var bytes = Array(data)[...]
    while !bytes.isEmpty {
      let lead = bytes[bytes.startIndex]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return line
      }
      guard bytes.count >= length,
        String(validating: bytes.prefix(length), as: UTF8.self) != nil
      else { return line }
      if lead == 0x0A { line += 1 }
      bytes = bytes.dropFirst(length)
    }
    return 1
  }
}
