import Foundation

extension LexiconFile {
  /// The backup of a module file kept while it is replaced: hidden and not `*.yaml`, so the
  /// loader never reads it.
  public static func backupURL(of url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).bak")
  }

  /// Replaces the file on disk with this text, atomically.
  ///
  /// The old file is first copied to a hidden backup; the new text goes to a temporary file in
  /// the same folder, is read back and parsed, and only then renamed over the old file. The backup
  /// is removed once the new file is in place; after any failure the old file is untouched (and a
  /// backup left behind by a crash is named in the message of the next edit).
  public func write() throws(LexiconLoadFailure) {
    let fm = FileManager.default
    let here = SourceLocation(file: displayPath)
    func failure(_ problem: String) -> LexiconLoadFailure {
      LexiconLoadFailure(errors: [LexiconError(.cannotWrite(problem: problem), at: here)])
    }
    let backup = Self.backupURL(of: url)
    if fm.fileExists(atPath: backup.path) {
      throw failure(
        "a backup from an interrupted edit exists (\(backup.path)); compare it with the file, "
          + "keep the right one and delete the backup")
    }
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try fm.copyItem(at: url, to: backup)
    } catch {
      throw failure("cannot make the backup \(backup.path): \(error.localizedDescription)")
    }
    do {
      try Data(text.utf8).write(to: temporary)
      let (parsed, _) = try LexiconParser.parse(contentsOf: temporary, displayPath: displayPath)
      guard case .module(let written) = parsed, written == module else {
        throw failure("the file read back differs from what was written")
      }
      if rename(temporary.path, url.path) != 0 {
        throw failure(String(cString: strerror(errno)))
      }
    } catch let error as LexiconLoadFailure {
      try? fm.removeItem(at: temporary)
      try? fm.removeItem(at: backup)
      throw error
    } catch {
      try? fm.removeItem(at: temporary)
      try? fm.removeItem(at: backup)
      throw failure(error.localizedDescription)
    }
    try? fm.removeItem(at: backup)
  }
}
