import Foundation
import FramingCore
import FramingReports

extension LexiconJob {
  /// The options of `lexicon import`.
  public struct ImportOptions: Sendable {
    /// Sheets: merge (add and update) or replace (also remove entries not listed).
    public var mode: LexiconSheet.ImportMode = .merge
    /// Dictionaries: the new module's id (required), title (default: from the file name) and
    /// language code.
    public var id: String?
    public var title: String?
    public var language = "de"
    /// Dictionaries: the new module file (must not exist); default `<lexicons>/<id>.yaml`.
    public var output: String?
    /// Dictionaries: stance weights of categories, as `CATEGORY=NUMBER` (default 0).
    public var weights: [String] = []
    /// Show what would change without writing.
    public var isDryRun = false

    public init() {}
  }

  /// `lexicon import FILE`: a sheet (.csv) changes existing modules; a dictionary (.dic, .yml,
  /// .yaml) becomes a new module file. `say` gets each line of the report, in order, as the
  /// import goes; a failure is thrown after the lines said before it.
  public func importFile(_ path: String, options: ImportOptions, say: (String) -> Void)
    throws(JobFailure)
  {
    let url = URL(fileURLWithPath: path)
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw .file(path, "cannot read the file: \(error.localizedDescription)")
    }
    switch url.pathExtension.lowercased() {
    case "csv": try importSheet(data, path: path, options: options, say: say)
    case "dic", "yml", "yaml":
      try importDictionary(
        data, path: path, isLIWC: url.pathExtension == "dic", options: options, say: say)
    default:
      throw .file(path, "unknown kind of file (expected .csv, .dic, .yml or .yaml)")
    }
  }

  /// Every module is edited and validated before any file is written.
  func importSheet(_ data: Data, path: String, options: ImportOptions, say: (String) -> Void)
    throws(JobFailure)
  {
    let opened: LexiconFolder
    do { opened = try open() } catch { throw .lexicon(error) }
    let text = try Self.utf8(data, path: path)
    let sheet: LexiconSheet.Sheet
    let plans: [LexiconSheet.ModulePlan]
    do {
      sheet = try LexiconSheet.read(text, file: path)
      plans = try LexiconSheet.plan(sheet, lexicon: opened.lexicon, mode: options.mode, file: path)
    } catch { throw .input(error) }
    do {
      let edited = try plans.filter { !$0.changes.isEmpty }.map {
        plan throws(LexiconLoadFailure) in try opened.file(of: plan.module).applying(plan.changes)
      }
      if !options.isDryRun { for file in edited { try file.write() } }
    } catch { throw .lexicon(error) }
    for plan in plans { say(plan.summary) }
    for warning in Self.suggestedWarnings(sheet, lexicon: opened.lexicon, file: path) {
      say(warning.description)
    }
    if !sheet.ignoredColumns.isEmpty {
      say("ignored columns: " + sheet.ignoredColumns.joined(separator: ", "))
    }
    if options.isDryRun { say("dry run: nothing written") }
  }

  /// A warning per module whose rows file entries under `suggested` (the category `lexicon
  /// suggest` proposes them in): its weight counts toward the stance index like any other, so
  /// unreviewed suggestions move a module's scores.
  static func suggestedWarnings(_ sheet: LexiconSheet.Sheet, lexicon: Lexicon, file: String)
    -> [Diagnostic]
  {
    var rowsByModule: [String: [LexiconSheet.Row]] = [:]
    var order: [String] = []
    for row in sheet.rows where row.category == LexiconSuggestions.category {
      if rowsByModule[row.module] == nil { order.append(row.module) }
      rowsByModule[row.module, default: []].append(row)
    }
    return order.compactMap { module in
      guard let rows = rowsByModule[module], let first = rows.first else { return nil }
      let weight =
        lexicon.editableModules.first { $0.id == module }?.categories
        .first { $0.id == LexiconSuggestions.category }?.weight ?? first.weight ?? 0
      let n = rows.count
      return Diagnostic(
        .warning, SourceLocation(file: file, line: first.line),
        "\(n) entr\(n == 1 ? "y" : "ies") of '\(module)' in category '\(LexiconSuggestions.category)' (weight \(LexiconError.format(weight))) count toward the stance index like any other; move \(n == 1 ? "it" : "them") to a category whose weight fits before reporting"
      )
    }
  }

  func importDictionary(
    _ data: Data, path: String, isLIWC: Bool, options: ImportOptions, say: (String) -> Void
  ) throws(JobFailure) {
    guard let id = options.id else {
      throw .file(path, "a dictionary import needs --id for the new module")
    }
    let opened: LexiconFolder
    do { opened = try open() } catch { throw .lexicon(error) }
    if let existing = opened.lexicon.modules.first(where: { $0.id == id }) {
      throw .file(existing.file, "module id '\(id)' exists; choose another --id")
    }
    let text = try Self.utf8(data, path: path)
    var weightTable: [String: Double] = [:]
    for spec in options.weights {
      let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let value = Double(parts[1].replacingOccurrences(of: ",", with: "."))
      else { throw .usage("error: --weight '\(spec)' is not CATEGORY=NUMBER") }
      weightTable[parts[0]] = value
    }
    let dictionary: DictionaryImport
    do {
      dictionary =
        isLIWC
        ? DictionaryImport.liwc(text, file: path) : try DictionaryImport.quanteda(text, file: path)
    } catch { throw .lexicon(error) }
    for unknown in weightTable.keys.sorted()
    where !dictionary.categories.contains(where: { $0.id == unknown }) {
      throw .usage(
        "error: --weight names category '\(unknown)', which the dictionary does not have "
          + "(it has: \(dictionary.categories.map(\.id).joined(separator: ", ")))")
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let module = dictionary.moduleText(
      id: id, title: options.title ?? name, language: options.language, weights: weightTable)
    let target = options.output ?? "\(displayPath)/\(id).yaml"
    for problem in dictionary.problems { say(problem.description) }
    let (categories, terms) = (dictionary.categories.count, dictionary.termCount)
    say(
      "\(categories) categor\(categories == 1 ? "y" : "ies") and "
        + "\(terms) term\(terms == 1 ? "" : "s") carried over; "
        + "\(dictionary.problems.count) not (listed above)")
    do {
      _ = try LexiconParser.parse(module, file: target)
    } catch { throw .lexicon(error) }
    if options.isDryRun {
      say("dry run: \(target) not written")
      return
    }
    if FileManager.default.fileExists(atPath: target) {
      throw .file(target, "exists; choose another --output")
    }
    try JobOutput.write(module, to: target)
    say("wrote module '\(id)' to \(target)")
  }

  /// The file's bytes as text, or an error naming the line of the first byte that is not UTF-8.
  static func utf8(_ data: Data, path: String) throws(JobFailure) -> String {
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .file(path, line: TextDecoding.lineOfFirstInvalidUTF8(data), "not valid UTF-8")
    }
    return text
  }
}
