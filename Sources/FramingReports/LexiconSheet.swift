import CSV
import Foundation
import FramingCore

/// A module's entries as a spreadsheet: one row per entry, written by `lexicon export` and read
/// back by `lexicon import` (also the rows `lexicon suggest` proposes).
public enum LexiconSheet {
  /// The columns `import` reads; any other column is ignored and named in the import report.
  public static let columns: [CSVTable.Column] = [
    .init("module", .string, "Module id (the file's `id`)."),
    .init("category", .string, "Category id inside the module."),
    .init(
      "category_label", .string,
      "The category's label; needed only for a category the module does not have yet."),
    .init(
      "weight", .number,
      "The category's stance weight, within the module's scale; changing it changes the category."),
    .init("term", .string, "The entry's canonical term (unique per module, compared folded)."),
    .init(
      "patterns", .string,
      "The entry's patterns separated by ' | '; empty means the term itself (pattern language in lexicons/README.md)."
    ),
    .init("names_target", .boolean, "true when the term itself names the module's target."),
    .init(
      "actors", .string,
      "In a shared inventory (a module with 'actors: all'): the actor ids the entry is limited to, separated by ' | '; empty for every actor."
    ),
    .init("note", .string, "Why the term is in the module and what it signals (required)."),
  ]
  public static let patternSeparator = " | "

  /// The module as a table, in file order.
  public static func table(for module: LexiconModule) -> CSVTable {
    var table = CSVTable(
      name: "\(module.id).csv", description: "Entries of the lexicon module \(module.id).",
      columns: columns)
    for category in module.categories {
      for entry in category.entries {
        table.append(row(module: module.id, category: category, EntryDraft(entry)))
      }
    }
    return table
  }

  static func row(module: String, category: LexiconCategory, _ draft: EntryDraft) -> [String] {
    [
      module, category.id, category.label, LexiconError.format(category.weight), draft.term,
      draft.patterns.joined(separator: patternSeparator), draft.namesTarget ? "true" : "false",
      draft.actors.joined(separator: patternSeparator), draft.note,
    ]
  }

  /// One row read back, with its line in the file.
  public struct Row: Sendable, Hashable {
    public var line: Int
    public var module: String
    public var category: String
    public var categoryLabel: String
    public var weight: Double?
    public var draft: EntryDraft
    /// The sheet has an `actors` column (older sheets do not: their entries keep the file's).
    public var hasActors = true
  }

  /// Rows read from a sheet and the columns it had that `import` does not use.
  public struct Sheet: Sendable {
    public var rows: [Row]
    public var ignoredColumns: [String]
  }

  /// Reads a sheet in either dialect (comma or semicolon, decimal point or comma, with or
  /// without a byte-order mark), undoing the apostrophe that neutralized a formula-like cell.
  public static func read(_ text: String, file: String) throws(DiagnosticFailure) -> Sheet {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    let headerLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
    let delimiter: UnicodeScalar = headerLine.contains(";") && !headerLine.contains(",") ? ";" : ","
    func failure(_ line: Int, _ message: String) -> DiagnosticFailure {
      DiagnosticFailure([Diagnostic(.error, SourceLocation(file: file, line: line), message)])
    }
    let reader: CSVReader
    do {
      reader = try CSVReader(string: body, hasHeaderRow: true, delimiter: delimiter)
    } catch {
      throw failure(1, "cannot read CSV: \(error)")
    }
    let header = (reader.headerRow ?? []).map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    let required = ["module", "category", "term", "note"]
    let missing = required.filter { !header.contains($0) }
    if !missing.isEmpty {
      throw failure(
        1,
        "header lacks column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")) (needs \(required.joined(separator: ", ")); optional category_label, weight, patterns, names_target, actors)"
      )
    }
    let known = Set(columns.map(\.name))
    var rows: [Row] = []
    var problems: [Diagnostic] = []
    var line = 2
    while let fields = reader.next() {
      defer { line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count } }
      if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
      let here = SourceLocation(file: file, line: line)
      guard fields.count == header.count else {
        problems.append(
          Diagnostic(.error, here, "row has \(fields.count) fields, the header has \(header.count)")
        )
        continue
      }
      var cell: [String: String] = [:]
      for (name, value) in zip(header, fields) { cell[name] = unneutralized(value) }
      func value(_ name: String) -> String {
        (cell[name] ?? "").trimmingCharacters(in: .whitespaces)
      }
      var weight: Double?
      let weightText = value("weight").replacingOccurrences(of: ",", with: ".")
      if !weightText.isEmpty {
        guard let parsed = Double(weightText), parsed.isFinite else {
          problems.append(
            LexiconError(
              .invalidValue(field: "weight", text: value("weight"), expected: "a number"), at: here
            ).diagnostic)
          continue
        }
        weight = parsed
      }
      let namesTarget: Bool
      switch value("names_target").lowercased() {
      case "", "false", "no", "0", "falsch", "nein": namesTarget = false
      case "true", "yes", "1", "wahr", "ja": namesTarget = true
      default:
        problems.append(
          LexiconError(
            .invalidValue(
              field: "names_target", text: value("names_target"), expected: "true or false"),
            at: here
          ).diagnostic)
        continue
      }
      let patterns = value("patterns").components(separatedBy: "|")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let actors = value("actors").components(separatedBy: "|")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let term = value("term").precomposedStringWithCanonicalMapping
      for name in ["module", "category", "term", "note"] where value(name).isEmpty {
        problems.append(Diagnostic(.error, here, "empty '\(name)'"))
      }
      if ["module", "category", "term", "note"].contains(where: { value($0).isEmpty }) { continue }
      rows.append(
        Row(
          line: line, module: value("module"), category: value("category"),
          categoryLabel: value("category_label"), weight: weight,
          draft: EntryDraft(
            term: term, patterns: patterns.map(\.precomposedStringWithCanonicalMapping),
            note: value("note"), namesTarget: namesTarget, actors: actors),
          hasActors: header.contains("actors")))
    }
    if !problems.isEmpty { throw DiagnosticFailure(problems) }
    return Sheet(rows: rows, ignoredColumns: header.filter { !known.contains($0) })
  }

  /// A cell without the apostrophe `CSVTable` put before a formula-like text.
  static func unneutralized(_ cell: String) -> String {
    guard cell.hasPrefix("'"), let next = cell.dropFirst().unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(next)
    else { return cell }
    return String(cell.dropFirst())
  }
}
