import Foundation
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The CSVs opened in the programs researchers use: every file, in both dialects, converted by
/// headless LibreOffice Calc and read back cell by cell, and loaded by pandas with the types of
/// datapackage.json. `.ci/run` installs libreoffice-calc-nogui and pandas; without them the tests
/// are skipped and say so.
@Suite(.serialized) struct SpreadsheetRoundTripTests {
  static let soffice = ExternalTool.find("soffice")
  static let hasPandas =
    ExternalTool.find("python3") != nil
    && (try? ExternalTool.run("python3", ["-c", "import pandas"]).status) == 0

  /// A corpus whose titles carry umlauts, ß, every quote style and formula starters.
  static func corpus() throws -> URL {
    try Fixtures.makeFolder([
      "manifest.csv": Data(
        """
        file,outlet,date,title
        a.txt,Kölner Blatt,2024-06-19,"=HYPERLINK(""http://x"") Großer „Gipfel“ in Pjöngjang"
        b.txt,Straßenzeitung,2024-06-20,+49 »Grüße« aus Moskau; -1 'Spaß' @SUMME(A1)

        """.utf8),
      "a.txt": Data(
        "Der Diktator Kim Jong Un reist. Der Staatschef lächelt.\n\n„Die Spezialoperation läuft“, sagte Putin.\n"
          .utf8),
      "b.txt": Data("Der Staats- und Parteichef Kim Jong Un grüßt den Kremlchef.\n".utf8),
    ])
  }

  /// Writes the CSVs of `corpus` (default: the one above) in `dialect` into a new folder.
  static func writeCSVs(_ dialect: CSVDialect, corpus: URL? = nil) throws -> URL {
    let folder = try Fixtures.temporaryDirectory()
    var options = ReportJob.Options(
      corpus: try corpus ?? Self.corpus(), corpusDisplay: "corpus",
      lexicons: Fixtures.url("lexicons-small"),
      lexiconsDisplay: "lexicons-small", csvDirectory: folder.appendingPathComponent("csv"),
      reportDirectory: folder.appendingPathComponent("reports"))
    options.csvDialect = dialect
    options.date = "2026-01-01"
    options.periodUnit = .month
    try ReportJob(options: options).run()
    return folder.appendingPathComponent("csv")
  }

