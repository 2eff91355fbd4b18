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
      "exact", .boolean,
      "true: every word of the patterns (or of the term, when patterns is empty) matches only its exact form, as `=Wort` in a module file; write the words without '=' (a cell starting with '=' is a formula to a spreadsheet)."
    ),
    .init(
      "actors", .string,
      "In a shared inventory (a module with 'actors: all'): the actor ids the entry is limited to, separated by ' | '; empty for every actor."
    ),
    .init("note", .string, "Why the term is in the module and what it signals (required)."),
    .init(
      "except", .string,
      "Phrases in which the term means something else, separated by ' | ' (`except:` in a module file); a match inside one does not count."
    ),
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
    let plain = ExactForm.plain(draft.effectivePatterns)
    var patterns = plain ?? draft.patterns
    if plain != nil, patterns == [draft.term] { patterns = [] }
    return [
      module, category.id, category.label, LexiconError.format(category.weight), draft.term,
      patterns.joined(separator: patternSeparator), draft.namesTarget ? "true" : "false",
      plain != nil ? "true" : "false", draft.actors.joined(separator: patternSeparator), draft.note,
      draft.exceptions.joined(separator: patternSeparator),
    ]
  }

  /// Patterns whose every word is an exact form (`=Wort`), written in a sheet without the `=`
  /// and with `exact` true, so that no spreadsheet takes them for formulas.
  public enum ExactForm {
    /// The patterns without their `=`s when every word of every pattern is `=Wort` (or
    /// `[=Wort]`); nil otherwise.
    public static func plain(_ patterns: [String]) -> [String]? {
      var out: [String] = []
      for pattern in patterns {
        var words: [String] = []
        for word in pattern.split(separator: " ") {
          let isOptional = word.hasPrefix("[") && word.hasSuffix("]")
          let body = isOptional ? word.dropFirst().dropLast() : word
          guard body.hasPrefix("="), !body.hasPrefix("=="), body.count > 1,
            isPlain(body.dropFirst())
          else { return nil }
          words.append(isOptional ? "[\(body.dropFirst())]" : String(body.dropFirst()))
        }
        out.append(words.joined(separator: " "))
      }
      return out.isEmpty ? nil : out
    }

    /// The patterns with every plain word made exact (`Freunde` → `=Freunde`, `[der]` →
    /// `[=der]`); words already marked (`=`, `==`) or globs (`*`) stay as written.
    public static func marked(_ patterns: [String]) -> [String] {
      patterns.map { pattern in
        pattern.split(separator: " ").map { word -> String in
          let isOptional = word.hasPrefix("[") && word.hasSuffix("]")
          let body = isOptional ? word.dropFirst().dropLast() : word
          guard isPlain(body) else { return String(word) }
          return isOptional ? "[=\(body)]" : "=\(body)"
        }.joined(separator: " ")
      }
    }

    /// A word without the pattern language's marks: no `=`, `*`, brackets or hanging hyphen.
    static func isPlain(_ word: Substring) -> Bool {
      !word.isEmpty && !word.hasPrefix("=") && !word.contains("*") && !word.contains("[")
        && !word.contains("]") && !word.hasSuffix("-")
    }
  }

  /// Whether a cell holds a spreadsheet's error value (`Err:509`, `#NAME?`, `#WERT!`, …).
  public static func isErrorValue(_ cell: String) -> Bool { SpreadsheetErrorValue.matches(cell) }

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
    /// The sheet has an `except` column (older sheets do not: their entries keep the file's).
    public var hasExceptions = true
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
        "header lacks column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")) (needs \(required.joined(separator: ", ")); optional category_label, weight, patterns, names_target, exact, actors, except)"
      )
    }
    let known = Set(columns.map(\.name))
    let hasExact = header.contains("exact")
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
      var hasErrorValue = false
      for (column, (name, value)) in zip(header, fields).enumerated() {
        if known.contains(name), isErrorValue(value) {
          problems.append(
            Diagnostic(
              .error, SourceLocation(file: file, line: line, column: column + 1),
              "column '\(name)' holds the spreadsheet error value '\(value.trimmingCharacters(in: .whitespaces))', not text (a cell typed with a leading '=' became a formula: write the word without '=' and set exact to true, or start the cell with an apostrophe)"
            ))
          hasErrorValue = true
        }
        cell[name] = unneutralized(value)
      }
      if hasErrorValue { continue }
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
      var isExact = false
      switch value("exact").lowercased() {
      case "", "false", "no", "0", "falsch", "nein": isExact = false
      case "true", "yes", "1", "wahr", "ja": isExact = true
      default:
        problems.append(
          LexiconError(
            .invalidValue(field: "exact", text: value("exact"), expected: "true or false"),
            at: here
          ).diagnostic)
        continue
      }
      var patterns = value("patterns").components(separatedBy: "|")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      if hasExact, isExact {
        patterns = ExactForm.marked(patterns.isEmpty ? [value("term")] : patterns)
      }
      let actors = value("actors").components(separatedBy: "|")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let exceptions = value("except").components(separatedBy: "|")
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
            note: value("note"), namesTarget: namesTarget, actors: actors,
            exceptions: exceptions.map(\.precomposedStringWithCanonicalMapping)),
          hasActors: header.contains("actors"), hasExceptions: header.contains("except")))
    }
    if !problems.isEmpty { throw DiagnosticFailure(problems) }
    return Sheet(rows: rows, ignoredColumns: header.filter { !known.contains($0) })
  }

  /// A cell without the apostrophe `CSVTable` put before a formula-like text (also before a
  /// text that itself starts with apostrophes and a formula start: `'=x` is written `''=x`).
  static func unneutralized(_ cell: String) -> String {
    guard cell.hasPrefix("'"), CSVTable.isFormulaLike(cell.drop { $0 == "'" }) else { return cell }
    return String(cell.dropFirst())
  }
}
