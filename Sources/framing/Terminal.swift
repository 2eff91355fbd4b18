import ArgumentParser
import Foundation
import FramingCore
import FramingReports

/// Prints an error's lines to standard error and exits with status 1.
func fail(_ error: any Error) -> Never {
  fail("\(error)")
}

/// Prints a message to standard error and exits with status 1.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("\(message)\n".utf8))
  FramingCommand.exit(withError: ExitCode.failure)
}

/// Prints the warnings and errors among `diagnostics` to standard error.
func printWarnings(_ diagnostics: [Diagnostic]) {
  for d in diagnostics where d.severity >= .warning {
    FileHandle.standardError.write(Data("\(d)\n".utf8))
  }
}

/// Writes `text` to the file at `path`, atomically, or to standard output for `-`; returns
/// whether it went to a file (so that a command may say so, and stays quiet on a pipe).
@discardableResult
func write(_ text: String, to path: String) -> Bool {
  if path == "-" {
    FileHandle.standardOutput.write(Data(text.utf8))
    return false
  }
  var files = OutputSet()
  files.add(URL(fileURLWithPath: path), text)
  do { try files.commit() } catch { fail(error) }
  return true
}

/// `--jobs` for the commands that analyze a corpus beside `report`.
struct JobsOption: ParsableArguments {
  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 256") }
  }
}
