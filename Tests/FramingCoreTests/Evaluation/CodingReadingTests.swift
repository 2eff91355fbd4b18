import FramingCore
import Testing

@Suite struct CodingReadingTests {
  @Test func readsAnOccurrenceCoding() throws {
    let csv = """
      document,start,end,target,entry,voice,distanced,speaker,case,text
      a/x.txt,4,12,kim-jong-un,Diktator,author,false,,apposition-before,Diktator
      a/x.txt,20,36,war-names,Spezialoperation,quote,,Wladimir Putin,partial-quote;quote-marked,Spezialoperation

      """
    let coding = try Coding.parse(csv, file: "gold.csv")
    #expect(coding.level == .occurrence)
    #expect(coding.occurrences.count == 2)
    let second = coding.occurrences[1]
    #expect(second.voice == .quote && second.speaker == "Wladimir Putin")
    #expect(second.cases == ["partial-quote", "quote-marked"])
    #expect(second.line == 3)
    #expect(coding.targets == ["kim-jong-un", "war-names"])
    // Occurrences tally into cells.
    #expect(coding.counts.map(\.count) == [1, 1])
  }

  @Test func readsACountCodingWithAByteOrderMark() throws {
    let csv =
      "\u{FEFF}document,target,entry,voice,count\r\nb.txt,wladimir-putin,Kremlchef,author,3\r\n"
    let coding = try Coding.parse(csv, file: "tally.csv")
    #expect(coding.level == .count)
    #expect(coding.counts.first?.count == 3)
    #expect(coding.counts.first?.key.entry == "Kremlchef")
  }

  @Test func reportsEveryBadRowWithItsLine() {
    let csv = """
      document,start,end,target,entry,voice
      a.txt,4,2,kim-jong-un,Diktator,author
      a.txt,x,9,kim-jong-un,Diktator,author
      a.txt,1,9,kim-jong-un,Diktator,zitat
      a.txt,1,9,,Diktator,author
      a.txt,1,9,kim-jong-un

      """
    do {
      _ = try Coding.parse(csv, file: "gold.csv")
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.diagnostics.map(\.description) == [
          "gold.csv:2: error: end 2 is not after start 4",
          "gold.csv:3: error: 'start' must be a whole number ≥ 0, not 'x'",
          "gold.csv:4: error: unknown voice 'zitat' (author, quote or reported; distancing goes in 'distanced')",
          "gold.csv:5: error: empty 'target'",
          "gold.csv:6: error: row has 4 fields, the header has 6",
        ])
    }
  }

  @Test func namesMissingColumnsAndEmptyFiles() {
    #expect(throws: DiagnosticFailure.self) { try Coding.parse("", file: "e.csv") }
    do {
      _ = try Coding.parse("document,start,end,target\n", file: "g.csv")
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.description
          == "g.csv:1: error: coding header lacks columns 'entry', 'voice' (occurrence level: document,start,end,target,entry,voice; count level: document,target,entry,voice,count)"
      )
    }
  }

  @Test func refusesADuplicateCountCell() {
    let csv =
      "document,target,entry,voice,count\nb.txt,sourcing,dpa,author,1\nb.txt,sourcing,dpa,author,2\n"
    do {
      _ = try Coding.parse(csv, file: "t.csv")
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.description
          == "t.csv:3: error: duplicate cell (document, target, entry, voice, distanced) first given on line 2"
      )
    }
  }
}
