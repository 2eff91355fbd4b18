import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

extension LexiconCommand {
  struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Propose terms a module is missing, with counts per outlet and concordance lines.",
      discussion: """
        Example:
          framing lexicon suggest kim-jong-un-labels ~/corpus --output suggestions.csv
          (open the CSV, delete the rows you do not want, set category or leave 'suggested')
          framing lexicon import suggestions.csv

        Candidates are nouns the module does not match yet: words next to the target's names \
        or country ("Machthaber Kim Jong Un", "Nordkoreas Diktator", "Kim, der Machthaber"), \
        ranked by uses × the share of the word's uses that stand there; and nouns distinctive \
        of one outlet in the sentences that mention the target (Lafon specificity ≥ 2, i.e. \
        p ≤ 0.01). Rows are filed under a new category 'suggested' at the scale's midpoint; \
        to file one under an existing category, change its category and clear category_label \
        and weight.
        """)

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "Module id (a module with a target).")
    var module: String

    @Argument(help: "Folder of articles or a JSON Lines file.")
    var corpus = ReportJob.Options.defaultCorpus

    @Option(help: "Fewest uses a candidate needs.")
    var minUses = 2

    @Option(help: "CSV file to write (- for standard output, no table).")
    var output: String?

    @Option(help: "CSV dialect: rfc4180 or excel-de.")
    var dialect: CSVDialect = .rfc4180

    func validate() throws {
      guard minUses >= 1 else { throw ValidationError("--min-uses must be at least 1") }
    }

    func run() throws {
      var diagnostics: [Diagnostic] = []
      let suggestions: LexiconSuggestions
      do {
        suggestions = try folder.job.suggestions(
          for: module,
          in: LexiconJob.Corpus(url: URL(fileURLWithPath: corpus), displayPath: corpus),
          minimumUses: minUses, diagnostics: &diagnostics)
      } catch { fail(error) }
      printWarnings(diagnostics)
      let text = suggestions.table().csv(dialect)
      if output == "-" {
        write(text, to: "-")
        return
      }
      print(suggestions.terminalTable(), terminator: "")
      print("\(suggestions.suggestions.count) suggestions for \(suggestions.module.id)")
      guard let output else { return }
      write(text, to: output)
      print("wrote \(output); keep the rows you want, then: framing lexicon import \(output)")
    }
  }
}
