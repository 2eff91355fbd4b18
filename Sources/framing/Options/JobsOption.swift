import ArgumentParser
import Foundation

/// `--jobs`, declared once for every command that analyzes a corpus: worker threads, from 1 to
/// 256, all cores by default.
struct JobsOption<Notes: OptionNotes>: ParsableArguments {
  @Option(help: "Worker threads (default: all cores).\(Notes.jobs)")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 256") }
  }
}
