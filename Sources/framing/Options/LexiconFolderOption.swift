import ArgumentParser
import Foundation
import FramingCore
import FramingJobs

/// `--lexicons`, declared once for every command that reads the lexicon folder.
struct LexiconFolderOption<Notes: OptionNotes>: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Folder of lexicon files (YAML)\(Notes.lexicons).",
      discussion:
        "Default: $FRAMING_LEXICONS, else the lexicons installed with the binary (PREFIX/share/framing/lexicons), else ./lexicons.",
      valueName: "dir"))
  var lexicons: String?

  /// The folder, found as `LexiconSearch` says; exits with its message when there is none.
  var resolved: (url: URL, display: String) {
    do { return try LexiconSearch(flag: lexicons).resolve() } catch { fail(error) }
  }

  var url: URL { resolved.url }

  /// How outputs and messages name the folder.
  var display: String { resolved.display }

  /// The folder as the lexicon commands work on it.
  var job: LexiconJob {
    let (url, display) = resolved
    return LexiconJob(directory: url, displayPath: display)
  }

  /// The folder, loaded and validated; errors go to standard error as `file:line:col: error:`.
  func open() -> LexiconFolder {
    do { return try job.open() } catch { fail(error) }
  }
}
