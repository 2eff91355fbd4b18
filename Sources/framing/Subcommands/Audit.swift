import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingStatistics

struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Estimate precision on your own corpus: sample matches, mark them, score them.",
    discussion: """
      Examples:
        framing audit sample ~/corpus --per-entry 20 --seed 7 --output sheet.csv
        (open sheet.csv in a spreadsheet, write yes or no in 'correct', save as CSV)
        framing audit score sheet.csv --threshold 0.8 --output audit
      """,
    subcommands: [Sample.self, Score.self])

  struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a stratified random sample of counted matches as a coding sheet (CSV).")

    @Argument(help: "Folder of articles or a JSON Lines file.")
    var corpus = ReportJob.Options.defaultCorpus

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Option(help: "Matches drawn per lexicon entry (all when an entry has fewer).")
    var perEntry = 20

    @Option(help: "Seed of the random draw (the same seed draws the same sample).")
    var seed = UInt64(SamplingDefaults.seed)

    @Option(help: "The sheet to write (- for standard output).")
    var output = "audit-sheet.csv"

    @Option(help: "CSV dialect: rfc4180 or excel-de.")
    var csvDialect: CSVDialect = .rfc4180

    @OptionGroup var workers: JobsOption<NoNotes>

    func validate() throws {
      guard (1...100_000).contains(perEntry) else {
        throw ValidationError("--per-entry must be from 1 to 100000")
      }
    }

    func run() throws {
      var options = AuditJob.SampleOptions(
        corpus: URL(fileURLWithPath: corpus), corpusDisplay: corpus,
        lexicons: folder.url, lexiconsDisplay: folder.display)
      options.perEntry = perEntry
      options.seed = seed
      options.jobs = workers.jobs
      var diagnostics: [Diagnostic] = []
      let table: CSVTable
      do { table = try AuditJob.sample(options, diagnostics: &diagnostics) } catch { fail(error) }
      printWarnings(diagnostics)
      if write(table.csv(csvDialect), to: output) {
        let entries = Set(table.rows.map { $0[1] + "/" + $0[2] }).count
        print("wrote \(output): \(table.rows.count) matches of \(entries) entries")
      }
    }
  }

  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Precision per entry from a marked sheet, with Wilson intervals.")

    @Argument(help: "The coding sheet with its 'correct' column filled in.")
    var sheet: String

    @Option(help: "Entries whose precision is below this are flagged.")
    var threshold = 0.8

    @Option(help: "Folder for audit.md and audit_precision.csv (default: print only).")
    var output: String?

    @Option(help: "CSV dialect: rfc4180 or excel-de.")
    var csvDialect: CSVDialect = .rfc4180

    func validate() throws {
      guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be 0 to 1") }
    }

    func run() throws {
      let report: AuditReport
      do { report = try AuditJob.report(sheet: sheet, threshold: threshold) } catch { fail(error) }
      print(report.terminal(), terminator: "")
      if let output {
        write(report.files(dialect: csvDialect), into: output)
        print("wrote \(output)/audit.md and audit_precision.csv")
      }
    }
  }
}
