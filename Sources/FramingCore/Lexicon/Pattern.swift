/// A lexicon pattern: a sequence of token elements matched against consecutive word tokens.
///
/// Syntax (see `lexicons/README.md`): `Wort` any inflected form (Snowball stem), `=Wort` the
/// exact folded form, `==Wort` the exact form with its case, `Wort*` / `*wort` / `*wort*` globs on the folded form, `[Wort]` an
/// optional token. A token written with a hyphen also matches as two words ("Kreml-Chef" matches
/// "Kreml Chef"); folding (case, ß, hyphens) makes "Kremlchef" match too. A token ending in a
/// hanging hyphen ("Staats-") matches exactly.
public struct Pattern: Sendable, Hashable, CustomStringConvertible {
  public enum Element: Sendable, Hashable {
    /// Folded form, to be compared by stem.
    case stem(String)
    case exact(String)
    /// Exact form with its case as written (`==Genossen`, not the participle "genossen").
    case cased(String)
    case prefix(String)
    case suffix(String)
    case infix(String)
  }

  public struct Part: Sendable, Hashable {
    public var element: Element
    public var isOptional: Bool
    /// The folded pieces of a hyphenated word ("kreml", "chef"), for the two-word variant.
    public var hyphenParts: [String]
  }

  public var source: String
  public var parts: [Part]

  public var description: String { source }

  public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case emptyToken(String)
    case unclosedBracket(String)
    case onlyOptional
    /// `Err:509`, `#NAME?`: what a spreadsheet made of a cell typed `=Wort`.
    case spreadsheetErrorValue(String)
    public var description: String {
      switch self {
      case .empty: return "it is empty"
      case .emptyToken(let word): return "'\(word)' has no letters"
      case .unclosedBracket(let word): return "'\(word)' has an unclosed [ or a stray ]"
      case .onlyOptional: return "every token is optional"
      case .spreadsheetErrorValue(let text):
        return
          "'\(text)' is a spreadsheet's error value, not a word (a cell typed with a leading '=' became a formula)"
      }
    }
  }

  /// Parses a pattern written in a lexicon file.
  public static func parse(_ source: String) throws(ParseError) -> Pattern {
    let words = source.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { throw .empty }
    if SpreadsheetErrorValue.matches(source) { throw .spreadsheetErrorValue(source) }
    var parts: [Part] = []
    for word in words {
      var body = Substring(word)
      var isOptional = false
      if body.hasPrefix("[") {
        guard body.hasSuffix("]"), body.count >= 3 else { throw .unclosedBracket(word) }
        body = body.dropFirst().dropLast()
        isOptional = true
      } else if body.hasSuffix("]") {
        throw .unclosedBracket(word)
      }
      let element: Element
      var hyphenParts: [String] = []
      if body.hasPrefix("==") {
        let written = String(body.dropFirst(2))
        guard !written.isEmpty else { throw .emptyToken(word) }
        element = .cased(written)
      } else if body.hasPrefix("=") {
        let folded = Folding.fold(body.dropFirst())
        guard !folded.isEmpty else { throw .emptyToken(word) }
        element = .exact(folded)
      } else if body.hasPrefix("*") || body.hasSuffix("*") {
        let leading = body.hasPrefix("*")
        let trailing = body.hasSuffix("*") && body.count > 1
        var core = body.drop(while: { $0 == "*" })
        while core.hasSuffix("*") { core = core.dropLast() }
        let folded = Folding.fold(core)
        guard !folded.isEmpty else { throw .emptyToken(word) }
        element = leading && trailing ? .infix(folded) : leading ? .suffix(folded) : .prefix(folded)
      } else if body.hasSuffix("-") {
        let folded = Folding.fold(body)
        guard !folded.isEmpty else { throw .emptyToken(word) }
        element = .exact(folded)
      } else {
        let folded = Folding.fold(body)
        guard !folded.isEmpty else { throw .emptyToken(word) }
        element = .stem(folded)
        let pieces = body.split(separator: "-").map { Folding.fold($0) }
        if pieces.count > 1 { hyphenParts = pieces }
      }
      parts.append(Part(element: element, isOptional: isOptional, hyphenParts: hyphenParts))
    }
    guard parts.contains(where: { !$0.isOptional }) else { throw .onlyOptional }
    return Pattern(source: source, parts: parts)
  }

  /// Every sequence of required elements this pattern stands for: each optional part present or
  /// absent, each hyphenated word closed or split in two.
  public var variants: [[Element]] {
    var result: [[Element]] = [[]]
    for part in parts {
      var next: [[Element]] = []
      for prefix in result {
        next.append(prefix + [part.element])
        if !part.hyphenParts.isEmpty {
          let pieces = part.hyphenParts.enumerated().map { i, piece -> Element in
            i == part.hyphenParts.count - 1 ? .stem(piece) : .exact(piece)
          }
          next.append(prefix + pieces)
        }
        if part.isOptional { next.append(prefix) }
      }
      result = next
    }
    var seen = Set<[Element]>()
    return result.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
