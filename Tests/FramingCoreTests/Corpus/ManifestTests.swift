import Testing

@testable import FramingCore

@Suite struct ManifestTests {
  @Test func readsRowsAndKeepsExtraColumnsAsMetadata() throws {
    let text =
      "file,outlet,date,title,url,section\r\na.txt,Kurier,2024-06-19,\"Titel, mit Komma\",https://example.org/a,Politik\r\n"
    let manifest = try Manifest.parse(text, file: "m.csv")
    #expect(manifest.diagnostics.isEmpty)
    #expect(manifest.rows.count == 1)
    let source = try #require(manifest.rows.first?.source)
    #expect(source.title == "Titel, mit Komma")
    #expect(source.url == "https://example.org/a")
    #expect(source.metadata == [DocumentSource.Field(name: "section", value: "Politik")])
    #expect(source.manifestLine == 2)
  }

  @Test func reportsBadRowsWithTheirLinesAndGoesOn() throws {
    let text = """
      file,outlet,date,title
      a.txt,Kurier,2024-06-19,A
      a.txt,Kurier,2024-06-19,A again
      b.txt,Kurier,2024-02-30,B
      c.txt,,2024-06-19,C
      e.txt,Kurier,2024-06-19
      "f.txt",Blatt,2024-06-20,"Zwei
      Zeilen"
      g.txt,Blatt,,G
      """
    let manifest = try Manifest.parse(text, file: "m.csv")
    #expect(manifest.rows.map(\.file) == ["a.txt", "b.txt", "f.txt", "g.txt"])
    #expect(manifest.rows.map(\.line) == [2, 4, 7, 9])
    #expect(manifest.rows.map(\.source.date) == ["2024-06-19", "", "2024-06-20", ""])
    #expect(
      manifest.diagnostics.map(\.description) == [
        "m.csv:3: warning: duplicate row for 'a.txt' (first listed on line 2) (manifest row skipped)",
        "m.csv:4: warning: bad date '2024-02-30' for 'b.txt' (expected yyyy-mm-dd or dd.mm.yyyy); the document is kept without a date",
        "m.csv:5: warning: empty 'outlet' for 'c.txt' (document skipped)",
        "m.csv:6: warning: row has 3 fields, the header has 4 (manifest row skipped)",
      ])
  }

  @Test func failsWithoutRequiredColumns() {
    #expect(throws: DiagnosticFailure.self) {
      try Manifest.parse("file,outlet\na.txt,X\n", file: "m.csv")
    }
    do {
      _ = try Manifest.parse("file,outlet\na.txt,X\n", file: "m.csv")
    } catch {
      #expect(
        error.description
          == "m.csv:1: error: manifest header lacks columns 'date', 'title' (needs file,outlet,date,title, optional url and more)"
      )
    }
  }

  @Test(arguments: [
    ("2024-06-19", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false),
    ("19.06.2024", false), ("2024-6-19", false),
  ])
  func validatesCalendarDates(text: String, isValid: Bool) {
    #expect(ISODate.isValid(text) == isValid)
  }

  @Test(arguments: [
    ("19.06.2024", "2024-06-19"), ("1.6.2024", "2024-06-01"), ("2024-06-19", "2024-06-19"),
    ("30.02.2024", nil), ("19.06.24", nil), ("06/19/2024", nil), ("19.06.2024 10:00", nil),
  ])
  func readsISOAndGermanDates(text: String, expected: String?) {
    #expect(ISODate.read(text) == expected)
  }

  @Test func readsASemicolonManifestWithGermanDatesAsGermanExcelSavesIt() throws {
    let text =
      "\u{FEFF}file;outlet;date;title\r\na.txt;Kurier;19.06.2024;Titel, mit Komma\r\nb.txt;Blatt;1.9.2023;\"B; mit Semikolon\"\r\n"
    let manifest = try Manifest.parse(text, file: "m.csv")
    #expect(manifest.diagnostics.isEmpty)
    #expect(manifest.rows.map(\.source.date) == ["2024-06-19", "2023-09-01"])
    #expect(manifest.rows.map(\.source.title) == ["Titel, mit Komma", "B; mit Semikolon"])
  }

  @Test func keepsADocumentWithAnUnreadableDateUndated() throws {
    let text = "file,outlet,date,title\na.txt,Kurier,June 2024,A\nb.txt,Kurier,2024-06-20,B\n"
    let manifest = try Manifest.parse(text, file: "m.csv")
    #expect(manifest.rows.map(\.file) == ["a.txt", "b.txt"])
    #expect(manifest.rows.map(\.source.date) == ["", "2024-06-20"])
    #expect(
      manifest.diagnostics.map(\.description) == [
        "m.csv:2: warning: bad date 'June 2024' for 'a.txt' (expected yyyy-mm-dd or dd.mm.yyyy); the document is kept without a date"
      ])
  }

  @Test(arguments: [
    // No quote closes it: the rest of the file would be its title.
    "file,outlet,date,title\na.txt,Kurier,2024-06-19,\"A\nb.txt,Kurier,2024-06-20,B\n",
    // A later row's opening quote closes it: row 3 would vanish into row 2's title.
    "file,outlet,date,title\na.txt,Kurier,2024-06-19,\"A\nb.txt,Kurier,2024-06-20,B\nc.txt,Kurier,2024-06-21,\"C\"\n",
  ])
  func anUnterminatedQuoteIsAnErrorWithItsLine(text: String) {
    do {
      let manifest = try Manifest.parse(text, file: "m.csv")
      Issue.record("expected an error, got rows \(manifest.rows.map(\.source.title))")
    } catch {
      #expect(
        error.description
          == "m.csv:2: error: a quoted field opened on this line is never properly closed (it would take in the rows after it); close the quote or remove it"
      )
    }
  }

  @Test func quotesClosedOnALaterLineAndDoubledQuotesAreNoError() throws {
    let text =
      "file,outlet,date,title\na.txt,Kurier,2024-06-19,\"Zwei\nZeilen \"\"zitiert\"\"\"\nb.txt,Kurier,2024-06-20,B \"x\"\n"
    let manifest = try Manifest.parse(text, file: "m.csv")
    #expect(manifest.rows.map(\.source.title) == ["Zwei\nZeilen \"zitiert\"", "B \"x\""])
  }
}

