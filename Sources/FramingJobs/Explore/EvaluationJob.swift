import Foundation
import FramingCore
import FramingReports
import FramingStatistics

/// `framing evaluate`: runs the report's analysis on a corpus and measures it against a human
/// coding (gold) of the same corpus.
public struct EvaluationJob: Sendable {
  public struct Options: Sendable {
    public var gold: URL
    public var goldDisplay: String
    public var corpus: URL
    public var corpusDisplay: String
    public var lexicons: URL
    public var lexiconsDisplay: String
    /// Where evaluation.md and the evaluation_*.csv tables go; nil writes nothing.
    public var output: URL?
    public var overlap: OverlapPolicy = .longestOverall
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Targets evaluated; nil: the targets the gold codes (without `other`).
    public var scope: Set<String>?
    public var csvDialect: CSVDialect = .rfc4180
    public var date = Provenance.outputDate()

    public static let defaultGold = "gold/occurrences-a.csv"
    public static let defaultCorpus = "gold/corpus"

    public init(
      gold: URL, goldDisplay: String, corpus: URL, corpusDisplay: String, lexicons: URL,
      lexiconsDisplay: String
    ) {
      self.gold = gold
      self.goldDisplay = goldDisplay
      self.corpus = corpus
      self.corpusDisplay = corpusDisplay
      self.lexicons = lexicons
      self.lexiconsDisplay = lexiconsDisplay
    }

    /// The command that reproduces the outputs (inputs and options that change results).
    public var commandLine: String {
      var parts = ["framing", "evaluate", ReportJob.Options.shellQuoted(goldDisplay)]
      parts.append(ReportJob.Options.shellQuoted(corpusDisplay))
      if lexiconsDisplay != ReportJob.Options.defaultLexicons {
        parts += ["--lexicons", ReportJob.Options.shellQuoted(lexiconsDisplay)]
      }
      if overlap != .longestOverall { parts += ["--overlap", overlap.rawValue] }
      if let scope { parts += ["--targets", scope.sorted().joined(separator: ",")] }
      return parts.joined(separator: " ")
    }
  }

  public struct Outcome: Sendable {
    public var comparison: Comparison
    public var statistics: EvaluationStatistics
    public var report: EvaluationReport
    /// Messages about the corpus and the gold (warnings the run survived).
    public var diagnostics: [Diagnostic]
  }

  public var options: Options
  public init(options: Options) { self.options = options }

