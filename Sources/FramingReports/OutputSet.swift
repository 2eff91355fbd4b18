import Foundation
import FramingCore

/// A set of output files written all or nothing.
///
/// Each file goes to a temporary name in its folder first. When every file is written, each
/// existing file is kept under a backup name (a hard link, so that the file never disappears)
/// and the new one renamed into place. When any step fails, or the run is interrupted
/// (`Interruption`), every file already replaced is restored from its backup, files that did
/// not exist before are removed, and so are the temporaries and the folders the commit made:
/// the previous files stay byte-identical.
public struct OutputSet: Sendable {
  /// What a file will hold: bytes in memory, or a scratch file written row by row.
  enum Content: Sendable {
    case data(Data)
    case spooled(ScratchFile)
  }

  private(set) var entries: [(url: URL, content: Content)] = []
  /// A target whose rename into place fails with EIO: the one seam for tests of the roll-back
  /// (every real obstacle, a folder in the way say, is refused before anything is written).
  var failingRename: URL?

  public init() {}

  public mutating func add(_ url: URL, _ text: String) {
    entries.append((url, .data(Data(text.utf8))))
  }

  /// Adds a file whose bytes are in a scratch file (a streamed CSV); copied into place on commit.
  public mutating func add(_ url: URL, spooled file: ScratchFile) {
    entries.append((url, .spooled(file)))
  }

  /// The files of the set, in the order added.
  public var urls: [URL] { entries.map(\.url) }

  /// Every file with its bytes, spooled ones read back into memory: for tests and small runs.
  public var files: [(url: URL, data: Data)] {
    entries.map { entry in
      switch entry.content {
      case .data(let data): return (entry.url, data)
      case .spooled(let file):
        var data = Data()
        try? file.finish()
        var reader = file.reader()
        try? reader.forEachChunk { data.append(contentsOf: $0) }
        return (entry.url, data)
      }
    }
  }

  public enum WriteError: Error, CustomStringConvertible {
    /// A file could not be written; `restored` tells whether earlier files of the set had
    /// replaced previous ones and were put back.
    case cannotWrite(path: String, reason: String, restored: Bool)
    /// The run was interrupted by a signal before the set was complete.
    case interrupted(signal: Int32)

    public var description: String {
      switch self {
      case .cannotWrite(let path, let reason, let restored):
        let outcome =
          restored ? "the previous output files were restored" : "no output file was changed"
        return Diagnostic(
          .error, SourceLocation(file: path), "cannot write output: \(reason); \(outcome)"
        ).description
      case .interrupted(let signal):
        return "framing: interrupted by \(Interruption.name(of: signal)); "
          + "no output file was changed, temporary files removed"
      }
    }
  }

  /// The name of the temporary file for `url`, in the same folder.
  static func temporary(for url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(getpid())")
  }

  /// The name of the backup of `url`'s previous content, in the same folder.
  static func backup(for url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).bak-\(getpid())")
  }

  /// Writes every file, or none: see the type's description. Each output folder is locked
  /// for the commit (a second run writing the same folder waits, or without `waitsForLock`
  /// refuses); leftovers of an interrupted commit found there are undone first, and what was
  /// done is returned as notes for the run to print.
  @discardableResult
  public func commit(interruption: Interruption = .shared, waitsForLock: Bool = true)
    throws(WriteError) -> [String]
  {
    var notes: [String] = []
    try interruption.during { () throws(WriteError) in
      var transaction = Transaction()
      do throws(WriteError) {
        notes = try transaction.run(
          entries, interruption: interruption, failingRename: failingRename,
          waitsForLock: waitsForLock)
        try interruption.check()
      } catch {
        let restored = transaction.rollBack()
        switch error {
        case .cannotWrite(let path, let reason, _):
          throw .cannotWrite(path: path, reason: reason, restored: restored)
        case .interrupted: throw error
        }
      }
      transaction.finish()
    }
    return notes
  }
}

/// The steps of one commit, recorded so that they can be undone.
private struct Transaction {
  var folders: [URL] = []
  var temporaries: [URL] = []
  /// Files renamed into place: the target and its backup (nil when it did not exist before).
  var placed: [(url: URL, backup: URL?)] = []
  var locks: OutputSet.FolderLocks?
  /// The folder holding the journal, once written.
  var journalFolder: URL?
  let fm = FileManager.default