  @Test(
    .enabled(if: soffice != nil, "needs LibreOffice (apt-get install libreoffice-calc-nogui)"),
    arguments: [(CSVDialect.rfc4180, false), (.excelDE, false), (.rfc4180, true), (.excelDE, true)])
  func libreOfficeReadsEveryCellAsWritten(dialect: CSVDialect, demo: Bool) throws {
    let csv = try Self.writeCSVs(dialect, corpus: demo ? Fixtures.demoCorpus : nil)
    let names = try FileManager.default.contentsOfDirectory(atPath: csv.path)
      .filter { $0.hasSuffix(".csv") }.sorted()
    #expect(names.count == 17)
    let out = csv.deletingLastPathComponent().appendingPathComponent("calc")
    // Separator, text delimiter ", UTF-8 (76), from line 1, and the dialect's locale: what a
    // German (1031) or English (1033) Calc chooses when the file is opened.
    let filter =
      dialect == .excelDE ? "CSV:59,34,76,1,,1031" : "CSV:44,34,76,1,,1033"
    let profile = csv.deletingLastPathComponent().appendingPathComponent("lo-profile")
    let run = try ExternalTool.run(
      try #require(Self.soffice),
      [
        "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "fods",
        "--infilter=\(filter)", "--outdir", out.path,
      ] + names.map { csv.appendingPathComponent($0).path })
    #expect(run.status == 0, "soffice: \(run.output)")
    var checkedNumbers = 0
    var checkedText = 0
    for name in names {
      let text = try String(contentsOf: csv.appendingPathComponent(name), encoding: .utf8)
      let expected = parseDelimited(
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text,
        delimiter: dialect == .excelDE ? ";" : ",")
      let sheet = try CalcSheet(
        fods: out.appendingPathComponent(name.replacingOccurrences(of: ".csv", with: ".fods")))
      #expect(sheet.rows.count >= expected.count, "\(name): rows")
      for (r, row) in expected.enumerated() {
        for (c, field) in row.enumerated() {
          let cell =
            r < sheet.rows.count && c < sheet.rows[r].count ? sheet.rows[r][c] : CalcSheet.Cell()
          let at =
            "\(dialect.rawValue) \(name) row \(r + 1) column \(c + 1) \(field.debugDescription)"
          if field.isEmpty {
            #expect(cell.type == nil, "\(at): arrived as \(cell)")
          } else if let number = Self.number(field, dialect) {
            #expect(cell.type == "float" && cell.value == number, "\(at): arrived as \(cell)")
            checkedNumbers += 1
          } else if field == "true" || field == "false" {
            // English Calc reads them as booleans; German Calc (WAHR/FALSCH) keeps the word.
            let expected = dialect == .rfc4180 ? "boolean" : "string"
            #expect(cell.type == expected, "\(at): arrived as \(cell)")
          } else if Self.isDate(field) {
            #expect(cell.type == "date" && cell.dateValue == field, "\(at): arrived as \(cell)")
          } else {
            #expect(cell.type == "string" && cell.text == field, "\(at): arrived as \(cell)")
            checkedText += 1
          }
        }
      }
    }
    #expect(checkedNumbers > 300)
    #expect(checkedText > 300)
    // The demo corpus is checked cell by cell above; the titles below are only in ours.
    if demo { return }
    // The formula-like titles arrive as text, apostrophe and all; umlauts, ß and quotes intact.
    let documents = try CalcSheet(fods: out.appendingPathComponent("documents.fods"))
    let titles = documents.rows.dropFirst().map { $0[3] }
    #expect(titles.map(\.type) == ["string", "string"])
    #expect(
      titles.map(\.text) == [
        "'=HYPERLINK(\"http://x\") Großer „Gipfel“ in Pjöngjang",
        "'+49 »Grüße« aus Moskau; -1 'Spaß' @SUMME(A1)",
      ])
  }

  /// A CSV opened in the other locale (an English file in German Calc, a German one in English
  /// Calc) must never turn a number into another number: each arrives as the same number or as
  /// visible text. Three decimals (`7.389`) were read as thousands (7389).
  @Test(
    .enabled(if: soffice != nil, "needs LibreOffice (apt-get install libreoffice-calc-nogui)"),
    arguments: [CSVDialect.rfc4180, .excelDE])
  func noNumberIsMisreadInTheOtherLocale(dialect: CSVDialect) throws {
    let csv = try Self.writeCSVs(dialect, corpus: Fixtures.demoCorpus)
    let names = try FileManager.default.contentsOfDirectory(atPath: csv.path)
      .filter { $0.hasSuffix(".csv") }.sorted()
    let out = csv.deletingLastPathComponent().appendingPathComponent("calc-other")
    // The delimiter of the file, the locale of the other dialect.
    let filter = dialect == .excelDE ? "CSV:59,34,76,1,,1033" : "CSV:44,34,76,1,,1031"
    let profile = csv.deletingLastPathComponent().appendingPathComponent("lo-profile")
    let run = try ExternalTool.run(
      try #require(Self.soffice),
      [
        "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "fods",
        "--infilter=\(filter)", "--outdir", out.path,
      ] + names.map { csv.appendingPathComponent($0).path })
    #expect(run.status == 0, "soffice: \(run.output)")
    var misread: [String] = []
    var threeDecimals = 0
    for name in names {
      let text = try String(contentsOf: csv.appendingPathComponent(name), encoding: .utf8)
      let expected = parseDelimited(
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text,
        delimiter: dialect == .excelDE ? ";" : ",")
      let sheet = try CalcSheet(
        fods: out.appendingPathComponent(name.replacingOccurrences(of: ".csv", with: ".fods")))
      for (r, row) in expected.enumerated() {
        for (c, field) in row.enumerated() {
          guard let number = Self.number(field, dialect) else { continue }
          if field.split(whereSeparator: { $0 == "." || $0 == "," }).last?.count == 3,
            field.contains(where: { $0 == "." || $0 == "," })
          {
            threeDecimals += 1
          }
          let cell =
            r < sheet.rows.count && c < sheet.rows[r].count ? sheet.rows[r][c] : CalcSheet.Cell()
          let isSame = cell.type == "float" && cell.value == number
          let isText = cell.type == "string" && cell.text == field
          if !isSame && !isText { misread.append("\(name) row \(r + 1) \(field) → \(cell)") }
        }
      }
    }
    #expect(threeDecimals == 0)
    #expect(misread.isEmpty, "\(misread.prefix(5))")
  }

  /// The number a spreadsheet in the dialect's locale reads in `field`, nil for text.
  static func number(_ field: String, _ dialect: CSVDialect) -> Double? {
    let decimal: Character = dialect == .excelDE ? "," : "."
    var body = Substring(field)
    if body.first == "-" { body = body.dropFirst() }
    let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else {
      return nil
    }
    return Double(field.replacingOccurrences(of: String(decimal), with: "."))
  }

  static func isDate(_ field: String) -> Bool {
    field.count == 10
      && field.enumerated().allSatisfy { i, c in
        i == 4 || i == 7 ? c == "-" : c.isASCII && c.isNumber
      }
  }

  @Test(
    .enabled(if: hasPandas, "needs python3 with pandas (pip install pandas)"),
    arguments: [CSVDialect.rfc4180, .excelDE])
  func pandasLoadsEveryCSVWithTheDeclaredTypes(dialect: CSVDialect) throws {
    let csv = try Self.writeCSVs(dialect)
    let script = Fixtures.packageRoot.appendingPathComponent("Tests/Tools/read-with-pandas.py")
    let run = try ExternalTool.run(
      "python3", [script.path, csv.appendingPathComponent("datapackage.json").path])
    #expect(run.status == 0, "\(run.output)")
    let lines = run.output.split(separator: "\n")
    #expect(
      lines.map { String($0.prefix { $0 != " " }) } == [
        "matches", "counts", "scores", "categories", "documents", "document-scores", "removed",
        "diagnostics",
        "shared-copy", "provenance", "tests", "intervals", "specificities", "ca-coordinates",
        "scores-by-period", "categories-by-period", "shifts",
      ])
    let scores = try #require(lines.first { $0.hasPrefix("scores ") })
    #expect(scores.contains(" documents:Int64 "))
    #expect(scores.contains(" stance_index:float64 "))
    let documents = try #require(lines.first { $0.hasPrefix("documents 2 ") })
    #expect(documents.contains(" date:datetime64"))
    #expect(documents.contains(" included:bool "))
  }
}

