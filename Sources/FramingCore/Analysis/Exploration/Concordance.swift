import Foundation

/// Keyword in context: every place a pattern of the lexicon language matches in a corpus, with
/// its voice and the words around it.
///
/// The corpus goes through the same pipeline as a report (decoding, the lexicon folder's
/// boilerplate rules, tokenizer, quote and voice detection), so a line here is a match there.
public enum Concordance {
  public struct Line: Sendable, Hashable {
    public var document: String
    public var outlet: String
    public var date: String
    public var voice: Voice
    public var speaker: String
    public var left: String
    public var match: String
    public var right: String
    /// Offsets in Unicode scalars of the decoded document: `text[start..<end]` is the match
    /// (Python: `text[start:end]`); line and column are 1-based.
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
  }

  /// A lexicon of one module with one entry: the pattern, with the folder's cleaning rules.
  public static func lexicon(pattern: String, cleaning: BoilerplateRules) throws(LexiconLoadFailure)
    -> Lexicon
  {
    let parsed: Pattern
    do {
      parsed = try Pattern.parse(pattern.precomposedStringWithCanonicalMapping)
    } catch {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .invalidPattern(text: pattern, problem: "\(error)"),
          at: SourceLocation(file: "PATTERN"))
      ])
    }
    let entry = LexiconEntry(
      term: pattern, patterns: [parsed], note: "concordance", location: SourceLocation(file: ""))
    let module = LexiconModule(
      id: "kwic", title: "Concordance", language: "", version: "", description: "",
      scale: .init(min: 0, max: 1, negative: "", positive: ""), target: nil,
      categories: [
        LexiconCategory(id: "pattern", label: "", weight: 0, description: "", entries: [entry])
      ], file: "")
    return Lexicon(modules: [module], boilerplate: cleaning)
  }

  /// Every match of `pattern` in the corpus, in corpus and text order.
  public static func lines(
    pattern: String, corpus: some CorpusReader, cleaning: BoilerplateRules,
    run: CorpusRun, diagnostics: inout [Diagnostic]
  ) throws -> [Line] {
    let lexicon = try lexicon(pattern: pattern, cleaning: cleaning)
    let matcher = Matcher(lexicon: lexicon, policy: .keepAll)
    var lines: [Line] = []
    var documentDiagnostics: [Diagnostic] = []
    _ = try run.run(
      corpus: corpus, lexicon: lexicon, matcher: matcher, diagnostics: &diagnostics
    ) { result, _ in
      documentDiagnostics += result.diagnostics
      for m in result.matches {
        lines.append(
          Line(
            document: result.source.id, outlet: result.source.outlet, date: result.source.date,
            voice: m.voice, speaker: m.speaker, left: m.left, match: m.text, right: m.right,
            start: m.start, end: m.end, line: m.line, column: m.column))
      }
    }
    diagnostics += documentDiagnostics
    return lines
  }
}
