import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingStatistics

/// The options of `framing report` that `framing merge` shares: everything but the corpus.
struct ReportOptions: ParsableArguments {
  /// What `report` and `merge` say about shared options.
  enum Notes: OptionNotes {
    static let jobs = " Output is identical for any number."
  }

  @OptionGroup var folder: LexiconFolderOption<Notes>

  @Option(help: "Where the CSV files go.")
  var csvDir = "notebooks-data"

  @Option(help: "Where the Markdown reports go.")
  var reportDir = "reports"

  @Option(help: "Which voices the scores count: author (the outlet's own words), quote, or all.")
  var voice: VoiceSelection = .author

  @Option(
    help:
      "Where indirect speech (Konjunktiv I after a speaker) counts: with the speaker (quote) or with the outlet (author)."
  )
  var reportedAs: ReportedSpeechPolicy = .quote

  @Option(
    help: "Overlapping matches inside a module: longest-overall, longest-per-category, keep-all.")
  var overlap: OverlapPolicy = .longestOverall

  @OptionGroup var workers: JobsOption<Notes>

  @Option(help: "Seed of the bootstraps and the permutation tests (GSL's mt19937).")
  var seed = SamplingDefaults.seed

  @Option(help: "Bootstrap resamples of each outlet's documents.")
  var resamples = SamplingDefaults.resamples

  @Option(
    help:
      "Random permutations of a document-level test whose arrangements are too many to enumerate."
  )
  var simulations = SamplingDefaults.simulations

  @Option(
    name: .customLong("min-documents"),
    help:
      "Fewest documents of an outlet (with matches in the module, for stance, shares and tests) for which intervals and tests are computed; below, they are written as 'not computed'."
  )
  var minDocuments = StatisticsReport.defaultMinimumDocuments

  @Option(
    help:
      "CSV dialect: rfc4180 (comma, . decimals) or excel-de (byte-order mark, ;, decimal comma).")
  var csvDialect: CSVDialect = .rfc4180

  @Option(
    help:
      "Also split every score per outlet and period: month, week (ISO 8601) or day; adds scores_by_period.csv, categories_by_period.csv, shifts.csv and a section on shifts."
  )
  var by: PeriodUnit?

  @Option(
    name: .customLong("group-by"),
    help: ArgumentHelp(
      "Also pool every score per value of a document field (a manifest column or JSON Lines field: country, leaning, section, outlet, ...); adds scores_by_group.csv.",
      valueName: "column"))
  var groupBy: String?

  @Flag(
    help:
      "Leave matches inside agency copy (passages other outlets print word for word) out of the scores."
  )
  var excludeSharedCopy = false

  @Flag(help: "Fail on any warning (a skipped file, a bad manifest row) instead of going on.")
  var strict = false

  @Option(
    help:
      "Report format: markdown (overview.md, outlets/, figures/) or html (one self-contained report.html). Repeat for both."
  )
  var format: [ReportFormat] = [.markdown]

  @Option(
    help:
      "Folder of Mustache templates replacing the built-in ones (write those with `framing templates DIR`)."
  )
  var template: String?

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  @Flag(help: "Also print notes (e.g. unpaired quote marks) and every file written.")
  var verbose = false

  func validate() throws {
    if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    guard (1...1_000_000).contains(resamples) else {
      throw ValidationError("--resamples must be from 1 to 1,000,000")
    }
    guard (1...10_000_000).contains(simulations) else {
      throw ValidationError("--simulations must be from 1 to 10,000,000")
    }
    guard (2...1_000_000).contains(minDocuments) else {
      throw ValidationError("--min-documents must be from 2 to 1,000,000")
    }
  }

  /// The job's options for a corpus.
  func job(corpus: String) -> ReportJob.Options {
    var options = ReportJob.Options(
      corpus: URL(fileURLWithPath: corpus), corpusDisplay: corpus,
      lexicons: folder.url, lexiconsDisplay: folder.display,
      csvDirectory: URL(fileURLWithPath: csvDir), reportDirectory: URL(fileURLWithPath: reportDir))
    options.voice = voice
    options.reportedAs = reportedAs
    options.overlap = overlap
    options.isStrict = strict
    options.jobs = workers.jobs
    options.seed = seed
    options.csvDialect = csvDialect
    options.resamples = resamples
    options.simulations = simulations
    options.minimumDocuments = minDocuments
    options.formats = format
    options.periodUnit = by
    options.groupBy = groupBy
    options.excludesSharedCopy = excludeSharedCopy
    if let template {
      options.templates = URL(fileURLWithPath: template)
      options.templatesDisplay = template
    }
    return options
  }

  /// Runs a job (with a progress bar on a terminal) and prints its messages and a summary.
  func perform(
    _ options: ReportJob.Options, _ work: (ReportJob) throws(ReportJob.Failure) -> ReportJob.Outcome
  ) throws {
    var options = options
    let bar = !quiet && ProgressBar.isUseful ? ProgressBar() : nil
    if let bar { options.progress = { bar.update(done: $0, total: $1) } }
    if verbose {
      let start = Date()
      options.phase = { done in
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        FileHandle.standardError.write(
          Data("framing: \(done) at \(seconds) s\(Self.memoryInUse())\n".utf8))
      }
    }
    do {
      let outcome = try work(ReportJob(options: options))
      bar?.finish()
      let summary = outcome.summary
      // An interrupted earlier commit undone is said even with --quiet.
      for note in outcome.recovered { FileHandle.standardError.write(Data("\(note)\n".utf8)) }
      if !quiet {
        for d in summary.diagnostics where d.severity >= .warning || verbose {
          FileHandle.standardError.write(Data("\(d)\n".utf8))
        }
        if verbose {
          for url in outcome.output.urls {
            FileHandle.standardError.write(Data("wrote \(url.path)\n".utf8))
          }
        }
        let matches = summary.matchCount
        let warnings = summary.diagnostics.filter { $0.severity >= .warning }.count
        let line =
          "framing: \(summary.documentsIncluded) documents, \(summary.outletNames.count) outlets, "
          + "\(matches) matches, \(warnings) warning\(warnings == 1 ? "" : "s"); CSV in \(csvDir)/, reports in \(reportDir)/\n"
        FileHandle.standardError.write(Data(line.utf8))
      }
    } catch {
      bar?.finish()
      printFailure(error)
      if case .write(.interrupted(let signal)) = error { throw ExitCode(128 + signal) }
      throw ExitCode.failure
    }
    if let signal = Interruption.shared.signal {
      FileHandle.standardError.write(
        Data(
          "framing: interrupted by \(Interruption.name(of: signal)) after every output was written\n"
            .utf8))
      throw ExitCode(128 + signal)
    }
  }

  /// "; 48 MB resident, peak 54 MB, 310 MB written, scratch 40 MB (peak 80 MB)" from /proc
  /// (Linux; written: scratch and output files so far) and the scratch files' own count (on
  /// disk now, and at most); empty elsewhere.
  static func memoryInUse() -> String {
    func value(_ file: String, _ key: String) -> Int? {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
      return text.split(separator: "\n").first { $0.hasPrefix(key + ":") }
        .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    }
    guard let resident = value("/proc/self/status", "VmRSS"),
      let peak = value("/proc/self/status", "VmHWM")
    else { return "" }
    let written = value("/proc/self/io", "wchar").map { ", \($0 / 1_000_000) MB written" } ?? ""
    let scratch = ScratchFile.usage
    return "; \(resident / 1024) MB resident, peak \(peak / 1024) MB\(written), scratch "
      + "\(scratch.live / 1_000_000) MB (peak \(scratch.peak / 1_000_000) MB)"
  }
}
