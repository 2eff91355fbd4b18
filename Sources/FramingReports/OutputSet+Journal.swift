import Foundation
import FramingCore

extension OutputSet {
  /// The name of the journal a commit keeps in its first folder while it renames files.
  public static let journalName = ".framing-commit"

  /// What a commit is about to do, written before its first rename and removed after its last:
  /// a run that finds one knows a commit was interrupted (kill -9, power loss) and undoes it.
  struct Journal: Codable {
    struct Entry: Codable {
      var target: String
      var temporary: String
      /// The backup of the previous file; nil when the target did not exist.
      var backup: String?
    }
    var process: Int32
    var entries: [Entry]
  }

  /// Holds an exclusive lock (`flock`) on each output folder for the length of a commit, so
  /// that two runs writing one folder cannot mix their files: the second waits (or, without
  /// `waits`, refuses with a message). The lock goes with the process, however it ends.
  struct FolderLocks {
    private(set) var descriptors: [Int32] = []

    init(_ folders: [String], waits: Bool) throws(OutputSet.WriteError) {
      for folder in Set(folders).sorted() {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
          release()
          throw .cannotWrite(
            path: folder, reason: "cannot lock: \(String(cString: strerror(errno)))",
            restored: false)
        }
        var status: Int32
        repeat {
          status = flock(fd, LOCK_EX | (waits ? 0 : LOCK_NB))
        } while status != 0 && errno == EINTR
        if status != 0 {
          let busy = errno == EWOULDBLOCK
          let reason = busy ? "" : String(cString: strerror(errno))
          close(fd)
          release()
          throw .cannotWrite(
            path: folder,
            reason: busy
              ? "another framing run is writing this folder; try again when it has finished"
              : "cannot lock: \(reason)",
            restored: false)
        }
        descriptors.append(fd)
      }
    }

    mutating func release() {
      for fd in descriptors { close(fd) }
      descriptors = []
    }
  }

  /// Finishes what an interrupted commit left in `folder` (call with the folder locked): with
  /// a journal, every file it had replaced is restored from its backup and every file it had
  /// added is removed; then any temporary or backup file of a dead commit is deleted. Returns
  /// what it did, for the run to say.
  static func recover(in folder: URL) -> [String] {
    let fm = FileManager.default
    var notes: [String] = []
    let journalURL = folder.appendingPathComponent(journalName)
    if let data = fm.contents(atPath: journalURL.path),
      let journal = try? JSONDecoder().decode(Journal.self, from: data)
    {
      var restored = 0
      var removed = 0
      for entry in journal.entries.reversed() {
        if let backup = entry.backup {
          if fm.fileExists(atPath: backup), rename(backup, entry.target) == 0 { restored += 1 }
        } else if !fm.fileExists(atPath: entry.temporary), fm.fileExists(atPath: entry.target) {
          // Renamed into place by the interrupted commit, and new: it goes.
          if (try? fm.removeItem(atPath: entry.target)) != nil { removed += 1 }
        }
        try? fm.removeItem(atPath: entry.temporary)
      }
      try? fm.removeItem(at: journalURL)
      notes.append(
        "\(journalURL.path): note: an earlier run was interrupted while writing its outputs "
          + "(process \(journal.process)); its commit was undone: \(restored) previous "
          + "file\(restored == 1 ? "" : "s") restored, \(removed) new file\(removed == 1 ? "" : "s") removed"
      )
    }
    var swept: [String] = []
    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
    where isLeftover(name) {
      if (try? fm.removeItem(at: folder.appendingPathComponent(name))) != nil {
        swept.append(name)
      }
    }
    if !swept.isEmpty {
      notes.append(
        "\(folder.path): note: removed \(swept.count) temporary or backup "
          + "file\(swept.count == 1 ? "" : "s") of an interrupted run (\(swept.sorted().prefix(3).joined(separator: ", "))\(swept.count > 3 ? ", …" : ""))"
      )
    }
    return notes
  }

  /// `.name.tmp-123`, `.name.bak-123`, `.framing-commit.tmp-123`: names only a commit makes.
  static func isLeftover(_ name: String) -> Bool {
    guard name.hasPrefix("."), let dash = name.lastIndex(of: "-") else { return false }
    let digits = name[name.index(after: dash)...]
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
      return false
    }
    let stem = name[..<dash]
    return stem.hasSuffix(".tmp") || stem.hasSuffix(".bak")
  }

  /// Writes the journal into `folder` (atomically: a temporary name, then a rename).
  static func writeJournal(_ journal: Journal, in folder: URL) throws(OutputSet.WriteError) {
    let url = folder.appendingPathComponent(journalName)
    let temporary = folder.appendingPathComponent("\(journalName).tmp-\(getpid())")
    do {
      let data = try JSONEncoder().encode(journal)
      try data.write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .cannotWrite(
        path: url.path, reason: "cannot write the commit journal: \(error.localizedDescription)",
        restored: false)
    }
  }
}
