import ArgumentParser
import Foundation
import FramingCore
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

    @OptionGroup var folder: LexiconFolderOption

    @Option(help: "Only this module.")
    var module: String?

    @Option(help: "Folder to write coverage.csv and overlaps.csv into.")
    var output: String?

    @Option(help: "CSV dialect: rfc4180 or excel-de.")
    var dialect: CSVDialect = .rfc4180

    @Option(help: "Overlapping matches inside a module, as for `framing report`.")
    var overlap: OverlapPolicy = .longestOverall

    @OptionGroup var workers: JobsOption

    func run() throws {
      let lexicon = try folder.open().lexicon
      if let module, !lexicon.modules.contains(where: { $0.id == module }) {
        do { _ = try folder.open().module(module) } catch { fail(error) }
      }
      var diagnostics: [Diagnostic] = []
      let coverage: LexiconCoverage
      do {
        coverage = try LexiconCoverage.measure(
          lexicon: lexicon, corpus: corpusReader(corpus), policy: overlap,
          run: CorpusRun(jobs: workers.jobs), diagnostics: &diagnostics)
      } catch { fail(error) }
      printWarnings(diagnostics)
      print(report(coverage, lexicon), terminator: "")
      guard let output else { return }
      var files = OutputSet()
      let directory = URL(fileURLWithPath: output)
      files.add(
        directory.appendingPathComponent("coverage.csv"), coverage.countsTable(lexicon).csv(dialect)
      )
      files.add(
        directory.appendingPathComponent("overlaps.csv"),
        coverage.overlapsTable(lexicon).csv(dialect))
      do { try files.commit() } catch { fail(error) }
      print("wrote \(output)/coverage.csv and \(output)/overlaps.csv")
    }

    func report(_ coverage: LexiconCoverage, _ lexicon: Lexicon) -> String {
      var out = ""
      var never: [String] = []
      for (m, lexiconModule) in lexicon.modules.enumerated()
      where module == nil || lexiconModule.id == module {
        var table = TerminalTable(
          columns: ["category", "entry", "author", "quote", "reported", "outlets"],
          alignments: [.left, .left, .right, .right, .right, .left])
        for key in LexiconCoverage.entries(of: lexicon) where key.module == m {
          let total = coverage.total(key)
          let names = lexiconModule.categories[key.category]
          let term = names.entries[key.entry].term
          if total.total == 0 { never.append("\(lexiconModule.id)/\(term)") }
          let outlets = coverage.outlets.filter { (coverage.counts[key]?[$0]?.total ?? 0) > 0 }
          table.append([
            names.id, term, String(total.author), String(total.quote), String(total.reported),
            "\(outlets.count)/\(coverage.outlets.count)",
          ])
        }
        out += "\(lexiconModule.id)\n" + table.render() + "\n"
      }
      out += "never matched (\(never.count)): " + never.joined(separator: ", ") + "\n"
      let overlaps = coverage.overlaps.filter {
        module == nil || lexicon.modules[$0.entry.module].id == module
          || lexicon.modules[$0.other.module].id == module
      }
      out += "overlapping entries (\(overlaps.count)):\n"
      for o in overlaps {
        let a = lexicon.modules[o.entry.module]
        let b = lexicon.modules[o.other.module]
        let termA = a.categories[o.entry.category].entries[o.entry.entry].term
        let termB = b.categories[o.other.category].entries[o.other.entry].term
        let scope = a.id == b.id ? "same module" : "two modules"
        let how =
          o.kind == .term
          ? "the pattern of \(b.id)/\(termB) matches the term \(a.id)/\(termA)"
          : "\(a.id)/\(termA) and \(b.id)/\(termB) match the same words \(o.count)× (\(o.example))"
        out += "  \(scope): \(how)\n"
      }
      return out
    }
  }
}
