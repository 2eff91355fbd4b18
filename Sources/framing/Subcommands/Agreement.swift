import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

struct Agreement: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Agreement between two human codings of the same documents (Krippendorff's α).",
    discussion: """
      Examples:
        framing agreement gold/occurrences-a.csv gold/occurrences-b.csv --corpus gold/corpus
        framing agreement tally-anna.csv tally-ben.csv

      Both codings in the formats of `framing evaluate` (gold/CODEBOOK.md). At occurrence level: \
      α (nominal) over aligned occurrences for the target and for target and voice, percent \
      agreement, and coder B's precision and recall against coder A. At count level (or when \
      one coding is a tally): α (interval) over cells and the share of equal cells. Entries are \
      compared as lexicon terms (--lexicons).
      """)

  @Argument(help: "Coder A's coding (the reference).")
  var codingA: String

  @Argument(help: "Coder B's coding.")
  var codingB: String

  @Option(help: "The corpus both code, to show each disagreement in its passage.")
  var corpus: String?

  @OptionGroup var folder: LexiconFolderOption<NoNotes>

  @Option(help: "Folder for agreement.md and the agreement_*.csv tables (default: print only).")
  var output: String?

  @Option(help: "CSV dialect: rfc4180 or excel-de.")
  var csvDialect: CSVDialect = .rfc4180

  func run() throws {
    var options = AgreementJob.Options(
      codingA: URL(fileURLWithPath: codingA), codingADisplay: codingA,
      codingB: URL(fileURLWithPath: codingB), codingBDisplay: codingB,
      lexicons: folder.url, lexiconsDisplay: folder.display)
    if let corpus {
      options.corpus = URL(fileURLWithPath: corpus)
      options.corpusDisplay = corpus
    }
    options.output = output.map { URL(fileURLWithPath: $0) }
    options.csvDialect = csvDialect
    let outcome: AgreementJob.Outcome
    do { outcome = try AgreementJob(options: options).run() } catch { fail(error) }
    print(outcome.report.terminalSummary(), terminator: "")
    if let output { print("wrote \(output)/agreement.md, its data dictionary and 4 CSV tables") }
  }
}