/// The cells of the first sheet of a LibreOffice flat XML spreadsheet (.fods).
struct CalcSheet {
  struct Cell: CustomStringConvertible {
    var type: String?
    var value: Double?
    var dateValue: String?
    var text = ""
    var description: String {
      "\(type ?? "empty") \(value.map { "\($0)" } ?? "") \(text.debugDescription)"
    }
  }

  var rows: [[Cell]] = []

  init(fods url: URL) throws {
    let document = try XMLDocument(contentsOf: url, options: [])
    guard let root = document.rootElement() else { return }
    guard let table = Self.first(root, "table") else { return }
    for row in Self.children(table, "table-row") {
      var cells: [Cell] = []
      for cell in Self.children(row, "table-cell") {
        var parsed = Cell()
        parsed.type = cell.attribute(forName: "office:value-type")?.stringValue
        parsed.value = cell.attribute(forName: "office:value")?.stringValue.flatMap(Double.init)
        parsed.dateValue = cell.attribute(forName: "office:date-value")?.stringValue
        parsed.text = Self.children(cell, "p").map(Self.text).joined(separator: "\n")
        let repeated =
          Int(cell.attribute(forName: "table:number-columns-repeated")?.stringValue ?? "") ?? 1
        cells += Array(repeating: parsed, count: min(repeated, 64))
      }
      rows.append(cells)
    }
  }

  static func localName(_ node: XMLNode) -> String {
    let name = node.name ?? ""
    return name.split(separator: ":").last.map(String.init) ?? name
  }

  static func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
    (element.children ?? []).compactMap { $0 as? XMLElement }.filter { localName($0) == name }
  }

  static func first(_ element: XMLElement, _ name: String) -> XMLElement? {
    for child in (element.children ?? []).compactMap({ $0 as? XMLElement }) {
      if localName(child) == name { return child }
      if let found = first(child, name) { return found }
    }
    return nil
  }

  /// Text of a paragraph with LibreOffice's space (`text:s`), tab and line-break elements.
  static func text(_ node: XMLNode) -> String {
    var out = ""
    for child in node.children ?? [] {
      if child.kind == .text {
        out += child.stringValue ?? ""
      } else if let element = child as? XMLElement {
        switch localName(element) {
        case "s":
          out += String(
            repeating: " ",
            count: Int(element.attribute(forName: "text:c")?.stringValue ?? "") ?? 1)
        case "tab": out += "\t"
        case "line-break": out += "\n"
        default: out += text(element)
        }
      }
    }
    return out
  }
}

/// Parses delimited text (RFC 4180 quoting) into rows.
func parseDelimited(_ text: String, delimiter: Character) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var inQuotes = false
  var chars = Array(text)[...]
  while let c = chars.popFirst() {
    if inQuotes {
      if c == "\"" {
        if chars.first == "\"" {
          field.append("\"")
          chars.removeFirst()
        } else {
          inQuotes = false
        }
      } else {
        field.append(c)
      }
    } else if c == "\"" {
      inQuotes = true
    } else if c == delimiter {
      row.append(field)
      field = ""
    } else if c == "\r\n" || c == "\n" {
      row.append(field)
      rows.append(row)
      row = []
      field = ""
    } else {
      field.append(c)
    }
  }
  if !field.isEmpty || !row.isEmpty {
    row.append(field)
    rows.append(row)
  }
  return rows
}
