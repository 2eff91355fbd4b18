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
    let regex: NSRegularExpression
    /// A text every match must contain (lower-cased ASCII), found in the pattern itself; lets a
    /// span rule skip the regular expression on lines without it. Nil when none is certain.
    let requiredLiteral: String?

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
      self.requiredLiteral = Self.requiredLiteral(of: pattern)
      if let probe = BoundedRegex.catastrophicProbe(regex) {
        throw Backtracking(probe: probe)
      }
    }

    /// A pattern that backtracks catastrophically on a short probe (see
    /// `BoundedRegex.catastrophicProbe`): refused when the lexicon loads.
    public struct Backtracking: Error, Equatable {
      public var probe: String
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

  /// The steps a rule may take on a load-time probe before it is refused.
  public static var probeSteps: Int {
    BoundedRegex.budget(length: BoundedRegex.probeLength + 1) * BoundedRegex.stepsPerCall
  }
}

extension BoilerplateRules.Rule {
  /// The longest run of at least three plain ASCII letters, digits, spaces or colons outside any
  /// group, class or escape, and not under a quantifier, in a pattern with no top-level `|`: text
  /// that every match contains. Conservative: nil whenever in doubt.
  static func requiredLiteral(of pattern: String) -> String? {
    // Free-spacing mode makes spaces insignificant: no literal is certain.
    if pattern.range(of: #"\(\?[a-zA-Z-]*x"#, options: .regularExpression) != nil { return nil }
    let chars = Array(pattern.unicodeScalars)
    var best = ""
    var run = ""
    var depth = 0
    var i = 0
    func isPlain(_ c: Unicode.Scalar) -> Bool {
      c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == " " || c == ":")
    }
    func endRun() {
      if run.count > best.count { best = run }
      run = ""
    }
    while i < chars.count {
      let c = chars[i]
      switch c {
      case "\\":
        endRun()
        i += 2
        if i - 1 < chars.count, "pPNxu".unicodeScalars.contains(chars[i - 1]),
          i < chars.count, chars[i] == "{"
        {
          while i < chars.count, chars[i] != "}" { i += 1 }
          i += 1
        }
        continue
      case "[":
        endRun()
        i += 1
        if i < chars.count, chars[i] == "]" { i += 1 }
        while i < chars.count, chars[i] != "]" {
          if chars[i] == "\\" { i += 1 }
          i += 1
        }
      case "(":
        endRun()
        depth += 1
      case ")":
        endRun()
        depth -= 1
      case "|":
        if depth == 0 { return nil }
        endRun()
      case "?", "*", "+", "{":
        // The character before is optional or repeated: it leaves the run.
        if !run.isEmpty { run.removeLast() }
        endRun()
        if c == "{" { while i < chars.count, chars[i] != "}" { i += 1 } }
      default:
        if depth == 0 && isPlain(c) { run.unicodeScalars.append(c) } else { endRun() }
      }
      i += 1
    }
    endRun()
    let literal = best.lowercased()
    return literal.trimmingCharacters(in: .whitespaces).count >= 3 ? literal : nil
  }
}
