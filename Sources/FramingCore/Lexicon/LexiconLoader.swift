import Foundation

/// Loads every lexicon file (`*.yaml`, `*.yml`) below a folder, in path order.
///
/// Modules keep their file order; boilerplate files are merged into one rule list. Module ids
/// must be unique across the folder. Every error of every file is reported before failing.
public enum LexiconLoader {
  public static func load(directory: URL, displayPath: String) throws(LexiconLoadFailure) -> Lexicon
  {
    let root = directory.standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .invalidValue(field: "lexicon folder", text: displayPath, expected: "an existing folder"),
          at: SourceLocation(file: displayPath))
      ])
    }
    let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
    var paths: [String] = []
    if let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    {
      for case let url as URL in enumerator
      where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
        let path = url.standardizedFileURL.path
        if path.hasPrefix(rootPath) { paths.append(String(path.dropFirst(rootPath.count))) }
      }
    }
    paths.sort()
    var errors: [LexiconError] = []
    var modules: [LexiconModule] = []
    var rules: [BoilerplateRules.Rule] = []
    var boilerplateIDs: [String] = []
    var files: [FileChecksum] = []
    var firstModule: [String: SourceLocation] = [:]
    let prefix = displayPath.hasSuffix("/") ? displayPath : displayPath + "/"
    for path in paths {
      let display = prefix + path
      do {
        let (parsed, data) = try LexiconParser.parse(
          contentsOf: root.appendingPathComponent(path), displayPath: display)
        files.append(FileChecksum(path: path, sha256: SHA256Hex.of(data)))
        switch parsed {
        case .module(let module):
          let here = SourceLocation(file: display, line: 1, column: 1)
          if let first = firstModule[module.id] {
            errors.append(
              LexiconError(.duplicateID(kind: "module", id: module.id, firstSeen: first), at: here))
          } else {
            firstModule[module.id] = here
            modules.append(module)
          }
        case .boilerplate(let boilerplate):
          rules += boilerplate.rules
          boilerplateIDs.append(boilerplate.id)
        }
      } catch {
        errors += error.errors
      }
    }
    if !errors.isEmpty { throw LexiconLoadFailure(errors: errors) }
    if modules.isEmpty {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .missingField(name: "kind: module", in: "any file of the folder"),
          at: SourceLocation(file: displayPath))
      ])
    }
    let boilerplate = BoilerplateRules(
      id: boilerplateIDs.isEmpty ? "none" : boilerplateIDs.joined(separator: "+"), file: "",
      rules: rules)
    return Lexicon(modules: modules, boilerplate: boilerplate, files: files)
  }
}
