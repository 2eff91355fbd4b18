import Foundation

/// Cleaning rules from a `kind: boilerplate` lexicon file: lines that belong to the web page,
/// not to the article.
public struct BoilerplateRules: Sendable {
  public struct Rule: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
      /// The whole trimmed line must match; the line is removed.
      case line
      /// Only the matched text is removed from the line.
      case span
    }
    public var id: String
    public var scope: Scope
    public var pattern: String
    public var note: String
    public var location: SourceLocation
    /// ICU regular expression (Foundation's NSRegularExpression), case-insensitive; immutable
    /// and safe to share across threads once compiled.
    nonisolated(unsafe) let regex: NSRegularExpression

    public init(
      id: String, scope: Scope, pattern: String, note: String, location: SourceLocation
    ) throws {
      self.id = id
      self.scope = scope
      self.pattern = pattern
      self.note = note
      self.location = location
      // A line rule must match the whole trimmed line: anchor it, so that ICU backtracks into
      // the alternative that covers the line.
      let anchored = scope == .line ? "^(?:\(pattern))$" : pattern
      self.regex = try NSRegularExpression(pattern: anchored, options: [.caseInsensitive])
    }
  }

  public var id: String
  public var file: String
  public var rules: [Rule]

  public init(id: String, file: String, rules: [Rule]) {
    self.id = id
    self.file = file
    self.rules = rules
  }

  public static let none = BoilerplateRules(id: "none", file: "", rules: [])
}
