import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

struct Kwic: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kwic",
    abstract: "Show every match of a pattern in context (keyword in context).",
    discussion: """
      Examples:
        framing kwic Machthaber
        framing kwic "Nordkoreas *herrscher" ~/corpus --csv machthaber.csv
        framing kwic "=Kim [Jong] Un" --voice quote

      PATTERN uses the lexicon pattern language (lexicons/README.md): `Wort` any inflection, \
      `=Wort` exact form, `==Wort` exact case, `Wort*`/`*wort` globs, `[Wort]` optional. The \
      corpus is cleaned with the lexicon folder's boilerplate rules, as by `framing report`. \
      start and end are offsets in Unicode scalars of the decoded document (Python \
      text[start:end]); line and column are 1-based.
      """)

  @Argument(help: "A pattern of the lexicon language.")
  var pattern: String

  @Argument(help: "Folder of articles or a JSON Lines file.")
  var corpus = ReportJob.Options.defaultCorpus

  @OptionGroup var folder: LexiconFolderOption<NoNotes>

  @Option(help: "Only lines in this voice: author, quote, reported.")
  var voice: Voice?

  @Option(help: "Characters of context on each side.")
  var width = 60

  @Option(help: "Also write the lines as CSV to this file (- for standard output, no table).")
  var csv: String?

  @Option(help: "CSV dialect: rfc4180 or excel-de.")
  var dialect: CSVDialect = .rfc4180

  @OptionGroup var workers: JobsOption<NoNotes>

  func validate() throws {
    guard (0...1000).contains(width) else { throw ValidationError("--width must be 0 to 1000") }
  }

  func run() throws {
    var options = KwicJob.Options(
      pattern: pattern, corpus: URL(fileURLWithPath: corpus), corpusDisplay: corpus,
      lexicons: folder.url, lexiconsDisplay: folder.display)
    options.voice = voice
    options.width = width
    options.jobs = workers.jobs
    let outcome: KwicJob.Outcome
    do { outcome = try KwicJob(options: options).run() } catch { fail(error) }
    printWarnings(outcome.diagnostics)
    let lines = outcome.lines
    if let csv, !write(Concordance.table(lines).csv(dialect), to: csv) { return }
    print(Concordance.terminal(lines, width: width), terminator: "")
    let documents = Set(lines.map(\.document)).count
    print("\(lines.count) matches of '\(pattern)' in \(documents) documents")
  }
}
