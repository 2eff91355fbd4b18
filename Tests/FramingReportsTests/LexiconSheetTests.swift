import Testing

@testable import FramingReports

@Suite struct LexiconSheetTests {
  @Test func neutralizedFormulaCellsReadBack() throws {
    #expect(LexiconSheet.unneutralized("'=Kim") == "=Kim")
    #expect(LexiconSheet.unneutralized("'-2") == "-2")
    #expect(LexiconSheet.unneutralized("'Kim") == "'Kim")
    let sheet = try LexiconSheet.read(
      "\u{FEFF}module;category;term;patterns;note;weight\r\nm;c;T;'=Kim | *wort;n;-1,5\r\n",
      file: "s.csv")
    #expect(sheet.rows.first?.draft.patterns == ["=Kim", "*wort"])
    #expect(sheet.rows.first?.weight == -1.5)
    #expect(sheet.rows.first?.line == 2)
  }

  @Test func aNoteStartingWithApostropheAndEqualsSurvivesExportAndImport() throws {
    for note in ["'=Formel im Text", "''+49", "'Kim", "=SUMME(A1)", "-Kim"] {
      var table = CSVTable(name: "s.csv", description: "", columns: LexiconSheet.columns)
      table.append(["m", "c", "", "", "T", "", "false", "false", "", note, ""])
      for dialect in CSVDialect.allCases {
        let sheet = try LexiconSheet.read(table.csv(dialect), file: "s.csv")
        #expect(sheet.rows.first?.draft.note == note, "\(dialect): \(table.csv(dialect))")
      }
    }
  }

  @Test(arguments: [
    "Err:509", "Err:502", "#NAME?", "#WERT!", "#DIV/0!", "#REF!", "#BEZUG!", " #N/A ",
  ])
  func recognizesSpreadsheetErrorValues(cell: String) {
    #expect(LexiconSheet.isErrorValue(cell))
  }

  @Test(arguments: ["Err:", "Errata", "#Hashtag", "Kim", "#1", "Err:50x"])
  func leavesOtherTextAlone(cell: String) {
    #expect(!LexiconSheet.isErrorValue(cell))
  }
}
