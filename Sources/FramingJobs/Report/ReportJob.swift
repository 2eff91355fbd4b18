import Foundation
import FramingCore
import FramingReports
import FramingStatistics

/// The whole `framing report` job: load lexicons, read the corpus, analyze every document,
/// compute scores, and write the CSVs and Markdown reports atomically.
public struct ReportJob: Sendable {
  public struct Options: Sendable {
    public var corpus: URL
    /// How the corpus is named in outputs (as the user gave it).
    public var corpusDisplay: String
    public var lexicons: URL
    public var lexiconsDisplay: String
    public var csvDirectory: URL
    public var reportDirectory: URL
    public var voice: VoiceSelection = .author
    public var reportedAs: ReportedSpeechPolicy = .quote
    public var overlap: OverlapPolicy = .longestOverall
    public var isStrict = false
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Seed of every random draw (bootstrap, Monte Carlo tests).
    public var seed = SamplingDefaults.seed
    /// Bootstrap resamples and Monte Carlo tables.
    public var resamples = SamplingDefaults.resamples
    public var simulations = SamplingDefaults.simulations
    /// Below this many documents per outlet, intervals and tests are not computed.
    public var minimumDocuments = StatisticsReport.defaultMinimumDocuments
    public var csvDialect: CSVDialect = .rfc4180
    public var date = Provenance.outputDate()
    /// The report formats written beside the CSVs.
    public var formats: [ReportFormat] = [.markdown]
    /// A folder of Mustache templates replacing the built-in ones (`--template DIR`).
    public var templates: URL?
    public var templatesDisplay = ""
    /// Leave matches inside shared agency copy out of the scores (`--exclude-shared-copy`).
    public var excludesSharedCopy = false
    /// `--by`: split every score per outlet and period as well.
    public var periodUnit: PeriodUnit?
    /// `--group-by`: scores pooled per value of this document field (a manifest column or a
    /// JSON Lines field such as `country` or `leaning`) as well.
    public var groupBy: String?
    /// Called after each document is analyzed with (documents done, documents in all when
    /// known in advance).
    public var progress: (@Sendable (Int, Int?) -> Void)?
    /// Called when a phase of the run ends, with what it did (`--verbose` prints it with the
    /// memory in use).
    public var phase: (@Sendable (String) -> Void)?

    public static let defaultCorpus = "notebooks-data/corpus"
    public static let defaultLexicons = "lexicons"

    /// The command that reproduces these outputs, as written into them: only the inputs and the
    /// options that change results, defaults left out. Output folders, `--jobs` and `--quiet`
    /// do not appear, so the same analysis gives byte-identical files wherever it was written.
    public var commandLine: String {
      var parts = ["framing", "report"]
      if corpusDisplay != Self.defaultCorpus { parts.append(Self.shellQuoted(corpusDisplay)) }
      if lexiconsDisplay != Self.defaultLexicons {
        parts += ["--lexicons", Self.shellQuoted(lexiconsDisplay)]
      }
      if voice != .author { parts += ["--voice", voice.rawValue] }
      if reportedAs != .quote { parts += ["--reported-as", reportedAs.rawValue] }
      if overlap != .longestOverall { parts += ["--overlap", overlap.rawValue] }
      if isStrict { parts.append("--strict") }
      if seed != SamplingDefaults.seed { parts += ["--seed", String(seed)] }
      if resamples != SamplingDefaults.resamples { parts += ["--resamples", String(resamples)] }
      if minimumDocuments != StatisticsReport.defaultMinimumDocuments {
        parts += ["--min-documents", String(minimumDocuments)]
      }
      if simulations != SamplingDefaults.simulations {
        parts += ["--simulations", String(simulations)]
      }
      if csvDialect != .rfc4180 { parts += ["--csv-dialect", csvDialect.rawValue] }
      if let periodUnit { parts += ["--by", periodUnit.rawValue] }
      if let groupBy { parts += ["--group-by", Self.shellQuoted(groupBy)] }
      if excludesSharedCopy { parts.append("--exclude-shared-copy") }
      return parts.joined(separator: " ")
    }

