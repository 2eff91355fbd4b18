import ArgumentParser
import Foundation
import FramingCore
import FramingReports

extension LexiconCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a module's entries as CSV, to edit in a spreadsheet and import back.",
      discussion: """
        Example:
          framing lexicon export kim-labels --dialect excel-de --output kim-labels.csv
        Columns: module, category, category_label, weight, term, patterns (separated by ' | '), \
        names_target, note. `framing lexicon import` reads the file back in either dialect.
        """)

    @OptionGroup var folder: LexiconFolderOption

    @Argument(help: "Module id.")
    var module: String

    @Flag(help: "CSV (the only format; kept for clarity in scripts).")
    var csv = false

    @Option(help: "CSV dialect: rfc4180 (comma) or excel-de (semicolon, decimal comma, BOM).")
    var dialect: CSVDialect = .rfc4180

    @Option(help: "File to write; - or nothing for standard output.")
    var output = "-"

    func run() throws {
      let module: LexiconModule
      do { module = try folder.open().module(self.module) } catch { fail(error) }
      if write(LexiconSheet.table(for: module).csv(dialect), to: output) {
        print("wrote \(module.entries.count) entries of \(module.id) to \(output)")
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import entries from a CSV sheet, a LIWC .dic or a quanteda YAML dictionary.",
      discussion: """
        Examples:
          framing lexicon import kim-labels.csv                 update modules from a sheet
          framing lexicon import kim-labels.csv --mode replace  the sheet lists every entry
          framing lexicon import suggestions.csv                keep the rows you want first
          framing lexicon import colleague.dic --id liwc-threat --output lexicons/de/80-threat.yaml
          framing lexicon import dictionary.yml --id economy --output lexicons/de/81-economy.yaml

        A sheet (.csv) changes existing modules: rows are matched to entries by term (folded); \
        new terms are added, changed rows rewrite their entry, a changed category moves it, a \
        new category needs category_label and weight. Nothing is written unless every row of \
        every module is valid. A dictionary (.dic, .yml, .yaml) becomes a new module file; what \
        cannot be carried over is listed.
        """)

    @OptionGroup var folder: LexiconFolderOption

    @Argument(help: "A .csv sheet, a LIWC .dic file, or a quanteda .yml/.yaml dictionary.")
    var file: String

    @Option(help: "Sheets: merge (add and update) or replace (also remove entries not listed).")
    var mode: LexiconSheet.ImportMode = .merge

    @Option(help: "Dictionaries: the new module's id.")
    var id: String?

    @Option(help: "Dictionaries: the new module's title (default: from the file name).")
    var title: String?

    @Option(help: "Dictionaries: language code of the new module.")
    var language = "de"

    @Option(help: "Dictionaries: the new module file (must not exist).")
    var output: String?

    @Option(
      name: .customLong("weight"),
      help: "Dictionaries: a category's stance weight, as CATEGORY=NUMBER (repeatable; default 0).")
    var weights: [String] = []

    @Flag(help: "Show what would change without writing.")
    var dryRun = false

    func run() throws {
      let url = URL(fileURLWithPath: file)
      let data: Data
      do { data = try Data(contentsOf: url) } catch {
        fail("\(file): error: cannot read the file: \(error.localizedDescription)")
      }
      switch url.pathExtension.lowercased() {
      case "csv": try importSheet(data)
      case "dic", "yml", "yaml": try importDictionary(data, isLIWC: url.pathExtension == "dic")
      default:
        fail("\(file): error: unknown kind of file (expected .csv, .dic, .yml or .yaml)")
      }
    }

    func importSheet(_ data: Data) throws {
      let opened = try folder.open()
      guard let text = String(validating: data, as: UTF8.self) else {
        fail("\(file):\(TextDecoding.lineOfFirstInvalidUTF8(data)): error: not valid UTF-8")
      }
      do {
        let sheet = try LexiconSheet.read(text, file: file)
        let plans = try LexiconSheet.plan(
          sheet, lexicon: opened.lexicon, mode: mode, file: file)
        // Every module is edited and validated before any file is written.
        let edited = try plans.filter { !$0.changes.isEmpty }.map {
          plan throws(LexiconLoadFailure) in try opened.file(of: plan.module).applying(plan.changes)
        }
        if !dryRun { for file in edited { try file.write() } }
        for plan in plans { print(plan.summary) }
        if !sheet.ignoredColumns.isEmpty {
          print("ignored columns: " + sheet.ignoredColumns.joined(separator: ", "))
        }
        if dryRun { print("dry run: nothing written") }
      } catch { fail(error) }
    }
  }
}

extension LexiconCommand.Import {
  func importDictionary(_ data: Data, isLIWC: Bool) throws {
    guard let id else { fail("\(file): error: a dictionary import needs --id for the new module") }
    let opened = try folder.open()
    if let existing = opened.lexicon.modules.first(where: { $0.id == id }) {
      fail("\(existing.file): error: module id '\(id)' exists; choose another --id")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      fail("\(file):\(TextDecoding.lineOfFirstInvalidUTF8(data)): error: not valid UTF-8")
    }
    var weightTable: [String: Double] = [:]
    for spec in weights {
      let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let value = Double(parts[1].replacingOccurrences(of: ",", with: "."))
      else { fail("error: --weight '\(spec)' is not CATEGORY=NUMBER") }
      weightTable[parts[0]] = value
    }
    let dictionary: DictionaryImport
    do {
      dictionary =
        isLIWC
        ? DictionaryImport.liwc(text, file: file) : try DictionaryImport.quanteda(text, file: file)
    } catch { fail(error) }
    for unknown in weightTable.keys.sorted()
    where !dictionary.categories.contains(where: { $0.id == unknown }) {
      fail(
        "error: --weight names category '\(unknown)', which the dictionary does not have "
          + "(it has: \(dictionary.categories.map(\.id).joined(separator: ", ")))")
    }
    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let module = dictionary.moduleText(
      id: id, title: title ?? name, language: language, weights: weightTable)
    let target = output ?? "\(folder.lexicons)/\(id).yaml"
    for problem in dictionary.problems { print(problem) }
    let (categories, terms) = (dictionary.categories.count, dictionary.termCount)
    print(
      "\(categories) categor\(categories == 1 ? "y" : "ies") and "
        + "\(terms) term\(terms == 1 ? "" : "s") carried over; "
        + "\(dictionary.problems.count) not (listed above)")
    do {
      _ = try LexiconParser.parse(module, file: target)
    } catch { fail(error) }
    if dryRun {
      print("dry run: \(target) not written")
      return
    }
    if FileManager.default.fileExists(atPath: target) {
      fail("\(target): error: exists; choose another --output")
    }
    write(module, to: target)
    print("wrote module '\(id)' to \(target)")
  }
}
