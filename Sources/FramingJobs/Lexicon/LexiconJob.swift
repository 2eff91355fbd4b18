import Foundation
import FramingCore
import FramingReports

/// `framing lexicon` and the commands that read the lexicon folder: the folder opened, a module
/// looked up, entries added and removed, sheets and dictionaries imported
/// (`LexiconJob+Import.swift`), and the lexicon measured on a corpus (coverage, suggestions).
///
/// File-level editing (keeping comments and order, validating before replacing) is
/// `LexiconFile` in FramingCore; this is the application around it.
public struct LexiconJob: Sendable {
  public var directory: URL
  public var displayPath: String

  public init(directory: URL, displayPath: String) {
    self.directory = directory
    self.displayPath = displayPath
  }

  /// The folder, loaded and validated.
  public func open() throws(LexiconLoadFailure) -> LexiconFolder {
    try LexiconFolder(directory: directory, displayPath: displayPath)
  }

  /// The module with `id`, or an error with the closest id.
  public func module(_ id: String) throws(LexiconLoadFailure) -> LexiconModule {
    try open().analyzedModule(id)
  }

  /// `lexicon add` and `remove`: applies changes to one module and writes its file; returns the
  /// edited file.
  @discardableResult
  public func edit(_ id: String, _ changes: [LexiconChange]) throws(LexiconLoadFailure)
    -> LexiconFile
  {
    try open().edit(id, changes)
  }
}