@Suite struct ManifestErrorTests {
  @Test func everyManifestProblemIsAReasonRenderedAsADiagnostic() throws {
    let text = """
      file,outlet,date,title
      a.txt,Blatt,2024-06-19,A
      a.txt,Blatt,2024-06-19,A
      b.txt,,2024-06-19,B
      c.txt,Blatt,19.6.2024x,C
      d.txt,Blatt

      """
    let manifest = try Manifest.parse(text, file: "manifest.csv")
    let expected: [ManifestError] = [
      ManifestError(
        .duplicateRow(path: "a.txt", firstLine: 2),
        at: SourceLocation(file: "manifest.csv", line: 3)),
      ManifestError(.emptyOutlet(path: "b.txt"), at: SourceLocation(file: "manifest.csv", line: 4)),
      ManifestError(
        .badDate(date: "19.6.2024x", path: "c.txt"),
        at: SourceLocation(file: "manifest.csv", line: 5)),
      ManifestError(
        .fieldCount(found: 2, expected: 4), at: SourceLocation(file: "manifest.csv", line: 6)),
    ]
    #expect(manifest.diagnostics == expected.map(\.diagnostic))
    #expect(
      expected.map(\.description) == [
        "manifest.csv:3: warning: duplicate row for 'a.txt' (first listed on line 2) (manifest row skipped)",
        "manifest.csv:4: warning: empty 'outlet' for 'b.txt' (document skipped)",
        "manifest.csv:5: warning: bad date '19.6.2024x' for 'c.txt' (expected yyyy-mm-dd or dd.mm.yyyy); the document is kept without a date",
        "manifest.csv:6: warning: row has 2 fields, the header has 4 (manifest row skipped)",
      ])
    #expect(
      ManifestError(
        .pathOutsideCorpus(path: "../x.txt"), at: SourceLocation(file: "m.csv", line: 2)
      )
      .severity == .error)
  }
}
