import Foundation
import Yams

/// A dictionary from another tool, read into categories of patterns: LIWC `.dic` files and
/// quanteda YAML dictionaries. `moduleText` writes it as a new module file; `problems` lists
/// every line that could not be carried over, and why.
public struct DictionaryImport: Sendable {
  public struct Term: Sendable, Hashable {
    public var term: String
    public var pattern: String
    public var line: Int
  }

  public struct Category: Sendable, Hashable {
    public var id: String
    public var label: String
    public var terms: [Term] = []
  }

  public var source: String
  public var kind: String
  public var categories: [Category] = []
  /// Lines not carried over, with the reason, as `file:line: note: ...` messages.
  public var problems: [Diagnostic] = []

  public var termCount: Int { categories.reduce(0) { $0 + $1.terms.count } }

  mutating func skip(_ line: Int, _ message: String) {
    problems.append(
      Diagnostic(.note, SourceLocation(file: source, line: line), message, skipped: "term"))
  }

  /// A category id from a dictionary's category name: lower case, other characters as hyphens.
  static func identifier(_ name: String) -> String {
    var id = ""
    for character in Folding.fold(name) {
      let allowed = character.isASCII && (character.isLetter || character.isNumber)
      id.append(allowed ? character : "-")
    }
    let parts = id.split(separator: "-", omittingEmptySubsequences: true)
    return parts.isEmpty ? "category" : parts.joined(separator: "-")
  }

  /// A dictionary word in the pattern language: exact form unless it ends (or starts) in `*`.
  /// Returns nil with the reason when it cannot be expressed.
  static func pattern(_ word: String) -> (pattern: String?, problem: String?) {
    let words = word.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return (nil, "empty word") }
    var tokens: [String] = []
    for token in words {
      if token.contains("?") {
        return (nil, "'?' (one-character wildcard) has no equivalent in the pattern language")
      }
      let core = token.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
      if core.contains("*") { return (nil, "a '*' inside a word has no equivalent") }
      guard core.contains(where: \.isLetter) || core.contains(where: \.isNumber) else {
        return (nil, "'\(token)' has no letters (emoticons and punctuation cannot be matched)")
      }
      if core.contains(where: { "[]=".contains($0) }) {
        return (nil, "'\(token)' holds '[', ']' or '=', which the pattern language reserves")
      }
      let isGlob = token.hasPrefix("*") || token.hasSuffix("*")
      tokens.append(isGlob ? token : "=" + token)
    }
    let pattern = tokens.joined(separator: " ")
    do {
      _ = try Pattern.parse(pattern)
    } catch {
      return (nil, "not a valid pattern: \(error)")
    }
    return (pattern, nil)
  }

  /// Adds a term to a category unless an earlier category of the module has it (a module lists
  /// a term once).
  mutating func add(_ word: String, to c: Int, line: Int, seen: inout [String: String]) {
    let (pattern, problem) = Self.pattern(word)
    guard let pattern else {
      skip(line, "'\(word)': \(problem ?? "cannot be read")")
      return
    }
    let key = Folding.fold(word)
    if let first = seen[key] {
      if first != categories[c].id {
        skip(
          line,
          "'\(word)' is also in category '\(first)'; a module lists a term once, so it stays there only"
        )
      }
      return
    }
    seen[key] = categories[c].id
    categories[c].terms.append(Term(term: word, pattern: pattern, line: line))
  }
}
