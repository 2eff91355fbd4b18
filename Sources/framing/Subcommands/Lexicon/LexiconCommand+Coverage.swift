import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

extension LexiconCommand {
  struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Per entry: matches per outlet and voice, entries that never match, overlaps.",
      discussion: """
        Example:
          framing lexicon coverage ~/corpus --output coverage/

        Prints each module's entries with their matches (author/quote/reported) and the outlets \
        that use them, the entries that never match, and the pairs of entries that match the \
        same words: in the same module (the longest match wins there) or in two modules (both \
        count). With --output, writes coverage.csv (entry × outlet) and overlaps.csv.
        """)

    @Argument(help: "Folder of articles or a JSON Lines file.")
    var corpus = ReportJob.Options.defaultCorpus

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Option(help: "Only this module.")
    var module: String?

    @Option(help: "Folder to write coverage.csv and overlaps.csv into.")
    var output: String?

    @Option(help: "CSV dialect: rfc4180 or excel-de.")
    var dialect: CSVDialect = .rfc4180

    @Option(help: "Overlapping matches inside a module, as for `framing report`.")
    var overlap: OverlapPolicy = .longestOverall

    @OptionGroup var workers: JobsOption<NoNotes>

    func run() throws {
      var reading = LexiconJob.Corpus(url: URL(fileURLWithPath: corpus), displayPath: corpus)
      reading.jobs = workers.jobs
      let outcome: LexiconJob.CoverageOutcome
      do {
        outcome = try folder.job.coverage(of: reading, module: module, overlap: overlap)
      } catch { fail(error) }
      printWarnings(outcome.diagnostics)
      print(outcome.coverage.terminalReport(outcome.lexicon, module: module), terminator: "")
      guard let output else { return }
      write(outcome.files(dialect: dialect), into: output)
      print("wrote \(output)/coverage.csv and \(output)/overlaps.csv")
    }
  }
}
