/// One problem in a lexicon file, with its place.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Reason: Equatable, Sendable {
    case yamlSyntax(problem: String)
    case notUTF8
    case missingField(name: String, in: String)
    case unknownField(name: String, suggestion: String?)
    case wrongType(field: String, expected: String)
    case invalidValue(field: String, text: String, expected: String)
    case unsupportedVersion(found: String, supported: ClosedRange<Int>)
    case unknownKind(found: String)
    case weightOutsideScale(weight: Double, min: Double, max: Double)
    case duplicateTerm(term: String, firstSeen: SourceLocation)
    case duplicateID(kind: String, id: String, firstSeen: SourceLocation)
    case invalidPattern(text: String, problem: String)
    case invalidRegex(text: String, problem: String)
    /// A boilerplate rule whose regular expression backtracks catastrophically.
    case backtrackingRegex(rule: String, probe: String)
    case unknownModule(id: String, suggestion: String?)
    case unknownCategory(id: String, suggestion: String?)
    case unknownTerm(term: String, suggestion: String?)
    /// A sheet row names a category its module lacks without the label and weight to add it.
    case incompleteNewCategory(id: String, module: String)
    /// A sheet row would change an existing category, which only `--mode replace` may do.
    case categoryChangeNeedsReplace(
      id: String, label: String, weight: Double, rowLabel: String, rowWeight: Double)
    /// Two sheet rows give one category different labels or weights.
    case conflictingCategoryChange(id: String, firstSeen: SourceLocation)
    case unsupportedLayout(what: String)
    case cannotWrite(problem: String)
    /// No lexicon folder in any of the places looked in, each with what it was.
    case noLexiconFolder(tried: [String])
    /// A scale bound beyond ±`LexiconModule.Scale.bound`.
    case scaleOutOfBounds(field: String, value: Double, bound: Double)
  }

  public var location: SourceLocation
  public var reason: Reason

  public init(_ reason: Reason, at location: SourceLocation) {
    self.location = location
    self.reason = reason
  }

  public var message: String {
    switch reason {
    case .yamlSyntax(let problem): return "YAML syntax: \(problem)"
    case .notUTF8: return "file is not valid UTF-8 (save it as UTF-8)"
    case .missingField(let name, let container): return "missing field '\(name)' in \(container)"
    case .unknownField(let name, let suggestion):
      return "unknown field '\(name)'" + Self.didYouMean(suggestion)
    case .wrongType(let field, let expected): return "'\(field)' must be \(expected)"
    case .invalidValue(let field, let text, let expected):
      return "invalid \(field) '\(text)' (expected \(expected))"
    case .unsupportedVersion(let found, let supported):
      return "unsupported format version '\(found)' (this framing reads \(supported.lowerBound)"
        + (supported.count > 1 ? "...\(supported.upperBound)" : "") + ")"
    case .unknownKind(let found):
      return "unknown kind '\(found)' (expected 'module' or 'boilerplate')"
    case .weightOutsideScale(let weight, let min, let max):
      return
        "weight \(Self.format(weight)) is outside the module's scale \(Self.format(min))...\(Self.format(max))"
    case .duplicateTerm(let term, let first):
      return "duplicate term '\(term)' (first defined at \(first))"
    case .duplicateID(let kind, let id, let first):
      return "duplicate \(kind) id '\(id)' (first defined at \(first))"
    case .invalidPattern(let text, let problem): return "invalid pattern '\(text)': \(problem)"
    case .backtrackingRegex(let rule, let probe):
      let shown = probe.count > 12 ? String(probe.prefix(9)) + "…" + String(probe.suffix(1)) : probe
      return
        "rule '\(rule)' backtracks catastrophically (the \(probe.count)-character line "
        + "'\(shown)' takes over \(BoilerplateRules.probeSteps) steps); make it linear with "
        + "possessive quantifiers (*+, ++) or atomic groups (?>…)"
    case .invalidRegex(let text, let problem):
      return "invalid regular expression '\(text)': \(problem)"
    case .unknownModule(let id, let suggestion):
      return "no module '\(id)' in the lexicon folder" + Self.didYouMean(suggestion)
    case .unknownCategory(let id, let suggestion):
      return "no category '\(id)' in this module" + Self.didYouMean(suggestion)
    case .unknownTerm(let term, let suggestion):
      return "no entry '\(term)' in this module" + Self.didYouMean(suggestion)
    case .incompleteNewCategory(let id, let module):
      return
        "category '\(id)' is not in module '\(module)'; give category_label and weight to add it"
    case .categoryChangeNeedsReplace(let id, let label, let weight, let rowLabel, let rowWeight):
      return
        "category '\(id)' has label '\(label)' and weight \(Self.format(weight)) in the module, the row says '\(rowLabel)' and \(Self.format(rowWeight)); clear the cells to keep the category, or use --mode replace to change it"
    case .conflictingCategoryChange(let id, let first):
      return "category '\(id)' gets another label or weight than in line \(first.line)"
    case .unsupportedLayout(let what):
      return "cannot edit \(what) here; write it as a block list ('- ...' lines) and try again"
    case .cannotWrite(let problem): return "cannot write the file: \(problem)"
    case .noLexiconFolder(let tried):
      return
        "no lexicon folder found; looked in \(tried.joined(separator: ", ")) (give one with --lexicons DIR or FRAMING_LEXICONS=DIR, or install the tool with scripts/install PREFIX)"
    case .scaleOutOfBounds(let field, let value, let bound):
      return
        "scale \(field) \(Self.format(value)) is beyond ±\(Self.format(bound)) (a stance scale is a few steps, such as -2 to 2)"
    }
  }

  /// This error as the one located message every input problem is printed as.
  public var diagnostic: Diagnostic { Diagnostic(.error, location, message) }

  /// The compiler-style line, rendered by `Diagnostic`: `lexicons/de/kim.yaml:14:9: error: ...`.
  public var description: String { diagnostic.description }

  static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// A number as a lexicon author writes it: `3`, `-1.5`; whole numbers beyond `Int` (`1e+20`)
  /// in Swift's exponent form instead of trapping.
  public static func format(_ value: Double) -> String {
    if value == value.rounded(), let whole = Int(exactly: value) { return String(whole) }
    return String(value)
  }
}

/// Thrown by the lexicon loader: every error of every file, in file and line order.
public struct LexiconLoadFailure: Error, Sendable, CustomStringConvertible {
  public var errors: [LexiconError]
  public init(errors: [LexiconError]) { self.errors = errors }
  /// Every error as a located message, in the same order.
  public var diagnostics: [Diagnostic] { errors.map(\.diagnostic) }
  public var description: String { DiagnosticFailure(diagnostics).description }
}
