import Foundation

/// Decodes article bytes: UTF-8 with or without byte-order mark, UTF-16 with a byte-order mark,
/// and otherwise Windows-1252 (with a warning naming the file).
public enum TextDecoding {
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    case windows1252 = "Windows-1252"
  }

  public struct Decoded: Sendable {
    public var text: String
    public var encoding: Encoding
    /// 1-based line of the first byte that is not UTF-8, when the text was decoded otherwise.
    public var firstInvalidLine: Int?
  }

  public static func decode(_ data: Data) -> Decoded {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = data.dropFirst(3)
      if let text = String(validating: body, as: UTF8.self) {
        return Decoded(text: text, encoding: .utf8)
      }
      return windows1252(body)
    }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
      let text = String(data: data, encoding: .utf16)
    {
      return Decoded(
        text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, encoding: .utf16)
    }
    if let text = String(validating: data, as: UTF8.self) {
      return Decoded(text: text, encoding: .utf8)
    }
    return windows1252(data)
  }

  private static func windows1252(_ data: Data) -> Decoded {
    let line = lineOfFirstInvalidUTF8(data)
    // Foundation's table; the five bytes Windows-1252 leaves undefined map as in Latin-1.
    var scalars = String.UnicodeScalarView()
    for byte in data {
      if (0x80...0x9F).contains(byte),
        let mapped = String(data: Data([byte]), encoding: .windowsCP1252),
        let scalar = mapped.unicodeScalars.first
      {
        scalars.append(scalar)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return Decoded(text: String(scalars), encoding: .windows1252, firstInvalidLine: line)
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