    public static func shellQuoted(_ word: String) -> String {
      let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%")
      if !word.isEmpty, word.allSatisfy({ safe.contains($0) }) { return word }
      return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    public init(
      corpus: URL, corpusDisplay: String, lexicons: URL, lexiconsDisplay: String,
      csvDirectory: URL, reportDirectory: URL
    ) {
      self.corpus = corpus
      self.corpusDisplay = corpusDisplay
      self.lexicons = lexicons
      self.lexiconsDisplay = lexiconsDisplay
      self.csvDirectory = csvDirectory
      self.reportDirectory = reportDirectory
    }
  }

  public struct Outcome: Sendable {
    public var summary: CorpusSummary
    public var scores: Scores
    public var statistics: StatisticsReport
    public var output: OutputSet
    /// What the commit did before writing: an interrupted earlier commit undone, leftovers
    /// removed (`OutputSet.recover`), as lines to print.
    public var recovered: [String] = []
  }

  public enum Failure: Error, CustomStringConvertible {
    case lexicon(LexiconLoadFailure)
    case input(DiagnosticFailure)
    case strict([Diagnostic])
    case statistics(StatisticsError)
    case write(OutputSet.WriteError)
    case template(ReportTemplates.TemplateError)
    case temporary(ScratchFileError)
    /// `framing count` could not put its shard in place.
    case shard(path: String, OutputSet.WriteError)

    public var description: String {
      switch self {
      case .lexicon(let f): return f.description
      case .input(let f): return f.description
      case .strict(let d):
        return d.map(\.description).joined(separator: "\n")
          + "\nerror: --strict: \(d.count) problem\(d.count == 1 ? "" : "s") in the input; no output written"
      case .statistics(let e): return "error: \(e)"
      case .write(let e): return e.description
      case .template(let e): return e.description
      case .temporary(let e): return e.description
      case .shard(let path, let e):
        return Diagnostic(.error, SourceLocation(file: path), "cannot write the shard: \(e)")
          .description
      }
    }
  }

  public var options: Options
  public init(options: Options) { self.options = options }

  /// Computes everything without writing (used by `run` and by tests).
  public func compute() throws(Failure) -> Outcome {
    let templates = try loadTemplates()
    let lexicon = try loadLexicon()
    var collected = try Collected(lexicon: lexicon)
    let corpus = corpusReader
    // A document's bytes wait on disk for the second pass (the text of shared passages) only
    // where the corpus cannot be read again; else the few documents with shared passages are
    // read again then.
    let keepsBytes = !corpus.canReread
    let (diagnostics, sums) = try analyze(lexicon, corpus: corpus) { result in
      var result = result
      if !keepsBytes { result.bytes = nil }
      collected.add(result)
    }
    collected.summary.add(diagnostics: diagnostics + collected.documentDiagnostics)
    collected.sums = sums
    return try finish(collected, reread: corpus.reread, templates: templates)
  }

  func loadTemplates() throws(Failure) -> ReportTemplates {
    let templates: ReportTemplates
    if let directory = options.templates {
      do {
        templates = try ReportTemplates.load(
          directory: directory, displayPath: options.templatesDisplay)
      } catch { throw .template(error) }
    } else {
      templates = .builtIn
    }
    return templates
  }

  func loadLexicon() throws(Failure) -> Lexicon {
    let lexicon: Lexicon
    do {
      lexicon = try LexiconLoader.load(
        directory: options.lexicons, displayPath: options.lexiconsDisplay)
    } catch {
      throw .lexicon(error)
    }
    return lexicon
  }

  var corpusReader: any CorpusReader {
    openCorpus(options.corpus, displayRoot: options.corpusDisplay)
  }

