import FramingReports
import Testing

@Suite struct CSVTableTests {
  func table(_ rows: [[String]]) -> String {
    var table = CSVTable(
      name: "t.csv", description: "test",
      columns: [.init("text", .string, "a text"), .init("value", .number, "a number")])
    for row in rows { table.append(row) }
    return table.csv()
  }

  @Test func quotesFieldsWithCommasQuotesAndLineBreaks() {
    #expect(
      table([["a, b", "1"], ["„Zitat“ \"x\"", "2"], ["zwei\nZeilen", "3"]])
        == "text,value\r\n\"a, b\",1\r\n\"„Zitat“ \"\"x\"\"\",2\r\n\"zwei\nZeilen\",3\r\n")
  }

  @Test(arguments: [
    ("=SUMME(A1)", "'=SUMME(A1)"), ("+49 30", "'+49 30"), ("-Kim", "'-Kim"), ("@x", "'@x"),
    ("\tx", "'\tx"), ("Kim", "Kim"),
  ])
  func neutralizesFormulaStartsInTextColumns(cell: String, written: String) {
    #expect(table([[cell, "-2.00"]]) == "text,value\r\n\(written),-2.00\r\n")
  }

  @Test func formatsNumbersWithoutLocaleAndWithoutNegativeZero() {
    #expect(NumberFormat.fixed(-0.0004, 3) == "0.000")
    #expect(NumberFormat.fixed(-1.8333, 3) == "-1.833")
    #expect(NumberFormat.fixed(1234.5, 1) == "1234.5")
    #expect(NumberFormat.fixed(nil, 2) == "")
  }

  @Test(arguments: [
    ("Kölner Stadt-Anzeiger", "koelner-stadt-anzeiger"), ("../../x", "x"), ("CON", "con-outlet"),
    ("20 Minuten", "20-minuten"), ("", "outlet"),
    ("unbekannt (dpa-Material)", "unbekannt-dpa-material"),
  ])
  func slugsAreSafeFileNames(name: String, slug: String) {
    #expect(Markdown.slug(name) == slug)
  }

  @Test func longOutletNamesGiveBoundedDistinctSlugs() {
    // Issue 22: a 250-character outlet name ended the run with "The file name is invalid".
    let long = String(repeating: "Nordstadt Kurier ", count: 15)
    let a = Markdown.slug(long + "A")
    let b = Markdown.slug(long + "B")
    #expect(a.count == 80)
    #expect(a.hasPrefix("nordstadt-kurier-nordstadt-kurier-"))
    #expect(a != b)
    #expect(a.dropLast(9) == b.dropLast(9))
    #expect(a.range(of: "-[0-9a-f]{8}$", options: .regularExpression) != nil)
    #expect(Markdown.slug(String(repeating: "ä", count: 300)).count == 80)
    #expect(Markdown.slug(String(repeating: "x", count: 80)) == String(repeating: "x", count: 80))
  }

  @Test func escapesMarkdownInArticleText() {
    #expect(
      Markdown.escapeCell("a | b `c` [d](e) <script>") == "a \\| b \\`c\\` \\[d\\](e) \\<script\\>")
  }
}

@Suite struct CSVDialectTests {
  func table() -> CSVTable {
    var table = CSVTable(
      name: "t.csv", description: "test",
      columns: [
        .init("text", .string, "a text"), .init("value", .number, "a number"),
        .init("n", .integer, "a count"),
      ])
    table.append(["Grüße; „Zitat“", "-1.25", "3"])
    table.append(["=1+1", "0.5", "12"])
    return table
  }

  @Test func excelGermanUsesByteOrderMarkSemicolonAndDecimalComma() {
    #expect(
      table().csv(.excelDE)
        == "\u{FEFF}text;value;n\r\n\"Grüße; „Zitat“\";-1,25;3\r\n'=1+1;0,5;12\r\n")
  }

  @Test func defaultDialectKeepsCommaAndPoint() {
    #expect(table().csv() == "text,value,n\r\nGrüße; „Zitat“,-1.25,3\r\n'=1+1,0.5,12\r\n")
  }
}

@Suite struct MarkdownCodeTests {
  @Test func codeSpansKeepTextAsWrittenAndFenceBackticks() {
    #expect(Markdown.code("spiegel/2024_06_19.txt") == "`spiegel/2024_06_19.txt`")
    #expect(Markdown.code("a`b") == "``a`b``")
    #expect(Markdown.code("a|b") == "`a\\|b`")
  }
}

@Suite struct UnambiguousNumberTests {
  @Test(arguments: [
    ("7.389", "7.3890"), ("-0.389", "-0.3890"), ("1234.567", "1234.5670"), ("7.38", "7.38"),
    ("7.3890", "7.3890"), ("7", "7"), ("1234", "1234"), ("", ""), ("1.5e-12", "1.5e-12"),
    (".389", ".389"), ("-.389", "-.389"),
  ])
  func givesThreeDecimalsAFourth(written: String, expected: String) {
    #expect(NumberFormat.unambiguous(written) == expected)
  }

  @Test func numberColumnsNeverEndInThreeDecimalsInEitherDialect() {
    var table = CSVTable(
      name: "t.csv", description: "",
      columns: [.init("rate", .number, ""), .init("text", .string, "")])
    table.append(["7.389", "7.389"])
    #expect(table.csv(.rfc4180) == "rate,text\r\n7.3890,7.389\r\n")
    #expect(table.csv(.excelDE) == "\u{FEFF}rate;text\r\n7,3890;7.389\r\n")
  }
}
