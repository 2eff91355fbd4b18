import ArgumentParser
import Foundation
import FramingCore
import FramingJobs

extension LexiconCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an entry to a category of a module.",
      discussion: """
        Example:
          framing lexicon add labels delegitimizing Gewaltherrscher \\
            --note "Rule by violence; stronger than Machthaber."
        """)

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "Module id.")
    var module: String

    @Argument(help: "Category id inside the module.")
    var category: String

    @Argument(help: "The term (its default pattern is the term itself).")
    var term: String

    @Option(help: "Why the term is here and what it signals (required by the format).")
    var note: String

    @Option(
      name: .customLong("pattern"),
      help: "A pattern (repeatable); default: the term. See lexicons/README.md.")
    var patterns: [String] = []

    @Flag(help: "The term itself names the module's target (\"Kim-Regime\").")
    var namesTarget = false

    @Option(
      help:
        "A corpus (folder or JSON Lines): print how its counts change, in every module, after the edit."
    )
    var corpus: String?

    @OptionGroup var workers: JobsOption<NoNotes>

    func run() throws {
      let draft = EntryDraft(term: term, patterns: patterns, note: note, namesTarget: namesTarget)
      let (module, category) = (self.module, self.category)
      func edit(_ job: LexiconJob) throws(JobFailure) -> LexiconFile {
        do { return try job.edit(module, [.add(draft, category: category)]) } catch {
          throw JobFailure.lexicon(error)
        }
      }
      do {
        let file: LexiconFile
        var changes: LexiconJob.CountChanges?
        if let corpus {
          var reading = LexiconJob.Corpus(url: URL(fileURLWithPath: corpus), displayPath: corpus)
          reading.jobs = workers.jobs
          (file, changes) = try folder.job.measuringChanges(on: reading, isDryRun: false) {
            (job: LexiconJob) throws(JobFailure) in try edit(job)
          }
        } else {
          file = try edit(folder.job)
        }
        let line = file.location(ofTerm: term).map { ":\($0.line)" } ?? ""
        print("added '\(term)' to \(module)/\(category) (\(file.displayPath)\(line))")
        if let changes, let corpus {
          printWarnings(changes.diagnostics)
          print(changes.report(corpus: corpus), terminator: "")
        }
      } catch { fail(error) }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove an entry (and the comment lines directly above it) from a module.")

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "Module id.")
    var module: String

    @Argument(help: "The entry's term (compared folded: case, ß/ss and hyphens do not matter).")
    var term: String

    func run() throws {
      do {
        let file = try folder.job.edit(module, [.remove(term: term)])
        print("removed '\(term)' from \(module) (\(file.displayPath))")
      } catch { fail(error) }
    }
  }
}
