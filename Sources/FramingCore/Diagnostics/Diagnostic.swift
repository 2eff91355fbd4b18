/// One message about the input: a warning the run survives, or an error that stops it.
///
/// Rendered compiler-style, lower case: `corpus/manifest.csv:4: warning: file 'x.txt' not found`.
/// `skipped` says what the run left out because of it (a document, a manifest row), so that the
/// report can list every loss.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
  public enum Severity: String, Sendable, Comparable, Codable {
    case note, warning, error
    var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  /// What was left out because of this message, e.g. "document", "manifest row"; nil when nothing.
  public var skipped: String?

  public init(
    _ severity: Severity, _ location: SourceLocation, _ message: String, skipped: String? = nil
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.skipped = skipped
  }

  public var description: String {
    "\(location): \(severity.rawValue): \(message)" + (skipped.map { " (\($0) skipped)" } ?? "")
  }
}

/// Thrown when input cannot be used at all; carries every message found, not just the first.
public struct DiagnosticFailure: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
