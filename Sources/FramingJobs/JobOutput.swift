import Foundation
import FramingReports

/// Where the jobs' text outputs go when a command names a file: written atomically through an
/// `OutputSet`, or to standard output for `-`.
public enum JobOutput {
  /// Writes `text` to the file at `path`, atomically, or to standard output for `-`; returns
  /// whether it went to a file (so that a command may say so, and stays quiet on a pipe).
  @discardableResult
  public static func write(_ text: String, to path: String) throws(JobFailure) -> Bool {
    if path == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
      return false
    }
    try write([(path, text)], into: nil)
    return true
  }

  /// Writes files (name, text) into `folder` as one set: all of them or, on failure, none.
  /// Without a folder, the names are paths.
  public static func write(_ files: [(String, String)], into folder: URL?)
    throws(JobFailure)
  {
    var output = OutputSet()
    for (name, text) in files {
      output.add(folder?.appendingPathComponent(name) ?? URL(fileURLWithPath: name), text)
    }
    let notes: [String]
    do { notes = try output.commit() } catch { throw .write(error) }
    // What an interrupted earlier commit left was undone: said on standard error.
    for note in notes { FileHandle.standardError.write(Data("\(note)\n".utf8)) }
  }
}
