import Foundation
import Yams

/// Reads lexicon files (`format: 1`, `kind: module`, `kind: actors` or `kind: boilerplate`).
///
/// Collects every error of a file before failing; never skips a line silently.
public enum LexiconParser {
  public static let supportedFormats = 1...1

  public enum Parsed: Sendable {
    case module(LexiconModule)
    case actors(ActorRegistry)
    case boilerplate(BoilerplateRules)
  }

  /// Parses the text of one lexicon file; `file` names it in messages.
  public static func parse(_ text: String, file: String) throws(LexiconLoadFailure) -> Parsed {
    var context = Context(file: file)
    let root: Node?
    do {
      // The parser owns the anchors that nodes refer to weakly: keep it while checking them.
      let parser = try Parser(yaml: text)
      root = try parser.singleRoot()
      try withExtendedLifetime(parser) { () throws(LexiconLoadFailure) in
        if let root, let anchored = Self.firstAnchoredNode(root) {
          throw LexiconLoadFailure(errors: [context.anchorError(anchored)])
        }
      }
    } catch let error as LexiconLoadFailure {
      throw error
    } catch let error as YamlError {
      throw LexiconLoadFailure(errors: [context.yamlError(error)])
    } catch {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .yamlSyntax(problem: "\(error)"), at: SourceLocation(file: file, line: 1, column: 1))
      ])
    }
    guard let root, let map = context.mapping(root, "the file") else {
      if context.errors.isEmpty {
        context.fail(.missingField(name: "format", in: "the file"), root)
      }
      throw LexiconLoadFailure(errors: context.errors)
    }
    let result = context.parseFile(map, root)
    if !context.errors.isEmpty {
      throw LexiconLoadFailure(errors: context.errors.sorted { $0.location < $1.location })
    }
    guard let result else { throw LexiconLoadFailure(errors: context.errors) }
    return result
  }

  /// The first node (in document order) that carries an anchor, without descending into
  /// anchored nodes: an alias repeats an anchored node, so an "alias bomb" (each level naming
  /// the one before ten times) is found after visiting each written node once, never expanded.
  static func firstAnchoredNode(_ node: Node) -> Node? {
    if node.anchor != nil { return node }
    switch node {
    case .mapping(let map):
      for (key, value) in map {
        if let found = firstAnchoredNode(key) ?? firstAnchoredNode(value) { return found }
      }
    case .sequence(let items):
      for item in items {
        if let found = firstAnchoredNode(item) { return found }
      }
    default: break
    }
    return nil
  }

  /// Reads and parses a file; `displayPath` names it in messages.
  public static func parse(contentsOf url: URL, displayPath: String) throws(LexiconLoadFailure) -> (
    Parsed, Data
  ) {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .invalidValue(field: "file", text: displayPath, expected: "a readable file"),
          at: SourceLocation(file: displayPath))
      ])
    }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = TextDecoding.lineOfFirstInvalidUTF8(bytes)
      throw LexiconLoadFailure(errors: [
        LexiconError(.notUTF8, at: SourceLocation(file: displayPath, line: line))
      ])
    }
    return (try parse(text, file: displayPath), data)
  }
}

/// Walks the YAML tree, collecting errors with their places.
private struct Context {
  let file: String
  var errors: [LexiconError] = []
  var seenTerms: [String: SourceLocation] = [:]
  var seenCategories: [String: SourceLocation] = [:]
  /// Parsing a shared inventory (a module with `actors:`), where entries may name actors.
  var isShared = false

  init(file: String) { self.file = file }

  func location(_ node: Node?) -> SourceLocation {
    guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
    return SourceLocation(file: file, line: mark.line, column: mark.column)
  }

  mutating func fail(_ reason: LexiconError.Reason, _ node: Node?) {
    errors.append(LexiconError(reason, at: location(node)))
  }

  func anchorError(_ node: Node) -> LexiconError {
    LexiconError(
      .yamlSyntax(
        problem:
          "anchor '&\(node.anchor?.rawValue ?? "")': anchors and aliases are not allowed in lexicon files (write the values out)"
      ), at: location(node))
  }

