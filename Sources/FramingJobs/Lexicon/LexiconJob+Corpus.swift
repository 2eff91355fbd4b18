import Foundation
import FramingCore
import FramingReports

extension LexiconJob {
  /// A corpus to measure the lexicon on, and how to read it.
  public struct Corpus: Sendable {
    public var url: URL
    /// How the corpus is named in messages (as the user gave it).
    public var displayPath: String
    /// Worker threads of `coverage` (`suggestions` reads the corpus in one).
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    public init(url: URL, displayPath: String) {
      self.url = url
      self.displayPath = displayPath
    }

    var reader: any CorpusReader { openCorpus(url, displayRoot: displayPath) }
  }

  /// What `lexicon coverage` found: the counts, the lexicon they refer to, the messages about
  /// the corpus, and `coverage.csv` and `overlaps.csv` to write.
  public struct CoverageOutcome: Sendable {
    public var coverage: LexiconCoverage
    public var lexicon: Lexicon
    public var diagnostics: [Diagnostic]

    /// The two tables, by file name.
    public func files(dialect: CSVDialect) -> [(String, String)] {
      [
        ("coverage.csv", coverage.countsTable(lexicon).csv(dialect)),
        ("overlaps.csv", coverage.overlapsTable(lexicon).csv(dialect)),
      ]
    }
  }

  /// `lexicon coverage`: per entry, matches per outlet and voice, with `overlap` as the report
  /// resolves overlaps; `module`, when given, must exist.
  public func coverage(of corpus: Corpus, module: String?, overlap: OverlapPolicy)
    throws(JobFailure) -> CoverageOutcome
  {
    let opened: LexiconFolder
    do {
      opened = try open()
      if let module, !opened.lexicon.modules.contains(where: { $0.id == module }) {
        _ = try opened.module(module)
      }
    } catch { throw .lexicon(error) }
    var diagnostics: [Diagnostic] = []
    let coverage: LexiconCoverage
    do {
      coverage = try LexiconCoverage.measure(
        lexicon: opened.lexicon, corpus: corpus.reader, policy: overlap,
        run: CorpusRun(jobs: corpus.jobs), diagnostics: &diagnostics)
    } catch { throw .input(error) }
    return CoverageOutcome(coverage: coverage, lexicon: opened.lexicon, diagnostics: diagnostics)
  }

  /// `lexicon suggest`: terms module `id` (a module with a target) may be missing, from
  /// `corpus`, used at least `minimumUses` times; `diagnostics` gets the messages about the
  /// corpus.
  public func suggestions(
    for id: String, in corpus: Corpus, minimumUses: Int, diagnostics: inout [Diagnostic]
  ) throws(JobFailure) -> LexiconSuggestions {
    let opened: LexiconFolder
    let module: LexiconModule
    do {
      opened = try open()
      module = try opened.analyzedModule(id)
    } catch { throw .lexicon(error) }
    guard module.target != nil,
      let m = opened.lexicon.modules.firstIndex(where: { $0.id == module.id })
    else {
      throw .file(module.file, "module '\(module.id)' has no target; suggest needs one")
    }
    let candidates: TermCandidates
    do {
      candidates = try TermCandidates.collect(
        module: m, lexicon: opened.lexicon, corpus: corpus.reader, diagnostics: &diagnostics)
    } catch { throw .input(error) }
    return LexiconSuggestions(module: module, candidates: candidates, minimumUses: minimumUses)
  }
}