  /// Reads and analyzes the corpus, handing every document's result to `consume` in corpus
  /// order; returns the messages about the corpus as a whole and its other checksums.
  func analyze(
    _ lexicon: Lexicon, corpus: some CorpusReader, consume: (DocumentResult) -> Void
  ) throws(Failure) -> (diagnostics: [Diagnostic], sums: [Shard.Sum]) {
    let matcher = Matcher(lexicon: lexicon, policy: options.overlap)
    var diagnostics: [Diagnostic] = []
    var done = 0
    let sums: [(name: String, sha256: String)]
    do {
      sums = try CorpusRun(jobs: options.jobs).run(
        corpus: corpus, lexicon: lexicon, matcher: matcher, diagnostics: &diagnostics
      ) { result, total in
        consume(result)
        done += 1
        options.progress?(done, total)
      }
    } catch { throw .input(error) }
    return (diagnostics, sums.map { Shard.Sum(name: $0.name, sha256: $0.sha256) })
  }

  /// Everything after reading: shared copy, counts, scores, statistics, and the output files.
  /// The stored documents are read once more, in order, and pass through every consumer of
  /// single documents (shared copy, counts, the streamed tables, evidence, periods, bootstrap).
  func finish(
    _ collected: Collected, reread: (Set<String>, (String, Data) -> Void) -> Void,
    templates: ReportTemplates
  ) throws(Failure) -> Outcome {
    options.phase?("read the corpus")
    var summary = collected.summary
    if options.isStrict {
      let problems = summary.diagnostics.filter { $0.severity >= .warning }
      if !problems.isEmpty { throw .strict(problems) }
    }
    let outlets = collected.documentsPerOutlet.keys.sorted()
    if outlets.isEmpty {
      throw .input(
        DiagnosticFailure(
          summary.diagnostics + [
            Diagnostic(
              .error, SourceLocation(file: options.corpusDisplay), "no document could be analyzed")
          ]))
    }
    let lexicon = collected.lexicon
    let voice = VoiceFilter(options.voice, reportedAs: options.reportedAs)
    var pass = try SecondPass(collected, outlets: outlets, voice: voice, options: options)
    options.phase?("found shared copy")
    do {
      try collected.spill.forEach { index, result in try pass.add(result, index: index) }
      try pass.finish(reread: reread)
    } catch let error as ScratchFileError {
      pass.rows.finish()
      throw .temporary(error)
    } catch {
      pass.rows.finish()
      throw .temporary(ScratchFileError(reason: "\(error)"))
    }
    options.phase?("counted and wrote the rows")
    summary = pass.summary
    summary.excludesSharedCopy = options.excludesSharedCopy
    var scores: Scores
    do {
      scores = try Scores.compute(summary, voice: voice)
    } catch { throw .statistics(error) }
    var checksum = pass.checksum
    for sum in collected.sums { checksum.add(name: sum.name, sha256: sum.sha256) }
    let provenance = Provenance(
      commandLine: options.commandLine, date: options.date, corpus: options.corpusDisplay,
      corpusSHA256: checksum.hex, lexicons: options.lexiconsDisplay,
      lexiconsSHA256: Provenance.combinedChecksum(lexicon.files.map { ($0.path, $0.sha256) }),
      voice: options.voice.rawValue, reportedAs: options.reportedAs.rawValue,
      overlap: options.overlap.rawValue, documents: summary.documentsIncluded)
    var statisticsOptions = StatisticsReport.Options(voice: scores.voice)
    statisticsOptions.seed = options.seed
    statisticsOptions.resamples = options.resamples
    statisticsOptions.simulations = options.simulations
    statisticsOptions.minimumDocuments = options.minimumDocuments
    let statistics: StatisticsReport
    do {
      statistics = try StatisticsReport.compute(
        summary, scores: scores, options: statisticsOptions, bootstrap: pass.bootstrap,
        documents: pass.documents)
    } catch { throw .temporary(error) }
    scores.attachIntervals(from: statistics, lexicon: lexicon)
    options.phase?("computed the statistics")
    var breakdown: PeriodBreakdown?
    if let unit = options.periodUnit {
      do {
        breakdown = try PeriodBreakdown.compute(
          periods: pass.periods, undated: pass.undated, lexicon: lexicon, unit: unit, voice: voice)
      } catch { throw .statistics(error) }
    }
    var groupTables: [CSVTable] = []
    if let field = options.groupBy {
      if !pass.isGroupFieldSeen {
        summary.add(diagnostics: [
          Diagnostic(
            .warning, SourceLocation(file: "--group-by"),
            "no document has a value in field '\(field)'; every document is in group '\(SecondPass.noGroup)' (fields: outlet, date, title, url, id, and the manifest's or JSON Lines' other columns)"
          )
        ])
      }
      do {
        let groupScores = try Scores.compute(pass.groups, voice: voice)
        groupTables = OutputTables.groups(pass.groups, groupScores, field: field)
      } catch { throw .statistics(error) }
    }
    var output = OutputSet()
    let statisticsTables: [TableOutput]
    do {
      statisticsTables = try OutputTables.statistics(statistics, dialect: options.csvDialect)
    } catch { throw .temporary(error) }
    let tables =
      OutputTables.all(pass.streams, summary, scores, provenance) + statisticsTables
      + (breakdown.map(OutputTables.periods) ?? []).map { TableOutput.memory($0) }
      + groupTables.map { TableOutput.memory($0) }
    for table in tables {
      let url = options.csvDirectory.appendingPathComponent(table.table.name)
      switch table {
      case .memory(let t): output.add(url, t.csv(options.csvDialect))
      case .streamed(let stream): output.add(url, spooled: stream.file)
      }
    }
    output.add(
      options.csvDirectory.appendingPathComponent("datapackage.json"),
      DataPackage.json(
        tables.map(\.table), dialect: options.csvDialect,
        title: "framing: \(options.commandLine)"))
    output.add(
      options.csvDirectory.appendingPathComponent("DATA_DICTIONARY.md"),
      OutputTables.dataDictionary(tables.map(\.table), provenance: provenance))
    do {
      try addReports(
        to: &output, templates: templates, summary: summary, evidence: pass.evidence,
        scores: scores, statistics: statistics, provenance: provenance, periods: breakdown)
    } catch { throw .template(error) }
    options.phase?("rendered the reports")
    return Outcome(summary: summary, scores: scores, statistics: statistics, output: output)
  }