  func yamlError(_ error: YamlError) -> LexiconError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return LexiconError(
        .yamlSyntax(problem: problem),
        at: SourceLocation(file: file, line: mark.line, column: mark.column))
    default:
      return LexiconError(
        .yamlSyntax(problem: "\(error)"), at: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  mutating func mapping(_ node: Node, _ what: String) -> [(
    key: String, keyNode: Node, value: Node
  )]? {
    guard case .mapping(let map) = node else {
      fail(.wrongType(field: what, expected: "a mapping (key: value lines)"), node)
      return nil
    }
    return map.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
  }

  /// Checks the keys of a mapping against the allowed ones; returns a lookup.
  mutating func fields(
    _ node: Node, _ what: String, allowed: [String], required: [String]
  ) -> [String: Node]? {
    guard let pairs = mapping(node, what) else { return nil }
    var result: [String: Node] = [:]
    for pair in pairs {
      if allowed.contains(pair.key) {
        result[pair.key] = pair.value
      } else {
        fail(
          .unknownField(name: pair.key, suggestion: Suggestions.closest(to: pair.key, in: allowed)),
          pair.keyNode)
      }
    }
    for name in required where result[name] == nil {
      fail(.missingField(name: name, in: what), node)
    }
    return result
  }

  mutating func string(_ fields: [String: Node], _ name: String) -> String? {
    guard let node = fields[name] else { return nil }
    guard case .scalar(let scalar) = node else {
      fail(.wrongType(field: name, expected: "text"), node)
      return nil
    }
    return scalar.string
  }

  mutating func number(_ fields: [String: Node], _ name: String) -> Double? {
    guard let node = fields[name], let text = string(fields, name) else { return nil }
    guard let value = Double(text), value.isFinite else {
      fail(.invalidValue(field: name, text: text, expected: "a number such as -2, 0 or 1.5"), node)
      return nil
    }
    return value
  }

  mutating func sequence(_ fields: [String: Node], _ name: String) -> [Node]? {
    guard let node = fields[name] else { return nil }
    guard case .sequence(let items) = node else {
      fail(.wrongType(field: name, expected: "a list"), node)
      return nil
    }
    return Array(items)
  }

  static let idCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")

  mutating func identifier(_ fields: [String: Node], _ name: String) -> String? {
    guard let text = string(fields, name) else { return nil }
    if text.isEmpty || !text.allSatisfy({ Self.idCharacters.contains($0) }) {
      fail(
        .invalidValue(field: name, text: text, expected: "lower-case letters, digits and hyphens"),
        fields[name])
      return nil
    }
    return text
  }

  mutating func parseFile(_ pairs: [(key: String, keyNode: Node, value: Node)], _ root: Node)
    -> LexiconParser.Parsed?
  {
    let top = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    guard let formatText = string(top, "format") else {
      fail(.missingField(name: "format", in: "the file"), root)
      return nil
    }
    guard let format = Int(formatText), LexiconParser.supportedFormats.contains(format) else {
      fail(
        .unsupportedVersion(found: formatText, supported: LexiconParser.supportedFormats),
        top["format"])
      return nil
    }
    let kind = string(top, "kind") ?? "module"
    switch kind {
    case "module": return parseModule(root).map { .module($0) }
    case "actors": return parseActors(root).map { .actors($0) }
    case "boilerplate": return parseBoilerplate(root).map { .boilerplate($0) }
    default:
      fail(.unknownKind(found: kind), top["kind"])
      return nil
    }
  }

  mutating func parseModule(_ root: Node) -> LexiconModule? {
    let allowed = [
      "format", "kind", "id", "title", "language", "version", "description", "scale", "target",
      "actors", "cited_only", "categories",
    ]
    guard
      let top = fields(
        root, "the module", allowed: allowed,
        required: ["id", "title", "language", "version", "description", "scale", "categories"])
    else { return nil }
    let id = identifier(top, "id")
    let title = string(top, "title")
    let language = string(top, "language")
    let version = string(top, "version")
    let description = string(top, "description")
    let scale = top["scale"].flatMap { parseScale($0) }
    let target = top["target"].flatMap { parseTarget($0) }
    let sharedBy = top["actors"].flatMap { parseScope($0, field: "actors", allowsAll: true) }
    if sharedBy != nil, top["target"] != nil {
      fail(
        .invalidValue(
          field: "actors", text: "with 'target'",
          expected: "either 'target' (a module about one actor) or 'actors' (a shared inventory)"),
        top["actors"])
    }
    isShared = sharedBy != nil
    var citedOnly = false
    if let flag = string(top, "cited_only") {
      switch flag {
      case "true", "yes": citedOnly = true
      case "false", "no": citedOnly = false
      default:
        fail(
          .invalidValue(field: "cited_only", text: flag, expected: "true or false"),
          top["cited_only"])
      }
    }
    var categories: [LexiconCategory] = []
    for node in sequence(top, "categories") ?? [] {
      if let category = parseCategory(node, scale: scale) { categories.append(category) }
    }
    guard let id, let title, let language, let version, let description, let scale else {
      return nil
    }
    var module = LexiconModule(
      id: id, title: title, language: language, version: version, description: description,
      scale: scale, target: target, categories: categories, file: file, sharedBy: sharedBy)
    module.citedOnly = citedOnly
    return module
  }

  /// `all` (when allowed) or a list of actor ids.
  mutating func parseScope(_ node: Node, field: String, allowsAll: Bool) -> ActorScope? {
    let expected = allowsAll ? "'all' or a list of actor ids" : "a list of actor ids"
    switch node {
    case .scalar(let scalar) where allowsAll && scalar.string == "all":
      return .all
    case .sequence(let items):
      var ids: [String] = []
      for item in items {
        guard case .scalar(let scalar) = item, !scalar.string.isEmpty,
          scalar.string.allSatisfy({ Self.idCharacters.contains($0) })
        else {
          fail(.wrongType(field: field, expected: expected), item)
          continue
        }
        ids.append(scalar.string)
      }
      if ids.isEmpty {
        fail(.invalidValue(field: field, text: "[]", expected: expected), node)
        return nil
      }
      return .only(ids)
    default:
      fail(.wrongType(field: field, expected: expected), node)
      return nil
    }
  }

  /// The actor registry: who the labels of shared inventories are about.
  mutating func parseActors(_ root: Node) -> ActorRegistry? {
    let allowed = [
      "format", "kind", "id", "title", "language", "version", "description", "actors",
    ]
    guard
      let top = fields(
        root, "the actor registry", allowed: allowed, required: ["id", "title", "actors"])
    else { return nil }
    let id = identifier(top, "id")
    let title = string(top, "title")
    var actors: [Actor] = []
    var seen: [String: SourceLocation] = [:]
    for node in sequence(top, "actors") ?? [] {
      guard let actor = parseActor(node) else { continue }
      if let first = seen[actor.id] {
        fail(.duplicateID(kind: "actor", id: actor.id, firstSeen: first), node)
        continue
      }
      seen[actor.id] = actor.location
      actors.append(actor)
    }
    guard let id, let title else { return nil }
    return ActorRegistry(id: id, title: title, actors: actors, file: file)
  }

  mutating func parseActor(_ node: Node) -> Actor? {
    let allowed = [
      "id", "name", "wikidata", "gender", "names", "others", "references", "country", "places",
      "offices", "window", "note",
    ]
    guard
      let f = fields(node, "an actor", allowed: allowed, required: ["id", "name", "names"]),
      let id = identifier(f, "id"), let name = string(f, "name")
    else { return nil }
    var gender = Actor.Gender.unknown
    if let text = string(f, "gender") {
      if let value = Actor.Gender(rawValue: text) {
        gender = value
      } else {
        fail(
          .invalidValue(field: "gender", text: text, expected: "male, female or unknown"),
          f["gender"])
      }
    }
    let wikidata = string(f, "wikidata") ?? ""
    if !wikidata.isEmpty, !(wikidata.first == "Q" && wikidata.dropFirst().allSatisfy(\.isNumber)) {
      fail(
        .invalidValue(field: "wikidata", text: wikidata, expected: "a Wikidata item such as Q7747"),
        f["wikidata"])
    }
    var offices: [Actor.Office] = []
    for officeNode in sequence(f, "offices") ?? [] {
      guard
        let o = fields(
          officeNode, "an office", allowed: ["title", "terms", "from", "to"],
          required: ["title", "from"]),
        let title = string(o, "title"), let from = string(o, "from")
      else { continue }
      var terms: [String] = []
      for termNode in sequence(o, "terms") ?? [] {
        if case .scalar(let scalar) = termNode {
          terms.append(scalar.string.precomposedStringWithCanonicalMapping)
        } else {
          fail(.wrongType(field: "terms", expected: "a list of texts"), termNode)
        }
      }
      offices.append(
        Actor.Office(title: title, terms: terms, from: from, to: string(o, "to") ?? ""))
    }
    var window = 3
    if let value = number(f, "window") {
      if value >= 1, value <= 50, value == value.rounded() {
        window = Int(value)
      } else {
        fail(
          .invalidValue(
            field: "window", text: LexiconError.format(value),
            expected: "a whole number of sentences from 1 to 50"), f["window"])
      }
    }
    let names = parsePatterns(sequence(f, "names") ?? [])
    if f["names"] != nil, names.isEmpty {
      fail(
        .invalidValue(field: "names", text: "[]", expected: "at least one name pattern"), f["names"]
      )
    }
    return Actor(
      id: id, name: name, wikidata: wikidata, gender: gender, names: names,
      others: parsePatterns(sequence(f, "others") ?? []),
      references: parsePatterns(sequence(f, "references") ?? []),
      country: parsePatterns(sequence(f, "country") ?? []),
      places: parsePatterns(sequence(f, "places") ?? []), offices: offices, window: window,
      location: location(f["id"]))
  }

  mutating func parseScale(_ node: Node) -> LexiconModule.Scale? {
    guard
      let f = fields(
        node, "scale", allowed: ["min", "max", "negative", "positive"],
        required: ["min", "max", "negative", "positive"])
    else { return nil }
    guard let min = number(f, "min"), let max = number(f, "max"),
      let negative = string(f, "negative"), let positive = string(f, "positive")
    else { return nil }
    var isBounded = true
    for (name, value) in [("min", min), ("max", max)]
    where abs(value) > LexiconModule.Scale.bound {
      fail(.scaleOutOfBounds(field: name, value: value, bound: LexiconModule.Scale.bound), f[name])
      isBounded = false
    }
    guard isBounded else { return nil }
    guard min < max else {
      fail(.invalidValue(field: "scale", text: "\(min)...\(max)", expected: "min below max"), node)
      return nil
    }
    return LexiconModule.Scale(min: min, max: max, negative: negative, positive: positive)
  }

  mutating func parseTarget(_ node: Node) -> LexiconTarget? {
    guard
      let f = fields(
        node, "target", allowed: ["name", "patterns", "references", "country", "window"],
        required: ["name", "patterns"]),
      let name = string(f, "name")
    else { return nil }
    var target = LexiconTarget(name: name, patterns: parsePatterns(sequence(f, "patterns") ?? []))
    target.references = parsePatterns(sequence(f, "references") ?? [])
    target.country = parsePatterns(sequence(f, "country") ?? [])
    if let window = number(f, "window") {
      if window >= 1, window <= 50, window == window.rounded() {
        target.window = Int(window)
      } else {
        fail(
          .invalidValue(
            field: "window", text: LexiconError.format(window),
            expected: "a whole number of sentences from 1 to 50"), f["window"])
      }
    }
    return target
  }

  mutating func parsePatterns(_ nodes: [Node]) -> [Pattern] {
    var patterns: [Pattern] = []
    for node in nodes {
      guard case .scalar(let scalar) = node else {
        fail(.wrongType(field: "patterns", expected: "a list of texts"), node)
        continue
      }
      do {
        patterns.append(try Pattern.parse(scalar.string.precomposedStringWithCanonicalMapping))
      } catch {
        fail(.invalidPattern(text: scalar.string, problem: error.description), node)
      }
    }
    return patterns
  }

  mutating func parseCategory(_ node: Node, scale: LexiconModule.Scale?) -> LexiconCategory? {
    guard
      let f = fields(
        node, "a category", allowed: ["id", "label", "weight", "description", "entries"],
        required: ["id", "label", "weight", "entries"])
    else { return nil }
    let id = identifier(f, "id")
    let label = string(f, "label")
    let weight = number(f, "weight")
    if let id {
      if let first = seenCategories[id] {
        fail(.duplicateID(kind: "category", id: id, firstSeen: first), f["id"])
      } else {
        seenCategories[id] = location(f["id"])
      }
    }
    if let weight, let scale, weight < scale.min || weight > scale.max {
      fail(.weightOutsideScale(weight: weight, min: scale.min, max: scale.max), f["weight"])
    }
    var entries: [LexiconEntry] = []
    for entryNode in sequence(f, "entries") ?? [] {
      if let entry = parseEntry(entryNode) { entries.append(entry) }
    }
    guard let id, let label, let weight else { return nil }
    return LexiconCategory(
      id: id, label: label, weight: weight, description: string(f, "description") ?? "",
      entries: entries)
  }

  mutating func parseEntry(_ node: Node) -> LexiconEntry? {
    guard
      let f = fields(
        node, "an entry",
        allowed: ["term", "patterns", "except", "note", "names_target", "actors"],
        required: ["term", "note"])
    else { return nil }
    guard let term = string(f, "term")?.precomposedStringWithCanonicalMapping,
      let note = string(f, "note")
    else {
      return nil
    }
    let here = location(f["term"])
    let key = Folding.fold(term)
    if let first = seenTerms[key] {
      fail(.duplicateTerm(term: term, firstSeen: first), f["term"])
      return nil
    }
    seenTerms[key] = here
    var patterns: [Pattern]
    if f["patterns"] != nil {
      let nodes = sequence(f, "patterns") ?? []
      if nodes.isEmpty {
        fail(
          .invalidValue(
            field: "patterns", text: "[]",
            expected: "at least one pattern, or no 'patterns' field to use the term"), f["patterns"]
        )
      }
      patterns = parsePatterns(nodes)
    } else {
      patterns = parsePatterns([f["term"]].compactMap { $0 })
    }
    // Phrases around the term where it means something else ("im Westen der Region").
    var exceptions: [Pattern] = []
    if f["except"] != nil {
      let nodes = sequence(f, "except") ?? []
      if nodes.isEmpty {
        fail(
          .invalidValue(
            field: "except", text: "[]",
            expected: "at least one phrase, or no 'except' field"), f["except"])
      }
      exceptions = parsePatterns(nodes)
    }
    if note.trimmingCharacters(in: .whitespaces).isEmpty {
      fail(
        .invalidValue(
          field: "note", text: note, expected: "a sentence saying what the term signals"), f["note"]
      )
    }
    var namesTarget = false
    if let flag = string(f, "names_target") {
      switch flag {
      case "true", "yes": namesTarget = true
      case "false", "no": namesTarget = false
      default:
        fail(
          .invalidValue(field: "names_target", text: flag, expected: "true or false"),
          f["names_target"])
      }
    }
    var actors = ActorScope.all
    if let node = f["actors"] {
      if isShared {
        actors = parseScope(node, field: "actors", allowsAll: false) ?? .all
      } else {
        fail(
          .invalidValue(
            field: "actors", text: "in a module without 'actors'",
            expected: "entry actors only in a shared inventory (a module with 'actors: all')"),
          node)
      }
    }
    if patterns.isEmpty { return nil }
    return LexiconEntry(
      term: term, patterns: patterns, note: note, location: here, namesTarget: namesTarget,
      actors: actors, exceptions: exceptions)
  }

  mutating func parseBoilerplate(_ root: Node) -> BoilerplateRules? {
    let allowed = ["format", "kind", "id", "title", "language", "version", "description", "rules"]
    guard
      let top = fields(root, "the boilerplate file", allowed: allowed, required: ["id", "rules"])
    else {
      return nil
    }
    let id = identifier(top, "id")
    var rules: [BoilerplateRules.Rule] = []
    var seen: [String: SourceLocation] = [:]
    for node in sequence(top, "rules") ?? [] {
      guard
        let f = fields(
          node, "a rule", allowed: ["id", "scope", "pattern", "note"],
          required: ["id", "scope", "pattern", "note"]),
        let ruleID = identifier(f, "id"), let scopeText = string(f, "scope"),
        let pattern = string(f, "pattern"), let note = string(f, "note")
      else { continue }
      if let first = seen[ruleID] {
        fail(.duplicateID(kind: "rule", id: ruleID, firstSeen: first), f["id"])
        continue
      }
      seen[ruleID] = location(f["id"])
      guard let scope = BoilerplateRules.Rule.Scope(rawValue: scopeText) else {
        fail(
          .invalidValue(field: "scope", text: scopeText, expected: "'line' or 'span'"), f["scope"])
        continue
      }
      do {
        rules.append(
          try BoilerplateRules.Rule(
            id: ruleID, scope: scope, pattern: pattern, note: note, location: location(f["id"])))
      } catch let error as BoilerplateRules.Rule.Backtracking {
        fail(.backtrackingRegex(rule: ruleID, probe: error.probe), f["pattern"])
      } catch {
        fail(.invalidRegex(text: pattern, problem: "\(error)"), f["pattern"])
      }
    }
    guard let id else { return nil }
    return BoilerplateRules(id: id, file: file, rules: rules)
  }
}

/// "Did you mean" suggestions by edit distance.
enum Suggestions {
  static func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
    guard let (best, score) = scored, score <= max(2, word.count / 3) else { return nil }
    return best
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where !b.isEmpty {
        current[j] = Swift.min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
