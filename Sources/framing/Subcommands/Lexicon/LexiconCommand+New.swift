import ArgumentParser
import FramingCore
import FramingJobs

extension LexiconCommand {
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start a new module: a valid file with three empty categories to fill in.",
      discussion: """
        Example:
          framing lexicon new threat-words --title "Bedrohungsvokabular"
          framing lexicon add threat-words negative Bedrohung --note "Names a threat."

        The file goes into the language folder after the last numbered module \
        (lexicons/de/80-threat-words.yaml), or to --output; an existing file is never \
        overwritten. Replace its TODOs (description, the poles of the scale, the categories' \
        descriptions) before reporting.
        """)

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "The new module's id: lower-case letters, digits, hyphens.")
    var id: String

    @Option(help: "The module's title (default: the id).")
    var title: String?

    @Option(help: "Language code of the module; also its folder inside the lexicon folder.")
    var language = "de"

    @Option(help: "The new module file (must not exist).")
    var output: String?

    @Flag(help: "Print the file instead of writing it.")
    var dryRun = false

    func run() throws {
      do {
        let (path, text) = try folder.job.scaffold(
          id: id, title: title, language: language, output: output, isDryRun: dryRun)
        if dryRun {
          print(text, terminator: "")
        } else {
          print("wrote module '\(id)' to \(path); replace its TODOs, then add entries")
        }
      } catch { fail(error) }
    }
  }
}
