import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

@Suite struct LexiconSheetImportTests {
  /// A copy of the bundled lexicons to edit.
  static func lexiconCopy() throws -> LexiconFolder {
    let folder = try Fixtures.temporaryDirectory().appendingPathComponent("lexicons")
    try FileManager.default.copyItem(at: Fixtures.lexicons, to: folder)
    return try LexiconFolder(directory: folder, displayPath: "lexicons")
  }

  /// Imports a sheet into the folder the way `framing lexicon import` does.
  static func importSheet(
    _ text: String, into folder: LexiconFolder, mode: LexiconSheet.ImportMode = .merge
  ) throws -> [LexiconSheet.ModulePlan] {
    let sheet = try LexiconSheet.read(text, file: "sheet.csv")
    let plans = try LexiconSheet.plan(sheet, lexicon: folder.lexicon, mode: mode, file: "sheet.csv")
    for plan in plans where !plan.changes.isEmpty { try folder.edit(plan.module, plan.changes) }
    return plans
  }

  @Test(arguments: CSVDialect.allCases)
  func exportThenImportLeavesEveryModuleIdentical(dialect: CSVDialect) throws {
    let folder = try Self.lexiconCopy()
    for module in folder.lexicon.editableModules {
      let before = try String(contentsOf: folder.url(of: module), encoding: .utf8)
      let csv = LexiconSheet.table(for: module).csv(dialect)
      let plans = try Self.importSheet(csv, into: folder, mode: .replace)
      #expect(
        plans.map(\.summary) == [
          "\(module.id): 0 added, 0 updated, 0 moved, 0 removed, \(module.entries.count) unchanged; 0 categories added, 0 updated"
        ])
      #expect(try String(contentsOf: folder.url(of: module), encoding: .utf8) == before)
    }
  }

  @Test func aSheetAddsMovesUpdatesAndRemoves() throws {
    let folder = try Self.lexiconCopy()
    let module = try folder.module("labels")
    var table = LexiconSheet.table(for: module)
    // Drop Tyrann, move Despot to critical, rewrite the note of Machthaber, add one.
    table.rows.removeAll { $0[4] == "Tyrann" }
    let power = try #require(module.categories.first { $0.id == "critical" })
    for i in table.rows.indices {
      if table.rows[i][4] == "Despot" {
        table.rows[i][1] = power.id
        table.rows[i][2] = power.label
        table.rows[i][3] = LexiconError.format(power.weight)
      }
      if table.rows[i][4] == "Machthaber" { table.rows[i][9] = "Holder of power." }
    }
    table.append([
      "labels", "delegitimizing", "", "", "Gewaltherrscher-Kim", "=Gewaltherrscher =Kim",
      "true", "false", "kim-jong-un", "Test entry.", "",
    ])
    let plans = try Self.importSheet(table.csv(), into: folder, mode: .replace)
    #expect(
      plans.map(\.summary) == [
        "labels: 1 added, 1 updated, 1 moved, 1 removed, \(module.entries.count - 3) unchanged; 0 categories added, 0 updated"
      ])
    let edited = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
      .module("labels")
    let category = { (term: String) in
      edited.categories.first { $0.entries.contains { $0.term == term } }?.id
    }
    #expect(category("Tyrann") == nil)
    #expect(category("Despot") == "critical")
    #expect(category("Gewaltherrscher-Kim") == "delegitimizing")
    #expect(edited.entries.first { $0.term == "Machthaber" }?.note == "Holder of power.")
    #expect(edited.entries.first { $0.term == "Gewaltherrscher-Kim" }?.namesTarget == true)
    #expect(
      edited.entries.first { $0.term == "Gewaltherrscher-Kim" }?.actors == .only(["kim-jong-un"]))
  }

  /// A sheet from before the `actors` column keeps each entry's actors: a note changed in an
  /// old sheet does not give Kremlchef to Kim.
  @Test func aSheetWithoutTheActorsColumnKeepsTheEntriesActors() throws {
    let folder = try Self.lexiconCopy()
    let csv = """
      module,category,category_label,weight,term,patterns,names_target,note
      labels,neutral,,,Kremlchef,Kremlchef | Kreml-Chef,true,Agency shorthand.
      """
    let plans = try Self.importSheet(csv, into: folder)
    #expect(plans.map(\.summary).first?.hasPrefix("labels: 0 added, 1 updated") == true)
    let edited = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
    let entry = edited.lexicon.inventories.first?.entries.first { $0.term == "Kremlchef" }
    #expect(entry?.note == "Agency shorthand.")
    #expect(entry?.actors == .only(["wladimir-putin"]))
    #expect(
      edited.lexicon.modules.first { $0.id == "kim-jong-un-labels" }?.entries
        .contains { $0.term == "Kremlchef" } == false)
  }

  /// `except` phrases go out in the sheet and come back; a sheet without the column keeps the
  /// file's, so an old sheet that changes a note does not make "im Westen der Region" count.
  @Test func exceptionPhrasesSurviveExportAndAnOldSheet() throws {
    let folder = try Self.lexiconCopy()
    let module = try #require(folder.lexicon.modules.first { $0.id == "west-hegemony" })
    let table = LexiconSheet.table(for: module)
    let row = try #require(table.rows.first { $0[4] == "Westen" })
    #expect(row.last?.contains("=Westen =der =Region") == true)
    let csv = """
      module,category,category_label,weight,term,patterns,names_target,note
      west-hegemony,neutral,,,Westen,=Westen | =Westens | der Westen,false,A new note.
      """
    _ = try Self.importSheet(csv, into: folder)
    let edited = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
    let entry = edited.lexicon.modules.first { $0.id == "west-hegemony" }?.entries
      .first { $0.term == "Westen" }
    #expect(entry?.note == "A new note.")
    #expect(entry?.exceptions.map(\.source).first == "=Westen =der =Region")
  }

  @Test func everyBadRowIsReportedWithItsLineAndNothingIsWritten() throws {
    let folder = try Self.lexiconCopy()
    let csv = """
      module,category,category_label,weight,term,patterns,names_target,note
      labels,delegitimizing,,,Neuwort,,false,Fine.
      kim-labelz,delegitimizing,,,Wort,,false,Unknown module.
      labels,delegitimizing,,,neuwort,,false,Duplicate of line 2.
      labels,brandnew,,,Wort2,,false,New category without label.
      labels,delegitimizing,,9,Wort3,,false,Weight outside the scale.
      labels,delegitimizing,Anders,-2,Wort4,,false,Changes a category in merge mode.
      labels,delegitimizing,,,Wort5,,vielleicht,Bad flag.
      """
    let before = try String(
      contentsOf: folder.url(of: folder.module("labels")), encoding: .utf8)
    var messages: [String] = []
    do {
      _ = try Self.importSheet(csv, into: folder)
    } catch let failure as DiagnosticFailure {
      messages = failure.diagnostics.map(\.description)
    }
    #expect(
      messages == ["sheet.csv:8: error: invalid names_target 'vielleicht' (expected true or false)"]
    )
    let rows = csv.components(separatedBy: "\n").dropLast().joined(separator: "\n")
    do {
      _ = try Self.importSheet(rows, into: folder)
    } catch let failure as DiagnosticFailure {
      messages = failure.diagnostics.map(\.description)
    }
    #expect(
      messages == [
        "sheet.csv:3: error: no module 'kim-labelz' in the lexicon folder",
        "sheet.csv:4: error: duplicate term 'neuwort' (first defined at sheet.csv:2)",
        "sheet.csv:5: error: category 'brandnew' is not in module 'labels'; give category_label and weight to add it",
        "sheet.csv:6: error: weight 9 is outside the module's scale -2...2",
        "sheet.csv:7: error: category 'delegitimizing' has label 'Delegitimierend' and weight -2 in the module, the row says 'Anders' and -2; clear the cells to keep the category, or use --mode replace to change it",
      ])
    #expect(
      try String(contentsOf: folder.url(of: folder.module("labels")), encoding: .utf8) == before
    )
  }

  /// A duplicate term and a weight outside the scale are the parser's `LexiconError` reasons in
  /// a sheet too: after the place, the import prints the line the parser prints.
  @Test func theImportAndTheParserSayTheSameThingTheSameWay() throws {
    let yaml = """
      format: 1
      kind: module
      id: labels
      title: T
      language: de
      version: 1.0.0
      description: D.
      scale: {min: -2, max: 2, negative: a, positive: b}
      categories:
        - id: delegitimizing
          label: Delegitimierend
          weight: 9
          entries:
            - {term: Neuwort, note: n}
            - {term: neuwort, note: n}
      """
    var parsed: [LexiconError] = []
    do { _ = try LexiconParser.parse(yaml, file: "m.yaml") } catch { parsed = error.errors }
    let csv = """
      module,category,category_label,weight,term,patterns,names_target,note
      labels,delegitimizing,,,Neuwort,,false,Fine.
      labels,delegitimizing,,,neuwort,,false,Duplicate of line 2.
      labels,delegitimizing,,9,Wort3,,false,Weight outside the scale.
      """
    var imported: [Diagnostic] = []
    do { _ = try Self.importSheet(csv, into: Self.lexiconCopy()) } catch let failure
      as DiagnosticFailure
    { imported = failure.diagnostics }
    /// A rendered line without its place, with every mention of its file made neutral.
    func unplaced(_ line: String, _ location: FramingCore.SourceLocation) -> String {
      String(line.dropFirst("\(location): ".count)).replacingOccurrences(
        of: location.file, with: "FILE")
    }
    let parserLines = parsed.map { unplaced($0.description, $0.location) }
    let importLines = imported.map { unplaced($0.description, $0.location) }
    #expect(parserLines.contains("error: weight 9 is outside the module's scale -2...2"))
    #expect(importLines.contains("error: weight 9 is outside the module's scale -2...2"))
    let duplicate = { (lines: [String]) in
      lines.first { $0.hasPrefix("error: duplicate term 'neuwort' (first defined at FILE:") }
    }
    #expect(duplicate(parserLines) != nil)
    #expect(duplicate(importLines) == "error: duplicate term 'neuwort' (first defined at FILE:2)")
    #expect(
      imported.map(\.description) == [
        "sheet.csv:3: error: duplicate term 'neuwort' (first defined at sheet.csv:2)",
        "sheet.csv:4: error: weight 9 is outside the module's scale -2...2",
      ])
  }

  /// `=Freunde` typed into Calc becomes a formula whose cell reads `Err:509`; Excel writes
  /// `#NAME?` (German `#NAME?`, `#WERT!`, `#BEZUG!`). Such cells were imported as patterns.
  @Test func spreadsheetErrorValuesAreRefusedWithRowAndColumn() throws {
    let folder = try Self.lexiconCopy()
    let csv = """
      module,category,category_label,weight,term,patterns,names_target,exact,actors,note
      labels,delegitimizing,,,Neuwort,,false,false,,Fine.
      labels,delegitimizing,,,Freunde,Err:509,false,false,,Typed as =Freunde.
      labels,delegitimizing,,,#NAME?,,false,false,,Excel.
      labels,delegitimizing,,,Wort,,false,false,,#WERT!
      labels,delegitimizing,,,Wort2,#BEZUG!,false,false,,German Excel.
      """
    let before = try String(contentsOf: folder.url(of: folder.module("labels")), encoding: .utf8)
    var messages: [String] = []
    do { _ = try Self.importSheet(csv, into: folder) } catch let failure as DiagnosticFailure {
      messages = failure.diagnostics.map(\.description)
    }
    let advice =
      "not text (a cell typed with a leading '=' became a formula: write the word without '=' and set exact to true, or start the cell with an apostrophe)"
    #expect(
      messages == [
        "sheet.csv:3:6: error: column 'patterns' holds the spreadsheet error value 'Err:509', \(advice)",
        "sheet.csv:4:5: error: column 'term' holds the spreadsheet error value '#NAME?', \(advice)",
        "sheet.csv:5:10: error: column 'note' holds the spreadsheet error value '#WERT!', \(advice)",
        "sheet.csv:6:6: error: column 'patterns' holds the spreadsheet error value '#BEZUG!', \(advice)",
      ])
    #expect(
      try String(contentsOf: folder.url(of: folder.module("labels")), encoding: .utf8) == before)
  }

  @Test func theExactColumnMakesEveryWordExactWithoutAnEqualsSign() throws {
    let folder = try Self.lexiconCopy()
    let csv = """
      module,category,category_label,weight,term,patterns,names_target,exact,actors,note
      war-names,aggression,,,Freunde,,false,true,,Exact form only.
      war-names,aggression,,,Raubzug,Raubzug | [der] Raubzug gegen*,false,true,,Mixed.
      war-names,aggression,,,Plünderung,,false,false,,Any inflection.
      """
    _ = try Self.importSheet(csv, into: folder)
    let edited = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
      .module("war-names")
    let patterns = { (term: String) in
      edited.entries.first { $0.term == term }?.patterns.map(\.source)
    }
    #expect(patterns("Freunde") == ["=Freunde"])
    #expect(patterns("Raubzug") == ["=Raubzug", "[=der] =Raubzug gegen*"])
    #expect(patterns("Plünderung") == ["Plünderung"])
    // Exported, exact forms are written without '=' (no formula), with exact true.
    let rows = LexiconSheet.table(for: edited).rows
    let row = { (term: String) in rows.first { $0[4] == term } }
    #expect(row("Freunde")?[5] == "")
    #expect(row("Freunde")?[7] == "true")
    #expect(row("Raubzug")?[5] == "=Raubzug | [=der] =Raubzug gegen*")
    #expect(row("Raubzug")?[7] == "false")
  }

  /// Suggestions land in category `suggested` at the scale's midpoint, which counts toward the
  /// stance index: the import says so.
  @Test func importingSuggestionsWarnsThatTheyCountTowardStance() throws {
    let folder = try Self.lexiconCopy()
    let sheet = try Fixtures.temporaryDirectory().appendingPathComponent("s.csv")
    try Data(
      """
      module,category,category_label,weight,term,patterns,names_target,exact,actors,note
      labels,suggested,Vorgeschlagen (ungeprüft),0,Zwingherr,,false,false,,Suggested.
      labels,suggested,Vorgeschlagen (ungeprüft),0,Volksschinder,,false,false,,Suggested.

      """.utf8
    ).write(to: sheet)
    var said: [String] = []
    try LexiconJob(directory: folder.directory, displayPath: "lexicons")
      .importFile(sheet.path, options: .init()) { said.append($0) }
    #expect(
      said == [
        "labels: 2 added, 0 updated, 0 moved, 0 removed, 0 unchanged; 1 category added, 0 updated",
        "\(sheet.path):2: warning: 2 entries of 'labels' in category 'suggested' (weight 0) count toward the stance index like any other; move them to a category whose weight fits before reporting",
      ])
  }

  static let soffice = ExternalTool.find("soffice")

  /// A researcher opens the export in LibreOffice Calc, adds a row and saves it as CSV again.
  @Test(
    .enabled(if: soffice != nil, "needs LibreOffice (apt-get install libreoffice-calc-nogui)"),
    arguments: CSVDialect.allCases)
  func aSheetSavedByLibreOfficeImports(dialect: CSVDialect) throws {
    let folder = try Self.lexiconCopy()
    let module = try folder.module("war-names")
    var table = LexiconSheet.table(for: module)
    let first = try #require(table.rows.first)
    table.append([
      first[0], first[1], first[2], first[3], "Raubzug", "Raubzug | Raubzug gegen die Ukraine",
      "false", "false", "", "Plunder: \"Raubzug\", a word for aggression.", "",
    ])
    let work = try Fixtures.temporaryDirectory()
    let csv = work.appendingPathComponent("war-names.csv")
    try Data(table.csv(dialect).utf8).write(to: csv)
    let (separator, locale) = dialect == .excelDE ? (59, 1031) : (44, 1033)
    let profile = work.appendingPathComponent("lo-profile").absoluteString
    let soffice = try #require(Self.soffice)
    // CSV → spreadsheet → CSV, as "open, edit, save as CSV" does.
    var run = try ExternalTool.run(
      soffice,
      [
        "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "ods",
        "--infilter=CSV:\(separator),34,76,1,,\(locale)", "--outdir", work.path, csv.path,
      ])
    #expect(run.status == 0, "soffice: \(run.output)")
    let saved = work.appendingPathComponent("saved")
    run = try ExternalTool.run(
      soffice,
      [
        "-env:UserInstallation=\(profile)", "--headless", "--convert-to",
        "csv:Text - txt - csv (StarCalc):\(separator),34,76,1", "--outdir", saved.path,
        work.appendingPathComponent("war-names.ods").path,
      ])
    #expect(run.status == 0, "soffice: \(run.output)")
    let text = try String(
      contentsOf: saved.appendingPathComponent("war-names.csv"), encoding: .utf8)
    let plans = try Self.importSheet(text, into: folder)
    #expect(
      plans.map(\.summary) == [
        "war-names: 1 added, 0 updated, 0 moved, 0 removed, \(module.entries.count) unchanged; 0 categories added, 0 updated"
      ])
    let edited = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
      .module("war-names")
    let entry = try #require(edited.entries.first { $0.term == "Raubzug" })
    #expect(entry.patterns.map(\.source) == ["Raubzug", "Raubzug gegen die Ukraine"])
    #expect(entry.note == "Plunder: \"Raubzug\", a word for aggression.")
  }

  /// `=Freunde` typed into a sheet is a formula to Calc: it arrives as `#NAME?` and is refused
  /// with its row and column; the word typed plainly with `exact` true arrives as `=Freunde`.
  @Test(.enabled(if: soffice != nil, "needs LibreOffice (apt-get install libreoffice-calc-nogui)"))
  func anExactFormTypedWithEqualsInCalcIsRefusedAndTheExactColumnWorks() throws {
    let folder = try Self.lexiconCopy()
    let header = LexiconSheet.columns.map(\.name).joined(separator: ",")
    let work = try Fixtures.temporaryDirectory()
    let profile = work.appendingPathComponent("lo-profile").absoluteString
    let soffice = try #require(Self.soffice)
    func throughCalc(_ row: String, name: String) throws -> String {
      let csv = work.appendingPathComponent("\(name).csv")
      try Data("\(header)\r\n\(row)\r\n".utf8).write(to: csv)
      var run = try ExternalTool.run(
        soffice,
        [
          "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "ods",
          "--infilter=CSV:44,34,76,1,,1033", "--outdir", work.path, csv.path,
        ])
      #expect(run.status == 0, "soffice: \(run.output)")
      let saved = work.appendingPathComponent("saved")
      run = try ExternalTool.run(
        soffice,
        [
          "-env:UserInstallation=\(profile)", "--headless", "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", saved.path,
          work.appendingPathComponent("\(name).ods").path,
        ])
      #expect(run.status == 0, "soffice: \(run.output)")
      return try String(contentsOf: saved.appendingPathComponent("\(name).csv"), encoding: .utf8)
    }
    let typed = try throughCalc(
      "war-names,aggression,,,Freunde,=Freunde,false,false,,Typed with '='.", name: "typed")
    #expect(typed.contains("#NAME?"))
    var messages: [String] = []
    do { _ = try Self.importSheet(typed, into: folder) } catch let failure as DiagnosticFailure {
      messages = failure.diagnostics.map(\.description)
    }
    #expect(messages.count == 1)
    #expect(
      messages.first?.hasPrefix(
        "sheet.csv:2:6: error: column 'patterns' holds the spreadsheet error value '#NAME?'")
        == true)
    let exact = try throughCalc(
      "war-names,aggression,,,Freunde,Freunde,false,true,,Typed plainly with exact true.",
      name: "exact")
    _ = try Self.importSheet(exact, into: folder)
    let edited = try LexiconFolder(directory: folder.directory, displayPath: "lexicons")
      .module("war-names")
    #expect(edited.entries.first { $0.term == "Freunde" }?.patterns.map(\.source) == ["=Freunde"])
  }
}
