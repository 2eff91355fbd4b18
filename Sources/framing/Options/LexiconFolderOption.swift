import ArgumentParser
import Foundation
import FramingCore
import FramingJobs

/// `--lexicons`, declared once for every command that reads the lexicon folder.
struct LexiconFolderOption<Notes: OptionNotes>: ParsableArguments {
  @Option(help: "Folder of lexicon files (YAML)\(Notes.lexicons).")
  var lexicons = ReportJob.Options.defaultLexicons

  var url: URL { URL(fileURLWithPath: lexicons) }

  /// The folder as the lexicon commands work on it.
  var job: LexiconJob { LexiconJob(directory: url, displayPath: lexicons) }

  /// The folder, loaded and validated; errors go to standard error as `file:line:col: error:`.
  func open() -> LexiconFolder {
    do { return try job.open() } catch { fail(error) }
  }
}