  mutating func run(
    _ files: [(url: URL, content: OutputSet.Content)], interruption: Interruption,
    failingRename: URL? = nil, waitsForLock: Bool = true
  ) throws(OutputSet.WriteError) -> [String] {
    // Every target is checked before anything is written: a FIFO, folder or socket refuses
    // the whole set; a character device (/dev/null) is written in place, never renamed over.
    var devices = Set<String>()
    for (url, _) in files where try OutputSet.Target.check(url.path) == .characterDevice {
      devices.insert(url.path)
    }
    let written = files.filter { !devices.contains($0.url.path) }
    var outputFolders: [URL] = []
    for (url, _) in written {
      let folder = url.deletingLastPathComponent().standardizedFileURL
      do { try makeFolder(folder) } catch {
        throw .cannotWrite(path: url.path, reason: error.localizedDescription, restored: false)
      }
      if !outputFolders.contains(folder) { outputFolders.append(folder) }
    }
    outputFolders.sort { $0.path < $1.path }
    locks = try OutputSet.FolderLocks(outputFolders.map(\.path), waits: waitsForLock)
    let notes = outputFolders.flatMap { OutputSet.recover(in: $0) }
    for (url, content) in written {
      try interruption.check()
      let temp = OutputSet.temporary(for: url)
      do {
        temporaries.append(temp)
        switch content {
        case .data(let data): try data.write(to: temp)
        case .spooled(let file): try copy(file, to: temp, interruption: interruption)
        }
      } catch let error as OutputSet.WriteError {
        throw error
      } catch {
        throw .cannotWrite(path: url.path, reason: error.localizedDescription, restored: false)
      }
    }
    if let first = outputFolders.first {
      let journal = OutputSet.Journal(
        process: getpid(),
        entries: written.map { url, _ in
          OutputSet.Journal.Entry(
            target: url.path, temporary: OutputSet.temporary(for: url).path,
            backup: fm.fileExists(atPath: url.path) ? OutputSet.backup(for: url).path : nil)
        })
      try OutputSet.writeJournal(journal, in: first)
      journalFolder = first
    }
    for (url, content) in files {
      try interruption.check()
      if devices.contains(url.path) {
        try writeInPlace(content, to: url.path)
        continue
      }
      var backup: URL? = nil
      if fm.fileExists(atPath: url.path) {
        let copy = OutputSet.backup(for: url)
        try? fm.removeItem(at: copy)
        if link(url.path, copy.path) != 0 {
          // No hard links here (or a folder in the way): copy instead.
          do { try fm.copyItem(at: url, to: copy) } catch {
            throw .cannotWrite(
              path: url.path, reason: "cannot keep a backup: \(error.localizedDescription)",
              restored: false)
          }
        }
        backup = copy
      }
      let temp = OutputSet.temporary(for: url)
      if url == failingRename || rename(temp.path, url.path) != 0 {
        let reason = String(cString: strerror(url == failingRename ? EIO : errno))
        if let backup { try? fm.removeItem(at: backup) }
        throw .cannotWrite(path: url.path, reason: reason, restored: false)
      }
      placed.append((url, backup))
    }
    return notes
  }

  /// Writes into a character device in place (nothing to restore: a device keeps no content).
  func writeInPlace(_ content: OutputSet.Content, to path: String) throws(OutputSet.WriteError) {
    switch content {
    case .data(let data): try OutputSet.writeInPlace(data, to: path)
    case .spooled(let file):
      var failure: OutputSet.WriteError?
      do {
        try file.finish()
        var reader = file.reader()
        try reader.forEachChunk { chunk in
          guard failure == nil else { return }
          do throws(OutputSet.WriteError) {
            try OutputSet.writeInPlace(Data(chunk), to: path)
          } catch { failure = error }
        }
      } catch {
        throw .cannotWrite(path: path, reason: "\(error)", restored: false)
      }
      if let failure { throw failure }
    }
  }

  /// Writes a scratch file's bytes to `url`, checking for an interruption between chunks.
  func copy(_ file: ScratchFile, to url: URL, interruption: Interruption) throws {
    try file.finish()
    guard fm.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
    }
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    var reader = file.reader()
    var failure: Error?
    try reader.forEachChunk { chunk in
      guard failure == nil else { return }
      do {
        try interruption.check()
        try handle.write(contentsOf: chunk)
      } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Creates a folder and its missing parents, remembering the ones it created.
  mutating func makeFolder(_ folder: URL) throws {
    var missing: [URL] = []
    var current = folder.standardizedFileURL
    while !fm.fileExists(atPath: current.path), current.path != "/" {
      missing.append(current)
      current = current.deletingLastPathComponent()
    }
    for folder in missing.reversed() {
      try fm.createDirectory(at: folder, withIntermediateDirectories: false)
      folders.append(folder)
    }
  }

  /// Undoes every step; returns whether previous files had been replaced and were restored.
  mutating func rollBack() -> Bool {
    var restored = false
    for (url, backup) in placed.reversed() {
      if let backup {
        if rename(backup.path, url.path) == 0 { restored = true }
      } else {
        try? fm.removeItem(at: url)
      }
    }
    for temp in temporaries { try? fm.removeItem(at: temp) }
    removeJournal()
    locks?.release()
    for folder in folders.reversed() { _ = rmdir(folder.path) }
    placed = []
    temporaries = []
    folders = []
    return restored
  }

  /// Removes the journal (the commit point: from here on the new files stand), then the
  /// backups, then releases the folders.
  mutating func finish() {
    removeJournal()
    for case (_, let backup?) in placed { try? fm.removeItem(at: backup) }
    locks?.release()
  }

  mutating func removeJournal() {
    if let journalFolder {
      try? fm.removeItem(at: journalFolder.appendingPathComponent(OutputSet.journalName))
    }
    journalFolder = nil
  }
}
