import Foundation

/// Keyword in context: every place a pattern of the lexicon language, or an entry of the lexicon,
/// matches in a corpus, with its voice, speaker, referent and the words around it.
///
/// The corpus goes through the same pipeline as a report (decoding, the lexicon folder's
/// boilerplate rules, tokenizer, quote and voice detection, attribution), so a line here is a
/// match there.
public enum Concordance {
  public struct Line: Sendable, Hashable {
    public var document: String
    public var outlet: String
    public var date: String
    /// The module the match counts in; empty for a pattern given on the command line.
    public var module: String = ""
    /// The entry's term, or the alternative of the pattern that matched.
    public var entry: String = ""
    public var voice: Voice
    public var speaker: String
    /// What kind of speaker (person, organisation, medium, unknown); empty for author voice.
    public var speakerKind: SpeakerKind = .none
    /// The rule that decided the voice; empty for author voice.
    public var voiceRule: VoiceRule = .none
    /// Who a label of an actor module refers to (" + " between several, " | " between
    /// competing candidates) and by which rule; empty for other modules and for patterns.
    public var referent: String = ""
    public var rule: String = ""
    /// How the match counts: counted, distanced, not-target, shared-copy.
    public var status: String = ""
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

  /// Which lines to keep. Module matches either the module's id or the shared inventory it was
  /// made from (`labels` keeps the lines of every actor's labels); entry and outlet are compared
  /// folded (case, ß/ss, hyphens).
  public struct Filter: Sendable, Hashable {
    public var module: String?
    public var entry: String?
    public var outlet: String?
    public init(module: String? = nil, entry: String? = nil, outlet: String? = nil) {
      self.module = module
      self.entry = entry
      self.outlet = outlet
    }
  }