  /// Renders the reports of every requested format into `output`.
  func addReports(
    to output: inout OutputSet, templates: ReportTemplates, summary: CorpusSummary,
    evidence: ReportEvidence, scores: Scores, statistics: StatisticsReport,
    provenance: Provenance, periods: PeriodBreakdown?
  ) throws(ReportTemplates.TemplateError) {
    let folder = options.reportDirectory
    for format in ReportFormat.allCases where options.formats.contains(format) {
      var model = ReportModel(
        summary: summary, evidence: evidence, scores: scores, statistics: statistics,
        provenance: provenance, format: format, periods: periods)
      switch format {
      case .markdown:
        for module in model.modules {
          for figure in module.figures {
            output.add(folder.appendingPathComponent(figure.file), figure.svg)
          }
        }
        output.add(
          folder.appendingPathComponent("overview.md"), try templates.render("overview.md", model))
        for page in model.outlets {
          model.outlet = page
          output.add(
            folder.appendingPathComponent(page.file), try templates.render("outlet.md", model))
        }
      case .html:
        output.add(
          folder.appendingPathComponent("report.html"), try templates.render("report.html", model))
      }
    }
  }

  /// Computes and writes; outlet pages and figures of earlier runs that this run did not write
  /// are removed.
  @discardableResult
  public func run() throws(Failure) -> Outcome {
    try write(try compute())
  }

  /// Writes a computed outcome's files and removes what earlier runs left that this one did not
  /// write.
  @discardableResult
  public func write(_ outcome: Outcome) throws(Failure) -> Outcome {
    var outcome = outcome
    do { outcome.recovered = try outcome.output.commit() } catch { throw .write(error) }
    // Pages and figures of earlier runs that this run did not write would mislead: remove them.
    let written = Set(outcome.output.urls.map { $0.standardizedFileURL.path })
    for (folder, suffix) in [("outlets", ".md"), ("figures", ".svg")] {
      let url = options.reportDirectory.appendingPathComponent(folder)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      where name.hasSuffix(suffix) {
        let path = url.appendingPathComponent(name).standardizedFileURL.path
        if !written.contains(path) { try? FileManager.default.removeItem(atPath: path) }
      }
    }
    return outcome
  }
}
