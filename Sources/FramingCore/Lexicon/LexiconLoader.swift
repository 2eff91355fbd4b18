import Foundation

/// Loads every lexicon file (`*.yaml`, `*.yml`) below a folder, in path order.
///
/// Modules keep their file order; a shared inventory (a module with `actors:`) becomes one module
/// per registered actor at its place (see `expand`); boilerplate files are merged into one rule
/// list. Module ids must be unique across the folder. Every error of every file is reported
/// before failing.
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
    var actors: [Actor] = []
    var firstActor: [String: SourceLocation] = [:]
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
        case .actors(let registry):
          for actor in registry.actors {
            if let first = firstActor[actor.id] {
              errors.append(
                LexiconError(
                  .duplicateID(kind: "actor", id: actor.id, firstSeen: first), at: actor.location))
            } else {
              firstActor[actor.id] = actor.location
              actors.append(actor)
            }
          }
        case .boilerplate(let boilerplate):
          rules += boilerplate.rules
          boilerplateIDs.append(boilerplate.id)
        }
      } catch {
        errors += error.errors
      }
    }
    let inventories = modules.filter { $0.sharedBy != nil }
    if errors.isEmpty { modules = expand(modules, actors: actors, errors: &errors) }
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
    var lexicon = Lexicon(modules: modules, boilerplate: boilerplate, files: files)
    lexicon.inventories = inventories
    return lexicon
  }

  /// Replaces each shared inventory by one module per registered actor it applies to, in
  /// registry order: id `<actor id>-<inventory id>`, `{actor}` in the title and description
  /// replaced by the actor's name, the actor as target, the entries that apply to the actor.
  static func expand(_ modules: [LexiconModule], actors: [Actor], errors: inout [LexiconError])
    -> [LexiconModule]
  {
    var out: [LexiconModule] = []
    let ids = actors.map(\.id)
    func check(_ scope: ActorScope, at location: SourceLocation) {
      guard case .only(let named) = scope else { return }
      for id in named where !ids.contains(id) {
        errors.append(
          LexiconError(
            .invalidValue(
              field: "actors", text: id,
              expected: ids.isEmpty
                ? "an actor of the registry (the folder has no 'kind: actors' file)"
                : "an actor of the registry: \(ids.joined(separator: ", "))"
                  + LexiconError.didYouMean(Suggestions.closest(to: id, in: ids))),
            at: location))
      }
    }
    var seen = Set(modules.filter { $0.sharedBy == nil }.map(\.id))
    for module in modules {
      guard let scope = module.sharedBy else {
        out.append(module)
        continue
      }
      let here = SourceLocation(file: module.file, line: 1, column: 1)
      if actors.isEmpty {
        errors.append(
          LexiconError(
            .missingField(
              name: "kind: actors",
              in: "the folder (the shared inventory '\(module.id)' needs an actor registry)"),
            at: here))
        continue
      }
      check(scope, at: here)
      for entry in module.entries { check(entry.actors, at: entry.location) }
      for actor in actors where scope.includes(actor.id) {
        var made = module
        made.id = "\(actor.id)-\(module.id)"
        made.title = module.title.replacingOccurrences(of: "{actor}", with: actor.name)
        made.description = module.description.replacingOccurrences(of: "{actor}", with: actor.name)
        made.target = actor.target
        made.sharedBy = nil
        made.inventory = module.id
        for c in made.categories.indices {
          made.categories[c].entries.removeAll { !$0.actors.includes(actor.id) }
        }
        guard seen.insert(made.id).inserted else {
          errors.append(
            LexiconError(
              .duplicateID(kind: "module", id: made.id, firstSeen: here), at: here))
          continue
        }
        out.append(made)
      }
    }
    return out
  }
}