  /// The alternatives of a command-line pattern: `Diktator|Machthaber` is two patterns.
  public static func alternatives(_ pattern: String) -> [String] {
    pattern.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// A lexicon of one module with one entry per alternative of the pattern, with the folder's
  /// cleaning rules.
  public static func lexicon(pattern: String, cleaning: BoilerplateRules) throws(LexiconLoadFailure)
    -> Lexicon
  {
    var entries: [LexiconEntry] = []
    var errors: [LexiconError] = []
    let alternatives = alternatives(pattern)
    for alternative in alternatives.isEmpty ? [pattern] : alternatives {
      do {
        let parsed = try Pattern.parse(alternative.precomposedStringWithCanonicalMapping)
        entries.append(
          LexiconEntry(
            term: alternative, patterns: [parsed], note: "concordance",
            location: SourceLocation(file: "")))
      } catch {
        errors.append(
          LexiconError(
            .invalidPattern(text: alternative, problem: "\(error)"),
            at: SourceLocation(file: "PATTERN")))
      }
    }
    if !errors.isEmpty { throw LexiconLoadFailure(errors: errors) }
    let module = LexiconModule(
      id: "kwic", title: "Concordance", language: "", version: "", description: "",
      scale: .init(min: 0, max: 1, negative: "", positive: ""), target: nil,
      categories: [
        LexiconCategory(id: "pattern", label: "", weight: 0, description: "", entries: entries)
      ], file: "")
    return Lexicon(modules: [module], boilerplate: cleaning)
  }

  /// Every match of `pattern` (alternatives separated by `|`) in the corpus, in corpus and text
  /// order; `filter.outlet` keeps one outlet's.
  public static func lines(
    pattern: String, corpus: some CorpusReader, cleaning: BoilerplateRules,
    run: CorpusRun, filter: Filter = Filter(), diagnostics: inout [Diagnostic]
  ) throws -> [Line] {
    let lexicon = try lexicon(pattern: pattern, cleaning: cleaning)
    let matcher = Matcher(lexicon: lexicon, policy: .keepAll)
    return try lines(
      lexicon: lexicon, matcher: matcher, corpus: corpus, run: run,
      filter: Filter(outlet: filter.outlet), isPattern: true, diagnostics: &diagnostics)
  }

  /// Every match of the lexicon's modules that `filter` keeps, as `framing report` counts them
  /// (same overlap policy, attribution and status), in corpus and text order. Throws
  /// `LexiconLoadFailure` when the filter names a module or entry the lexicon lacks.
  public static func lines(
    lexicon: Lexicon, overlap: OverlapPolicy, corpus: some CorpusReader, run: CorpusRun,
    filter: Filter, diagnostics: inout [Diagnostic]
  ) throws -> [Line] {
    if let module = filter.module,
      !lexicon.modules.contains(where: { $0.id == module || $0.inventory == module })
    {
      let ids = Set(lexicon.modules.map { $0.inventory ?? $0.id }).sorted()
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .unknownModule(id: module, suggestion: Suggestions.closest(to: module, in: ids)),
          at: SourceLocation(file: "--module"))
      ])
    }
    if let entry = filter.entry {
      let terms = lexicon.modules.filter { keeps($0, filter) }.flatMap { $0.entries.map(\.term) }
      if !terms.contains(where: { Folding.fold($0) == Folding.fold(entry) }) {
        throw LexiconLoadFailure(errors: [
          LexiconError(
            .unknownTerm(term: entry, suggestion: Suggestions.closest(to: entry, in: terms)),
            at: SourceLocation(file: "--entry"))
        ])
      }
    }
    let matcher = Matcher(lexicon: lexicon, policy: overlap)
    return try lines(
      lexicon: lexicon, matcher: matcher, corpus: corpus, run: run, filter: filter,
      isPattern: false, diagnostics: &diagnostics)
  }

  static func keeps(_ module: LexiconModule, _ filter: Filter) -> Bool {
    guard let wanted = filter.module else { return true }
    return module.id == wanted || module.inventory == wanted
  }

  static func lines(
    lexicon: Lexicon, matcher: Matcher, corpus: some CorpusReader, run: CorpusRun,
    filter: Filter, isPattern: Bool, diagnostics: inout [Diagnostic]
  ) throws -> [Line] {
    var lines: [Line] = []
    var documentDiagnostics: [Diagnostic] = []
    var outlets = Set<String>()
    let entry = filter.entry.map(Folding.fold)
    let outlet = filter.outlet.map(Folding.fold)
    _ = try run.run(
      corpus: corpus, lexicon: lexicon, matcher: matcher, diagnostics: &diagnostics
    ) { result, _ in
      outlets.insert(result.source.outlet)
      if let outlet, Folding.fold(result.source.outlet) != outlet { return }
      documentDiagnostics += result.diagnostics
      for m in result.matches {
        let module = lexicon.modules[m.module]
        guard keeps(module, filter) else { continue }
        let term = module.categories[m.category].entries[m.entry].term
        if let entry, Folding.fold(term) != entry { continue }
        let isActorLabel = m.attribution.rule != .notApplicable
        lines.append(
          Line(
            document: result.source.id, outlet: result.source.outlet, date: result.source.date,
            module: isPattern ? "" : module.id, entry: term, voice: m.voice, speaker: m.speaker,
            speakerKind: m.speakerKind, voiceRule: m.voiceRule,
            referent: isActorLabel ? m.attribution.refersTo : "",
            rule: isActorLabel ? m.attribution.rule.rawValue : "",
            status: isPattern ? "" : m.status.rawValue, left: m.left, match: m.text,
            right: m.right, start: m.start, end: m.end, line: m.line, column: m.column))
      }
    }
    diagnostics += documentDiagnostics
    if let wanted = filter.outlet, let outlet,
      !outlets.contains(where: { Folding.fold($0) == outlet })
    {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(file: "--outlet"),
          "no document of outlet '\(wanted)' in the corpus (its outlets: \(outlets.sorted().joined(separator: ", ")))"
        ))
    }
    return lines
  }
}
