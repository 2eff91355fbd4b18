import ArgumentParser
import FramingCore

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

    func run() throws {
      let draft = EntryDraft(term: term, patterns: patterns, note: note, namesTarget: namesTarget)
      do {
        let file = try folder.job.edit(module, [.add(draft, category: category)])
        let line = file.location(ofTerm: term).map { ":\($0.line)" } ?? ""
        print("added '\(term)' to \(module)/\(category) (\(file.displayPath)\(line))")
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
