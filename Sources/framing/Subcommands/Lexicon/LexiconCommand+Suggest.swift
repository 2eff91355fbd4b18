import ArgumentParser
import Foundation
import FramingCore
import FramingReports

extension LexiconCommand {
  struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Propose terms a module is missing, with counts per outlet and concordance lines.",
      discussion: """
        Example:
          framing lexicon suggest kim-labels ~/corpus --output suggestions.csv
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

    @OptionGroup var folder: LexiconFolderOption

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
      let opened = try folder.open()
      let module: LexiconModule
      do { module = try opened.module(self.module) } catch { fail(error) }
      guard module.target != nil,
        let m = opened.lexicon.modules.firstIndex(where: { $0.id == module.id })
      else {
        fail("\(module.file): error: module '\(module.id)' has no target; suggest needs one")
      }
      var diagnostics: [Diagnostic] = []
      let candidates: TermCandidates
      do {
        candidates = try TermCandidates.collect(
          module: m, lexicon: opened.lexicon, corpus: corpusReader(corpus),
          diagnostics: &diagnostics)
      } catch { fail(error) }
      printWarnings(diagnostics)
      let suggestions = LexiconSuggestions(
        module: module, candidates: candidates, minimumUses: minUses)
      let text = suggestions.table().csv(dialect)
      if output == "-" {
        write(text, to: "-")
        return
      }
      var table = TerminalTable(
        columns: ["term", "source", "uses", "score", "outlets"],
        alignments: [.left, .left, .right, .right, .left])
      for s in suggestions.suggestions {
        table.append([
          s.term, s.source == .distinctive ? "distinctive of \(s.outlet)" : s.source.rawValue,
          String(s.uses), NumberFormat.fixed(s.score, 2),
          s.counts.keys.sorted().map { "\($0): \(s.counts[$0] ?? 0)" }.joined(separator: ", "),
        ])
      }
      print(table.render(), terminator: "")
      print("\(suggestions.suggestions.count) suggestions for \(module.id)")
      guard let output else { return }
      write(text, to: output)
      print("wrote \(output); keep the rows you want, then: framing lexicon import \(output)")
    }
  }
}
