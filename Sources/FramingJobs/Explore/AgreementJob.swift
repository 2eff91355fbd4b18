import Foundation
import FramingCore
import FramingReports
import FramingStatistics

/// `framing agreement`: how far two human codings of the same documents agree (Krippendorff's
/// α, percent agreement, and coder B's precision and recall against coder A), so that a team
/// checks its own coding before it measures the tool against it.
public struct AgreementJob: Sendable {
  public struct Options: Sendable {
    public var codingA: URL
    public var codingADisplay: String
    public var codingB: URL
    public var codingBDisplay: String
    /// The corpus both code, for the passages of the findings; optional.
    public var corpus: URL?
    public var corpusDisplay = ""
    public var lexicons: URL
    public var lexiconsDisplay: String
    public var output: URL?
    public var csvDialect: CSVDialect = .rfc4180
    public var date = Provenance.outputDate()

    public init(
      codingA: URL, codingADisplay: String, codingB: URL, codingBDisplay: String, lexicons: URL,
      lexiconsDisplay: String
    ) {
      self.codingA = codingA
      self.codingADisplay = codingADisplay
      self.codingB = codingB
      self.codingBDisplay = codingBDisplay
      self.lexicons = lexicons
      self.lexiconsDisplay = lexiconsDisplay
    }

    public var commandLine: String {
      var parts = [
        "framing", "agreement", ReportJob.Options.shellQuoted(codingADisplay),
        ReportJob.Options.shellQuoted(codingBDisplay),
      ]
      if corpus != nil { parts += ["--corpus", ReportJob.Options.shellQuoted(corpusDisplay)] }
      return parts.joined(separator: " ")
    }
  }

  public struct Outcome: Sendable {
    public var comparison: Comparison
    public var statistics: EvaluationStatistics
    public var report: EvaluationReport
    /// Share of aligned units on which both coders give the same target and voice.
    public var percentAgreement: Double
  }

  public var options: Options
  public init(options: Options) { self.options = options }

  static func restrict(_ coding: Coding, to documents: Set<String>) -> Coding {
    switch coding.level {
    case .occurrence:
      return Coding(
        file: coding.file,
        occurrences: coding.occurrences.filter { documents.contains($0.document) })
    case .count:
      return Coding(
        file: coding.file, counts: coding.counts.filter { documents.contains($0.document) })
    }
  }

  @discardableResult
  public func run() throws(JobFailure) -> Outcome {
    let a: Coding
    let b: Coding
    do {
      a = try Coding.read(options.codingA, displayPath: options.codingADisplay)
      b = try Coding.read(options.codingB, displayPath: options.codingBDisplay)
    } catch { throw .input(error) }
    // Entries compared as lexicon terms when the lexicons are at hand ("Diktatoren" =
    // "Diktator"), as written otherwise.
    let lexicon = try? JobFailure.loadLexicon(options.lexicons, options.lexiconsDisplay)
    let resolver = lexicon.map { EntryResolver(lexicon: $0) }
    func resolved(_ coding: Coding) -> Coding {
      guard let resolver else { return coding }
      switch coding.level {
      case .occurrence:
        return Coding(
          file: coding.file,
          occurrences: coding.occurrences.map { o in
            var o = o
            if let term = resolver.term(o.entry, target: o.target) { o.entry = term }
            return o
          })
      case .count:
        var merged: [CodedCount.Key: Int] = [:]
        for c in coding.counts {
          var key = c.key
          if let term = resolver.term(key.entry, target: key.target) { key.entry = term }
          merged[key, default: 0] += c.count
        }
        return Coding(
          file: coding.file,
          counts: merged.keys.sorted().map { CodedCount(key: $0, count: merged[$0] ?? 0) })
      }
    }
    // Only documents both coded are comparable: a document one coder never saw is no
    // disagreement. (An occurrence coding cannot tell "coded, nothing found" from "not coded".)
    let shared = a.documents.intersection(b.documents)
    let codingA = resolved(Self.restrict(a, to: shared))
    let codingB = resolved(Self.restrict(b, to: shared))
    var notes: [String] = []
    for (name, coding) in [(options.codingADisplay, a), (options.codingBDisplay, b)] {
      let alone = coding.documents.subtracting(shared).count
      if alone > 0 {
        notes.append(
          "\(alone) document\(alone == 1 ? "" : "s") coded only in \(name), left out of the comparison"
        )
      }
    }
    let scope = codingA.targets.union(codingB.targets)
    var comparison: Comparison
    var agreeing = 0
    var units = 0
    if codingA.level == .occurrence && codingB.level == .occurrence {
      comparison = Comparison(
        test: codingB.occurrences, reference: codingA.occurrences, scope: scope)
      units = comparison.targetVoiceUnits.count
      agreeing = comparison.targetVoiceUnits.filter { $0[0] == $0[1] }.count
    } else {
      comparison = Comparison(
        testCounts: codingB.counts, referenceCounts: codingA.counts, scope: scope)
      units = comparison.countUnits.count
      agreeing = comparison.countUnits.filter { $0[0] == $0[1] }.count
    }
    let statistics: EvaluationStatistics
    do { statistics = try EvaluationStatistics(comparison) } catch { throw .statistics(error) }
    var contexts: [CodedOccurrence: String] = [:]
    var outlets: [String: String] = [:]
    let documents = shared.count
    if let corpus = options.corpus, let lexicon {
      var diagnostics: [Diagnostic] = []
      let analyzed = try AnalyzedCorpus(
        corpus: openCorpus(corpus, displayRoot: options.corpusDisplay), lexicon: lexicon,
        overlap: .longestOverall, jobs: ProcessInfo.processInfo.activeProcessorCount,
        diagnostics: &diagnostics)
      for f in comparison.findings { contexts[f.anchor] = analyzed.context(of: f.anchor) }
      outlets = analyzed.outlets
    }
    let report = EvaluationReport(
      kind: .agreement, comparison: comparison, statistics: statistics,
      commandLine: options.commandLine, date: options.date, reference: options.codingADisplay,
      test: options.codingBDisplay, documents: documents, outlets: outlets, contexts: contexts,
      scope: scope,
      percentAgreement: units == 0 ? nil : (agreeing, units), notes: notes)
    if let folder = options.output {
      try JobOutput.write(report.files(dialect: options.csvDialect), into: folder)
    }
    return Outcome(
      comparison: comparison, statistics: statistics, report: report,
      percentAgreement: units == 0 ? 0 : Double(agreeing) / Double(units))
  }
}
