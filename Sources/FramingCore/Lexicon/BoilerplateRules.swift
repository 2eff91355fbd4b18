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
    nonisolated(unsafe) let regex: Regex<AnyRegexOutput>

    public init(
      id: String, scope: Scope, pattern: String, note: String, location: SourceLocation
    ) throws {
      self.id = id
      self.scope = scope
      self.pattern = pattern
      self.note = note
      self.location = location
      self.regex = try Regex(pattern).ignoresCase()
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
