/// One problem in a corpus manifest, with its place: a reason, rendered once through
/// `Diagnostic` like every located message (see ARCHITECTURE.md, "Errors").
///
/// Errors stop the run (nothing in the manifest can be trusted); warnings leave out the row or
/// the document and say so.
public struct ManifestError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    case unreadableCSV(problem: String)
    case brokenCSV(problem: String)
    case missingColumns([String])
    case fieldCount(found: Int, expected: Int)
    case emptyFile
    case pathOutsideCorpus(path: String)
    case duplicateRow(path: String, firstLine: Int)
    case emptyOutlet(path: String)
    case badDate(date: String, path: String)
    /// A quoted field that no quote closes where the field ends: it would take in the rows
    /// after it.
    case unterminatedQuote
  }

  public var location: SourceLocation
  public var reason: Reason

  public init(_ reason: Reason, at location: SourceLocation) {
    self.location = location
    self.reason = reason
  }

  public var severity: Diagnostic.Severity {
    switch reason {
    case .unreadableCSV, .brokenCSV, .missingColumns, .pathOutsideCorpus, .unterminatedQuote: .error
    case .fieldCount, .emptyFile, .duplicateRow, .emptyOutlet, .badDate: .warning
    }
  }

  /// What the run leaves out because of it.
  public var skipped: String? {
    switch reason {
    case .fieldCount, .emptyFile, .duplicateRow: "manifest row"
    case .emptyOutlet: "document"
    case .unreadableCSV, .brokenCSV, .missingColumns, .pathOutsideCorpus, .unterminatedQuote,
      .badDate:
      nil
    }
  }

  public var message: String {
    switch reason {
    case .unreadableCSV(let problem): return "cannot read CSV: \(problem)"
    case .brokenCSV(let problem): return "broken CSV: \(problem)"
    case .missingColumns(let missing):
      return
        "manifest header lacks column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")) (needs \(Manifest.requiredColumns.joined(separator: ",")), optional url and more)"
    case .fieldCount(let found, let expected):
      return "row has \(found) fields, the header has \(expected)"
    case .emptyFile: return "empty 'file' value"
    case .pathOutsideCorpus(let path):
      return
        "file '\(path)' points outside the corpus folder (name files relative to the folder holding the manifest, without '..')"
    case .duplicateRow(let path, let first):
      return "duplicate row for '\(path)' (first listed on line \(first))"
    case .emptyOutlet(let path): return "empty 'outlet' for '\(path)'"
    case .badDate(let date, let path):
      return
        "bad date '\(date)' for '\(path)' (expected yyyy-mm-dd or dd.mm.yyyy); the document is kept without a date"
    case .unterminatedQuote:
      return
        "a quoted field opened on this line is never properly closed (it would take in the rows after it); close the quote or remove it"
    }
  }

  /// The located message, as every diagnostic is rendered.
  public var diagnostic: Diagnostic { Diagnostic(severity, location, message, skipped: skipped) }

  public var description: String { diagnostic.description }
}
