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
}
