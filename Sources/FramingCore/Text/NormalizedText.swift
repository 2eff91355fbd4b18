/// The text that matching sees, with every scalar traced back to the original file.
///
/// Paragraphs are separated by a blank line (`\n\n`). `origins[i]` is the offset, in Unicode
/// scalars of the decoded original text (byte-order mark removed), of the original scalar(s)
/// that normalized scalar `i` came from; `originLengths[i]` how many original scalars it stands
/// for (0 for an inserted separator). Offsets are what Python's `str` and R's `substr` index by.
public struct NormalizedText: Sendable, Equatable {
  public struct Paragraph: Sendable, Equatable {
    /// Normalized scalar range of the paragraph's text.
    public var range: Range<Int>
    /// 1-based line of the original file where the paragraph starts.
    public var line: Int
    /// True when the paragraph is a block quote: introduced by a colon after a verb of saying.
    public var isBlockQuote: Bool = false
  }

  public internal(set) var scalars: [Unicode.Scalar] = []
  public internal(set) var origins: [Int32] = []
  public internal(set) var originLengths: [UInt8] = []
  public internal(set) var paragraphs: [Paragraph] = []

  public init() {}

  mutating func append(_ scalar: Unicode.Scalar, origin: Int, length: Int) {
    scalars.append(scalar)
    origins.append(Int32(origin))
    originLengths.append(UInt8(min(length, 255)))
  }

  /// Appends a paragraph given as normalized pieces of lines; inserts the separator before it.
  mutating func appendParagraph(_ line: NormalizedLine, startLine: Int) {
    if !scalars.isEmpty {
      let origin = Int(origins.last ?? 0) + Int(originLengths.last ?? 0)
      append("\n", origin: origin, length: 0)
      append("\n", origin: origin, length: 0)
    }
    let start = scalars.count
    scalars.append(contentsOf: line.scalars)
    origins.append(contentsOf: line.origins)
    originLengths.append(contentsOf: line.originLengths)
    paragraphs.append(Paragraph(range: start..<scalars.count, line: startLine))
  }

  /// The original scalar range that a normalized range came from.
  public func originalRange(of range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else {
      let at = range.lowerBound < origins.count ? Int(origins[range.lowerBound]) : 0
      return at..<at
    }
    let start = Int(origins[range.lowerBound])
    let last = range.upperBound - 1
    return start..<max(start, Int(origins[last]) + Int(originLengths[last]))
  }

  public func string(_ range: Range<Int>) -> String {
    String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
  }

  public var string: String { string(0..<scalars.count) }
}

/// One line (or several joined lines) after scalar-level normalization.
struct NormalizedLine: Sendable {
  var scalars: [Unicode.Scalar] = []
  var origins: [Int32] = []
  var originLengths: [UInt8] = []

  mutating func append(_ scalar: Unicode.Scalar, origin: Int, length: Int) {
    scalars.append(scalar)
    origins.append(Int32(origin))
    originLengths.append(UInt8(min(length, 255)))
  }

  mutating func append(contentsOf other: NormalizedLine) {
    scalars.append(contentsOf: other.scalars)
    origins.append(contentsOf: other.origins)
    originLengths.append(contentsOf: other.originLengths)
  }

  mutating func removeSubrange(_ range: Range<Int>) {
    scalars.removeSubrange(range)
    origins.removeSubrange(range)
    originLengths.removeSubrange(range)
  }

  /// Drops leading and trailing spaces.
  mutating func trim() {
    while let last = scalars.last, last == " " {
      removeSubrange((scalars.count - 1)..<scalars.count)
    }
    var leading = 0
    while leading < scalars.count, scalars[leading] == " " { leading += 1 }
    if leading > 0 { removeSubrange(0..<leading) }
  }

  var string: String {
    String(scalars: scalars)
  }

  var isBlank: Bool { scalars.allSatisfy { $0 == " " } }
}
