import ArgumentParser
import Foundation
import FramingCore
import FramingJobs

/// Prints an error's lines to standard error: the one way a command reports a failure (every
/// error of ours renders its located lines through `Diagnostic`).
func printFailure(_ error: any Error) {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
}

/// Prints an error's lines to standard error and exits with status 1.
func fail(_ error: any Error) -> Never {
  printFailure(error)
  FramingCommand.exit(withError: ExitCode.failure)
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
  do { return try JobOutput.write(text, to: path) } catch { fail(error) }
}

/// Writes files (name, text) into the folder at `path` as one set.
func write(_ files: [(String, String)], into path: String) {
  do { try JobOutput.write(files, into: URL(fileURLWithPath: path)) } catch { fail(error) }
}
