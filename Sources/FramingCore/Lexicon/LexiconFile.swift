import Foundation
import Yams

/// A module file as text, edited line by line so that its comments, order and layout survive.
///
/// The parsed module says what the file means; `places` say on which lines each category and
/// entry is written. Edits (`applying(_:)`) are validated by parsing the new text before anything
/// is written; `write()` replaces the file atomically and keeps a backup until the new file has
/// been read back.
public struct LexiconFile: Sendable {
  public let url: URL
  public let displayPath: String
  public private(set) var lines: [String]
  public private(set) var module: LexiconModule
  /// The line ending the file uses ("\n" or "\r\n").
  let newline: String
  let places: Places

  /// Where the categories and entries are, as 0-based line indices.
  struct Places: Sendable {
    struct Item: Sendable {
      /// The line of the item's `- ` and the line after its last line.
      var start: Int
      var end: Int
      var indent: Int
    }
    struct Category: Sendable {
      var id: String
      var item: Item
      /// The line of the `entries:` key and its indentation.
      var entriesLine: Int
      var entriesIndent: Int
      /// `entries: []` written in flow style.
      var isFlowEmpty: Bool
      var entries: [(folded: String, item: Item)]
    }
    var categories: [Category] = []
    var categoriesLine = 0
    var categoriesIndent = 0
    var isCategoriesFlowEmpty = false
  }

  /// Reads and parses a module file; `displayPath` names it in messages.
  public static func read(url: URL, displayPath: String) throws(LexiconLoadFailure) -> LexiconFile {
    let (parsed, data) = try LexiconParser.parse(contentsOf: url, displayPath: displayPath)
    guard case .module(let module) = parsed else {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .invalidValue(field: "kind", text: "boilerplate", expected: "a module file"),
          at: SourceLocation(file: displayPath, line: 1, column: 1))
      ])
    }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return try LexiconFile(
      text: String(decoding: bytes, as: UTF8.self), module: module, url: url,
      displayPath: displayPath)
  }

  /// A file from its text; `module` is the text's parse.
  init(text: String, module: LexiconModule, url: URL, displayPath: String)
    throws(LexiconLoadFailure)
  {
    self.url = url
    self.displayPath = displayPath
    self.module = module
    newline = text.contains("\r\n") ? "\r\n" : "\n"
    var lines = text.components(separatedBy: newline)
    if lines.last == "" { lines.removeLast() }
    self.lines = lines
    places = try Self.places(of: text, lines: lines, file: displayPath)
  }

  /// The file's text.
  public var text: String { lines.map { $0 + newline }.joined() }

  /// The place of an entry, by term compared folded.
  func entryPlace(_ term: String) -> (category: Int, entry: Int)? {
    let key = Folding.fold(term.precomposedStringWithCanonicalMapping)
    for (c, category) in places.categories.enumerated() {
      if let e = category.entries.firstIndex(where: { $0.folded == key }) { return (c, e) }
    }
    return nil
  }

  /// Where an entry is written, for messages.
  public func location(ofTerm term: String) -> SourceLocation? {
    let key = Folding.fold(term.precomposedStringWithCanonicalMapping)
    return module.entries.first { Folding.fold($0.term) == key }?.location
  }

  static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }

  static func isComment(_ line: String) -> Bool {
    line.drop { $0 == " " }.hasPrefix("#")
  }

  static func isBlank(_ line: String) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

  /// The line after the last line of a list item that starts at `start` with its `-` at `indent`:
  /// every following line indented deeper belongs to it; comments at the item's own indentation
  /// belong to the next item.
  static func itemEnd(_ lines: [String], start: Int, indent: Int) -> Int {
    var end = start + 1
    var i = start + 1
    while i < lines.count {
      let line = lines[i]
      if isBlank(line) {
        i += 1
        continue
      }
      if Self.indent(line) > indent {
        end = i + 1
      } else if !isComment(line) {
        break
      }
      i += 1
    }
    return end
  }

  static func places(of text: String, lines: [String], file: String) throws(LexiconLoadFailure)
    -> Places
  {
    func failure(_ what: String, _ mark: Mark?) -> LexiconLoadFailure {
      LexiconLoadFailure(errors: [
        LexiconError(
          .unsupportedLayout(what: what),
          at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
      ])
    }
    guard let root = try? Yams.compose(yaml: text), case .mapping(let top) = root,
      let pair = top.first(where: { $0.key.string == "categories" }),
      case .sequence(let categories) = pair.value
    else { throw failure("a module whose 'categories' is not a list", nil) }
    var places = Places()
    places.categoriesLine = (pair.key.mark?.line ?? 1) - 1
    places.categoriesIndent = (pair.key.mark?.column ?? 1) - 1
    if isFlow(pair.key.mark) {
      guard categories.isEmpty else {
        throw failure("a flow-style 'categories' list", pair.key.mark)
      }
      places.isCategoriesFlowEmpty = true
    }
    /// Whether the list after a key is written in flow style (`entries: []`); composed nodes
    /// do not keep their style, so the key's line says.
    func isFlow(_ mark: Mark?) -> Bool {
      guard let mark, mark.line - 1 < lines.count else { return false }
      let line = lines[mark.line - 1]
      guard let colon = line.firstIndex(of: ":") else { return false }
      return line[line.index(after: colon)...].drop { $0 == " " }.hasPrefix("[")
    }
    func item(_ node: Node) throws(LexiconLoadFailure) -> Places.Item {
      guard let mark = node.mark, mark.line - 1 < lines.count else {
        throw failure("a list item without a position", nil)
      }
      let start = mark.line - 1
      let line = lines[start]
      let indent = Self.indent(line)
      guard line.dropFirst(indent).hasPrefix("-") else {
        throw failure("a list item not written as '- key: value'", mark)
      }
      return Places.Item(
        start: start, end: itemEnd(lines, start: start, indent: indent), indent: indent)
    }
    for categoryNode in categories {
      guard case .mapping(let fields) = categoryNode,
        let id = fields.first(where: { $0.key.string == "id" })?.value.string,
        let entries = fields.first(where: { $0.key.string == "entries" }),
        case .sequence(let entryNodes) = entries.value
      else { throw failure("a category without 'id' and an 'entries' list", categoryNode.mark) }
      var category = Places.Category(
        id: id, item: try item(categoryNode), entriesLine: (entries.key.mark?.line ?? 1) - 1,
        entriesIndent: (entries.key.mark?.column ?? 1) - 1, isFlowEmpty: false, entries: [])
      if isFlow(entries.key.mark) {
        guard entryNodes.isEmpty else {
          throw failure("a flow-style 'entries' list", entries.key.mark)
        }
        category.isFlowEmpty = true
      }
      for entryNode in entryNodes {
        guard case .mapping(let entryFields) = entryNode,
          let term = entryFields.first(where: { $0.key.string == "term" })?.value.string
        else { throw failure("an entry without 'term'", entryNode.mark) }
        category.entries.append(
          (Folding.fold(term.precomposedStringWithCanonicalMapping), try item(entryNode)))
      }
      places.categories.append(category)
    }
    return places
  }
}
