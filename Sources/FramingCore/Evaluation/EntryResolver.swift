import Foundation

/// Turns a coder's entry ("Diktatoren", "Kreml-Chefs") into the lexicon term its patterns
/// match ("Diktator", "Kremlchef"), so that codings and the tool compare entries by term.
///
/// The text is matched alone against the modules of its target (no cleaning rules), and the
/// longest match's term wins. Text that no pattern of the target's modules matches keeps the
/// coder's wording: a label the lexicons lack, which `isInLexicon` reports.
public final class EntryResolver {
  private let lexicon: Lexicon
  private var analyzers: [String: (DocumentAnalyzer, [Int])] = [:]
  private var cache: [String: String?] = [:]

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// The lexicon term for `text` coded for `target`, or nil when no pattern matches it.
  public func term(_ text: String, target: String) -> String? {
    let key = target + "\u{1F}" + text
    if let known = cache[key] { return known }
    let found = resolve(text, target: target)
    cache[key] = found
    return found
  }

  /// The modules whose matches a coding names as `target`.
  public func modules(of target: String) -> [Int] {
    lexicon.modules.indices.filter { lexicon.modules[$0].evaluationTarget == target }
  }

  private func resolve(_ text: String, target: String) -> String? {
    let (analyzer, indices) = analyzer(for: target)
    guard !indices.isEmpty, let inspected = analyzer.inspect(Data(text.utf8)) else { return nil }
    let best = inspected.found.matches.max { a, b in
      (a.tokens.count, -a.tokens.lowerBound) < (b.tokens.count, -b.tokens.lowerBound)
    }
    guard let best else { return nil }
    return analyzer.lexicon.modules[best.module].categories[best.category].entries[best.entry].term
  }

  private func analyzer(for target: String) -> (DocumentAnalyzer, [Int]) {
    if let known = analyzers[target] { return known }
    let indices = modules(of: target)
    let subset = Lexicon(
      modules: indices.map { lexicon.modules[$0] }, boilerplate: .none)
    let analyzer = DocumentAnalyzer(lexicon: subset, matcher: Matcher(lexicon: subset))
    analyzers[target] = (analyzer, indices)
    return (analyzer, indices)
  }
}
