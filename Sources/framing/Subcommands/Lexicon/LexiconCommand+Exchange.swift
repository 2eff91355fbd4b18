import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

extension LexiconCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a module's entries as CSV, to edit in a spreadsheet and import back.",
      discussion: """
        Example:
          framing lexicon export labels --dialect excel-de --output labels.csv
        Columns: module, category, category_label, weight, term, patterns (separated by ' | '), \
        names_target, exact, actors, note, except. `framing lexicon import` reads the file back in either dialect.
        """)

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "Module id.")
    var module: String

    @Flag(help: "CSV (the only format; kept for clarity in scripts).")
    var csv = false

    @Option(help: "CSV dialect: rfc4180 (comma) or excel-de (semicolon, decimal comma, BOM).")
    var dialect: CSVDialect = .rfc4180

    @Option(help: "File to write; - or nothing for standard output.")
    var output = "-"

    func run() throws {
      let module: LexiconModule
      do { module = try folder.job.open().module(self.module) } catch { fail(error) }
      if write(LexiconSheet.table(for: module).csv(dialect), to: output) {
        print("wrote \(module.entries.count) entries of \(module.id) to \(output)")
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import entries from a CSV sheet, a LIWC .dic or a quanteda YAML dictionary.",
      discussion: """
        Examples:
          framing lexicon import labels.csv                     update modules from a sheet
          framing lexicon import labels.csv --mode replace      the sheet lists every entry
          framing lexicon import suggestions.csv                keep the rows you want first
          framing lexicon import colleague.dic --id liwc-threat --output lexicons/de/80-threat.yaml
          framing lexicon import dictionary.yml --id economy --output lexicons/de/81-economy.yaml

        A sheet (.csv) changes existing modules: rows are matched to entries by term (folded); \
        new terms are added, changed rows rewrite their entry, a changed category moves it, a \
        new category needs category_label and weight. Nothing is written unless every row of \
        every module is valid. A dictionary (.dic, .yml, .yaml) becomes a new module file; what \
        cannot be carried over is listed.
        """)

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "A .csv sheet, a LIWC .dic file, or a quanteda .yml/.yaml dictionary.")
    var file: String

    @Option(help: "Sheets: merge (add and update) or replace (also remove entries not listed).")
    var mode: LexiconSheet.ImportMode = .merge

    @Option(help: "Dictionaries: the new module's id.")
    var id: String?

    @Option(help: "Dictionaries: the new module's title (default: from the file name).")
    var title: String?

    @Option(help: "Dictionaries: language code of the new module.")
    var language = "de"

    @Option(help: "Dictionaries: the new module file (must not exist).")
    var output: String?

    @Option(
      name: .customLong("weight"),
      help: "Dictionaries: a category's stance weight, as CATEGORY=NUMBER (repeatable; default 0).")
    var weights: [String] = []

    @Flag(help: "Show what would change without writing.")
    var dryRun = false

    @Option(
      help:
        "A corpus (folder or JSON Lines): print how its counts change, in every module, after the import."
    )
    var corpus: String?

    @OptionGroup var workers: JobsOption<NoNotes>

    func validate() throws {
      if corpus != nil, dryRun, !file.lowercased().hasSuffix(".csv") {
        throw ValidationError("--corpus with --dry-run works for sheets (.csv) only")
      }
    }

    func run() throws {
      var options = LexiconJob.ImportOptions()
      options.mode = mode
      options.id = id
      options.title = title
      options.language = language
      options.output = output
      options.weights = weights
      options.isDryRun = dryRun
      do {
        guard let corpus else {
          try folder.job.importFile(file, options: options) { print($0) }
          return
        }
        // A dry run imports into a copy of the folder, which the measuring job provides.
        var real = options
        real.isDryRun = false
        var reading = LexiconJob.Corpus(url: URL(fileURLWithPath: corpus), displayPath: corpus)
        reading.jobs = workers.jobs
        let (_, changes) = try folder.job.measuringChanges(on: reading, isDryRun: dryRun) {
          (job: LexiconJob) throws(JobFailure) in
          try job.importFile(file, options: real) { print($0) }
        }
        if dryRun { print("dry run: nothing written") }
        printWarnings(changes.diagnostics)
        print(changes.report(corpus: corpus), terminator: "")
      } catch { fail(error) }
    }
  }
}
