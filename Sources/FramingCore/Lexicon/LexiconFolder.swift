import Foundation

/// A lexicon folder opened for editing: the loaded lexicon and where each module's file is.
public struct LexiconFolder: Sendable {
  public let directory: URL
  public let displayPath: String
  public let lexicon: Lexicon

  /// Loads and validates every file of the folder; an edit never starts on a broken folder.
  public init(directory: URL, displayPath: String) throws(LexiconLoadFailure) {
    self.directory = directory
    self.displayPath = displayPath
    lexicon = try LexiconLoader.load(directory: directory, displayPath: displayPath)
  }

  var prefix: String { displayPath.hasSuffix("/") ? displayPath : displayPath + "/" }

  /// The module with `id`, or an error with the closest id.
  public func module(_ id: String) throws(LexiconLoadFailure) -> LexiconModule {
    if let made = lexicon.modules.first(where: { $0.id == id }), let inventory = made.inventory {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .invalidValue(
            field: "module", text: id,
            expected:
              "a module as a file holds it: '\(id)' is made from the shared inventory '\(inventory)' (\(made.file)); edit '\(inventory)', and give an entry for one actor 'actors: [\(made.target?.actorID ?? "")]'"
          ), at: SourceLocation(file: displayPath))
      ])
    }
    guard let module = lexicon.editableModules.first(where: { $0.id == id }) else {
      let ids = lexicon.editableModules.map(\.id)
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .unknownModule(id: id, suggestion: Suggestions.closest(to: id, in: ids)),
          at: SourceLocation(file: displayPath))
      ])
    }
    return module
  }

  /// A module to read, not edit: one of `lexicon.modules` (a module made from a shared
  /// inventory included), else a module as its file holds it.
  public func analyzedModule(_ id: String) throws(LexiconLoadFailure) -> LexiconModule {
    if let module = lexicon.modules.first(where: { $0.id == id }) { return module }
    return try module(id)
  }

  /// The file a module was read from.
  public func url(of module: LexiconModule) -> URL {
    let relative =
      module.file.hasPrefix(prefix) ? String(module.file.dropFirst(prefix.count)) : module.file
    return directory.appendingPathComponent(relative)
  }

  /// The module's file, opened for editing.
  public func file(of id: String) throws(LexiconLoadFailure) -> LexiconFile {
    let module = try module(id)
    return try LexiconFile.read(url: url(of: module), displayPath: module.file)
  }

  /// Applies changes to one module and writes its file; returns the edited file.
  @discardableResult
  public func edit(_ id: String, _ changes: [LexiconChange]) throws(LexiconLoadFailure)
    -> LexiconFile
  {
    let edited = try file(of: id).applying(changes)
    try edited.write()
    return edited
  }
}
