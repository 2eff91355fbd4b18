import ArgumentParser
import Foundation
import FramingJobs
import FramingReports

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed between two output folders of `framing report`.",
    discussion: """
      Example:
        framing report ~/corpus --csv-dir before
        framing lexicon add labels delegitimizing Gewaltherrscher --note "..."
        framing report ~/corpus --csv-dir after
        framing diff before after --output changes/

      Compares counts.csv (matches per outlet, module and entry, by status: counted, \
      distanced, not-target, shared copy) and scores.csv (documents, tokens, matches, rate, \
      stance index per outlet and module), and lists what differs, every module included. \
      Either CSV dialect; numbers are compared at the precision of the less precise folder. \
      With --output, writes diff_entries.csv and diff_scores.csv.
      """)

  @Argument(help: "The earlier output folder (the --csv-dir of a report).")
  var old: String

  @Argument(help: "The later output folder.")
  var new: String

  @Option(help: "Folder to write diff_entries.csv and diff_scores.csv into.")
  var output: String?

  @Option(help: "CSV dialect of the written files: rfc4180 or excel-de.")
  var dialect: CSVDialect = .rfc4180

  func run() throws {
    let outcome: DiffJob.Outcome
    do {
      outcome = try DiffJob(
        old: URL(fileURLWithPath: old), oldDisplay: old, new: URL(fileURLWithPath: new),
        newDisplay: new
      ).run()
    } catch { fail(error) }
    print(outcome.terminalReport(), terminator: "")
    guard let output else { return }
    write(outcome.tables().map { ($0.name, $0.csv(dialect)) }, into: output)
    print("wrote \(output)/diff_entries.csv and \(output)/diff_scores.csv")
  }
}
