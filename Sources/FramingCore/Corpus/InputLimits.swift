import Foundation

/// The most a run reads at once from one input: a JSON Lines line and a document. Past a limit
/// the line or document is skipped with a message naming it, and the run goes on; memory stays
/// bounded by the limits, whatever the input (a gzip bomb, a 50 MB line).
///
/// Raised or lowered with the environment variables `FRAMING_MAX_LINE_MB` and
/// `FRAMING_MAX_DOCUMENT_MB` (megabytes, 1 MB = 1,048,576 bytes; decimals allowed).
public struct InputLimits: Sendable, Equatable {
  /// Bytes of one JSON Lines line (after decompression), line break excluded.
  public var maxLineBytes: Int
  /// Bytes of one document: a file of a folder corpus, the text of a JSON Lines record.
  public var maxDocumentBytes: Int

  /// The defaults, in megabytes. A document's analysis holds its tokens and matches: measured
  /// (release build) a 30 MB article dense with matches peaked at 7.9 GB, an 8 MB one at 2.3 GB;
  /// news articles are rarely over 100 kB. A line holds a document plus metadata and JSON
  /// escapes, hence twice that.
  public static let defaultLineMegabytes = 16.0
  public static let defaultDocumentMegabytes = 8.0

  public init(maxLineBytes: Int, maxDocumentBytes: Int) {
    self.maxLineBytes = max(1, maxLineBytes)
    self.maxDocumentBytes = max(1, maxDocumentBytes)
  }

  /// The limits the environment sets, else 16 MB a line and 8 MB a document.
  public static var current: InputLimits {
    let environment = ProcessInfo.processInfo.environment
    return InputLimits(
      maxLineBytes: bytes(environment["FRAMING_MAX_LINE_MB"], default: defaultLineMegabytes),
      maxDocumentBytes: bytes(
        environment["FRAMING_MAX_DOCUMENT_MB"], default: defaultDocumentMegabytes))
  }

  /// Megabytes given as text, in bytes; the default when missing or not a positive number.
  static func bytes(_ text: String?, default fallback: Double) -> Int {
    guard let text, let megabytes = Double(text), megabytes > 0, megabytes < 1_000_000 else {
      return Int(fallback * 1_048_576)
    }
    return max(1, Int(megabytes * 1_048_576))
  }

  /// A size for messages: "64 MB", "0.50 MB", "100 bytes".
  public static func megabytes(_ bytes: Int) -> String {
    if bytes < 1_048_576 / 100 { return "\(bytes) bytes" }
    let value = Double(bytes) / 1_048_576
    return value == value.rounded() ? "\(Int(value)) MB" : String(format: "%.2f MB", value)
  }
}
