import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

struct Kwic: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kwic",
    abstract:
      "Show every match of a pattern or of lexicon entries in context (keyword in context).",
    discussion: """
      Examples:
        framing kwic Machthaber
        framing kwic "Diktator|Machthaber" ~/corpus --csv machthaber.csv
        framing kwic "=Kim [Jong] Un" --voice quote --outlet "Nordstadt Kurier"
        framing kwic --module kim-jong-un-labels --entry Diktator
        framing kwic --module labels ~/corpus

      PATTERN uses the lexicon pattern language (lexicons/README.md): `Wort` any inflection, \
      `=Wort` exact form, `==Wort` exact case, `Wort*`/`*wort` globs, `[Wort]` optional; `|` \
      separates alternatives. Without PATTERN, --module and --entry show the lexicon's own \
      matches as `framing report` counts them, with the referent of each label, the rule \
      that decided it and its status (counted, distanced, not-target). The corpus is cleaned \
      with the lexicon folder's boilerplate rules, as by `framing report`. start and end are \
      offsets in Unicode scalars of the decoded document (Python text[start:end]); line and \
      column are 1-based.
      """)

  @Argument(
    help:
      "A pattern of the lexicon language, alternatives separated by '|' (leave it out with --module or --entry)."
  )
  var pattern: String?

  @Argument(help: "Folder of articles or a JSON Lines file.")
  var corpus: String?

  @Option(help: "Only matches of this module (or of every module made from this shared inventory).")
  var module: String?

  @Option(help: "Only matches of this lexicon entry (its term).")
  var entry: String?

  @Option(help: "Only documents of this outlet.")
  var outlet: String?

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

  /// The pattern and the corpus: with --module or --entry a lone argument naming a file or
  /// folder is the corpus.
  var inputs: (pattern: String?, corpus: String) {
    if module != nil || entry != nil, corpus == nil, let pattern,
      FileManager.default.fileExists(atPath: pattern)
    {
      return (nil, pattern)
    }
    return (pattern, corpus ?? ReportJob.Options.defaultCorpus)
  }

  func validate() throws {
    guard (0...1000).contains(width) else { throw ValidationError("--width must be 0 to 1000") }
    let pattern = inputs.pattern
    if pattern == nil && module == nil && entry == nil {
      throw ValidationError("give a PATTERN, or --module or --entry")
    }
    if pattern != nil && (module != nil || entry != nil) {
      throw ValidationError(
        "give a PATTERN or --module/--entry, not both (with --module or --entry the first argument is the corpus)"
      )
    }
  }

  func run() throws {
    let (pattern, corpus) = inputs
    var options = KwicJob.Options(
      pattern: pattern, corpus: URL(fileURLWithPath: corpus), corpusDisplay: corpus,
      lexicons: folder.url, lexiconsDisplay: folder.display)
    options.filter = Concordance.Filter(module: module, entry: entry, outlet: outlet)
    options.voice = voice
    options.width = width
    options.jobs = workers.jobs
    let outcome: KwicJob.Outcome
    do { outcome = try KwicJob(options: options).run() } catch { fail(error) }
    printWarnings(outcome.diagnostics)
    let lines = outcome.lines
    if let csv, !write(Concordance.table(lines).csv(dialect), to: csv) { return }
    print(Concordance.terminal(lines, width: width), terminator: "")
    var what = pattern.map { "'\($0)'" } ?? ""
    if let module { what += (what.isEmpty ? "" : " ") + "module '\(module)'" }
    if let entry { what += (what.isEmpty ? "" : ", ") + "entry '\(entry)'" }
    print(outcome.summary(of: what) + (outlet.map { " of outlet '\($0)'" } ?? ""))
  }
}
