import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure the analysis against a human coding (gold) of the same corpus.",
    discussion: """
      Examples:
        framing evaluate                                  the bundled gold corpus
        framing evaluate my-coding.csv ~/corpus --output eval

      GOLD is a CSV at occurrence level (document,start,end,target,entry,voice[,distanced,\
      speaker,case,text]) or count level (document,target,entry,voice,count[,distanced]); see \
      gold/CODEBOOK.md. CORPUS defaults to the folder `corpus` beside GOLD. Writes \
      evaluation.md and evaluation_{scores,cases,confusion,findings}.csv to --output and prints \
      the headline. Exit status: 0 success, 1 bad input (messages name file and line).
      """)

  @Argument(help: "The gold coding (CSV).")
  var gold = EvaluationJob.Options.defaultGold

  @Argument(help: "The corpus the gold codes (default: the folder 'corpus' beside GOLD).")
  var corpus: String?

  @OptionGroup var folder: LexiconFolderOption<NoNotes>

  @Option(help: "Folder for evaluation.md and the evaluation_*.csv tables.")
  var output = "reports/evaluation"

  @Option(help: "Targets to evaluate, comma-separated (default: the targets the gold codes).")
  var targets: String?

  @Option(help: "Overlap policy inside a module, as for report.")
  var overlap: OverlapPolicy = .longestOverall

  @Option(help: "CSV dialect: rfc4180 or excel-de.")
  var csvDialect: CSVDialect = .rfc4180

  @OptionGroup var workers: JobsOption<NoNotes>

  func run() throws {
    let corpusPath =
      corpus
      ?? URL(fileURLWithPath: gold).deletingLastPathComponent().appendingPathComponent(
        "corpus"
      ).relativePath
    var options = EvaluationJob.Options(
      gold: URL(fileURLWithPath: gold), goldDisplay: gold,
      corpus: URL(fileURLWithPath: corpusPath), corpusDisplay: corpusPath,
      lexicons: folder.url, lexiconsDisplay: folder.display)
    options.output = URL(fileURLWithPath: output)
    options.overlap = overlap
    options.jobs = workers.jobs
    options.csvDialect = csvDialect
    if let targets {
      options.scope = Set(
        targets.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }
    let outcome: EvaluationJob.Outcome
    do { outcome = try EvaluationJob(options: options).run() } catch { fail(error) }
    printWarnings(outcome.diagnostics)
    print(outcome.report.terminalSummary(), terminator: "")
    print("wrote \(output)/evaluation.md, its data dictionary and 4 CSV tables")
  }
}