  /// Computes the evaluation and writes its files when `output` is set.
  @discardableResult
  public func run() throws(JobFailure) -> Outcome {
    let lexicon = try JobFailure.loadLexicon(options.lexicons, options.lexiconsDisplay)
    let gold: Coding
    do { gold = try Coding.read(options.gold, displayPath: options.goldDisplay) } catch {
      throw .input(error)
    }
    var diagnostics: [Diagnostic] = []
    let analyzed = try AnalyzedCorpus(
      corpus: openCorpus(options.corpus, displayRoot: options.corpusDisplay), lexicon: lexicon,
      overlap: options.overlap, jobs: options.jobs, diagnostics: &diagnostics)
    let tool = ToolCoding(results: analyzed.results, lexicon: lexicon)
    let resolver = EntryResolver(lexicon: lexicon)
    let known = Set(lexicon.modules.map(\.evaluationTarget))
    if let unknown = options.scope?.subtracting(known).sorted().first {
      throw .input(
        DiagnosticFailure([
          Diagnostic(
            .error, SourceLocation(file: "--targets"),
            "'\(unknown)' belongs to no lexicon module (known: \(known.sorted().joined(separator: ", ")))"
          )
        ]))
    }
    let reference = try resolve(
      gold, analyzed: analyzed, tool: tool, resolver: resolver, known: known)
    let scope = options.scope ?? reference.targets
    let missing = analyzed.documents.subtracting(reference.documents).sorted()
    if !missing.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(file: options.goldDisplay),
          "\(missing.count) document\(missing.count == 1 ? "" : "s") of the corpus without gold rows, evaluated as coded with no occurrence (first: \(missing[0]))"
        ))
    }
    var comparison: Comparison
    switch reference.level {
    case .occurrence:
      comparison = Comparison(
        test: tool.coding().occurrences, reference: reference.occurrences, scope: scope)
      let actors = Set(lexicon.modules.compactMap { $0.target.map { ActorID.of($0.name) } })
      comparison.addReferents(tool.items, reference: reference.occurrences, actors: actors)
    case .count:
      comparison = Comparison(
        testCounts: tool.coding().counts, referenceCounts: reference.counts, scope: scope)
    }
    let statistics: EvaluationStatistics
    do { statistics = try EvaluationStatistics(comparison) } catch { throw .statistics(error) }
    var contexts: [CodedOccurrence: String] = [:]
    for f in comparison.findings { contexts[f.anchor] = analyzed.context(of: f.anchor) }
    let report = EvaluationReport(
      kind: .evaluation, comparison: comparison, statistics: statistics,
      commandLine: options.commandLine, date: options.date, reference: options.goldDisplay,
      test: "framing report on \(options.corpusDisplay)", documents: analyzed.documents.count,
      outlets: analyzed.outlets, contexts: contexts, scope: scope)
    if let folder = options.output {
      try JobOutput.write(report.files(dialect: options.csvDialect), into: folder)
    }
    return Outcome(
      comparison: comparison, statistics: statistics, report: report,
      diagnostics: diagnostics + analyzed.diagnostics)
  }

  /// Checks the gold against the corpus (documents exist, spans in range, `text` equal to the
  /// document's text there) and resolves its entries to lexicon terms.
  func resolve(
    _ gold: Coding, analyzed: AnalyzedCorpus, tool: ToolCoding, resolver: EntryResolver,
    known: Set<String>
  ) throws(JobFailure) -> Coding {
    var problems: [Diagnostic] = []
    func isKnown(_ target: String, line: Int) -> Bool {
      if target == CodedOccurrence.otherTarget || known.contains(target) { return true }
      problems.append(
        Diagnostic(
          .error, SourceLocation(file: options.goldDisplay, line: line),
          "unknown target '\(target)' (an actor id or module id of the lexicons: \(known.sorted().joined(separator: ", ")); or 'other')"
        ))
      return false
    }
    switch gold.level {
    case .occurrence:
      var byDocument: [String: [ToolCoding.Item]] = [:]
      for item in tool.items { byDocument[item.occurrence.document, default: []].append(item) }
      var rows: [CodedOccurrence] = []
      for var o in gold.occurrences where isKnown(o.target, line: o.line) {
        let here = SourceLocation(file: options.goldDisplay, line: o.line)
        guard let text = analyzed.texts[o.document] else {
          problems.append(
            Diagnostic(
              .error, here, "document '\(o.document)' is not in the corpus \(options.corpusDisplay)"
            ))
          continue
        }
        guard o.end <= text.count else {
          problems.append(
            Diagnostic(
              .error, here,
              "span \(o.start)..<\(o.end) runs past the end of '\(o.document)' (\(text.count) code points)"
            ))
          continue
        }
        let actual = String(String.UnicodeScalarView(text[o.start..<o.end]))
        if !o.text.isEmpty, actual != o.text {
          problems.append(
            Diagnostic(
              .error, here,
              "text '\(o.text)' differs from the document's '\(actual)' at \(o.start)..<\(o.end) (offsets count Unicode code points of the decoded article)"
            ))
          continue
        }
        if o.target != CodedOccurrence.otherTarget {
          if let term = resolver.term(o.entry, target: o.target) {
            o.entry = term
          } else {
            let modules = Set(
              resolver.modules(of: o.target).map { analyzed.lexicon.modules[$0].id })
            if let item = byDocument[o.document]?.first(where: {
              modules.contains($0.module) && $0.occurrence.overlaps(o)
            }) {
              o.entry = item.occurrence.entry
            }
          }
        }
        rows.append(o)
      }
      if !problems.isEmpty { throw .input(DiagnosticFailure(problems)) }
      return Coding(file: gold.file, occurrences: rows)
    case .count:
      var rows: [CodedCount] = []
      for var c in gold.counts where isKnown(c.target, line: c.line) {
        if analyzed.texts[c.document] == nil {
          problems.append(
            Diagnostic(
              .error, SourceLocation(file: options.goldDisplay, line: c.line),
              "document '\(c.document)' is not in the corpus \(options.corpusDisplay)"))
          continue
        }
        if c.target != CodedOccurrence.otherTarget,
          let term = resolver.term(c.key.entry, target: c.target)
        {
          c.key.entry = term
        }
        rows.append(c)
      }
      if !problems.isEmpty { throw .input(DiagnosticFailure(problems)) }
      // Cells that resolve to the same term are one cell.
      var merged: [CodedCount.Key: Int] = [:]
      for c in rows { merged[c.key, default: 0] += c.count }
      return Coding(
        file: gold.file,
        counts: merged.keys.sorted().map { CodedCount(key: $0, count: merged[$0] ?? 0) })
    }
  }
}
