import Foundation
import FramingCore
import FramingJobs
import FramingReports
import FramingStatistics
import FramingTestSupport
import Testing

@Suite struct AuditJobTests {
  static func sample(seed: UInt64, perEntry: Int) throws -> CSVTable {
    var options = AuditJob.SampleOptions(
      corpus: Fixtures.demoCorpus, corpusDisplay: "notebooks-data/corpus",
      lexicons: Fixtures.lexicons, lexiconsDisplay: "lexicons")
    options.seed = seed
    options.perEntry = perEntry
    options.jobs = 2
    var diagnostics: [Diagnostic] = []
    return try AuditJob.sample(options, diagnostics: &diagnostics)
  }

  @Test func samplesAtMostNPerEntryTheSameWayEachTime() throws {
    let a = try Self.sample(seed: 7, perEntry: 2)
    let b = try Self.sample(seed: 7, perEntry: 2)
    #expect(a.csv() == b.csv())
    var perEntry: [String: Int] = [:]
    for row in a.rows { perEntry[row[1] + "/" + row[2], default: 0] += 1 }
    #expect(perEntry.values.allSatisfy { $0 <= 2 })
    // Diktator has more than two counted uses in the demo corpus: exactly two are drawn.
    #expect(perEntry["kim-jong-un-labels/Diktator"] == 2)
    #expect(Set(a.rows.map { $0[0] }).count == a.rows.count)
    #expect(a.rows.allSatisfy { $0[10] != "not-target" && $0[15].isEmpty })
    #expect(a.rows.allSatisfy { $0[14].contains("⟦" + $0[11] + "⟧") })
    // With room for every match, the sample is every counted match.
    let all = try Self.sample(seed: 1, perEntry: 1000)
    let other = try Self.sample(seed: 2, perEntry: 1000)
    #expect(all.csv() == other.csv())
  }

  @Test func scoresAMarkedSheet() throws {
    let sheet = """
      id;module;entry;correct;note
      a;kim-jong-un-labels;Führer;ja;
      b;kim-jong-un-labels;Führer;nein;Verb führen
      c;kim-jong-un-labels;Führer;ja;
      d;kim-jong-un-labels;Führer;ja;
      e;war-names;Invasion;;
      f;war-names;Offensive;no;ukrainische Offensive

      """
    let rows = try AuditJob.score(sheet, file: "sheet.csv", threshold: 0.8)
    #expect(rows.map(\.entry) == ["Führer", "Invasion", "Offensive"])
    #expect(rows[0].precision == 0.75 && rows[0].judged == 4 && rows[0].isBelow)
    #expect(rows[1].judged == 0 && rows[1].precision == nil)
    #expect(rows[2].precision == 0 && rows[2].isClearlyBelow)
    let report = AuditReport(rows: rows, threshold: 0.8, sheet: "sheet.csv")
    #expect(
      report.markdown().contains(
        "| `kim-jong-un-labels` | Führer | 4 | 3 | 0.750 | [0.301, 0.954] | **below** |"))
  }

  @Test func aValueThatIsNeitherYesNorNoNamesItsLine() {
    let sheet = "module,entry,correct\nkim-jong-un-labels,Diktator,vielleicht\n"
    do {
      _ = try AuditJob.score(sheet, file: "sheet.csv", threshold: 0.8)
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.description
          == "sheet.csv:2: error: cannot read correct = 'vielleicht' (yes or no; empty when not judged)"
      )
    }
  }
}

@Suite struct AgreementJobTests {
  @Test func twoCodersAgreeAsKrippendorffCounts() throws {
    let a = """
      document,start,end,target,entry,voice
      d.txt,0,8,kim-jong-un,Diktator,author
      d.txt,10,18,kim-jong-un,Diktatoren,author
      d.txt,20,28,war-names,Invasion,quote
      d.txt,30,38,sourcing,dpa,author

      """
    let b = """
      document,start,end,target,entry,voice
      d.txt,0,8,kim-jong-un,Diktator,author
      d.txt,10,18,kim-jong-un,Diktator,author
      d.txt,20,28,war-names,Invasion,author

      """
    let root = try Fixtures.makeFolder(["a.csv": Data(a.utf8), "b.csv": Data(b.utf8)])
    let options = AgreementJob.Options(
      codingA: root.appendingPathComponent("a.csv"), codingADisplay: "a.csv",
      codingB: root.appendingPathComponent("b.csv"), codingBDisplay: "b.csv",
      lexicons: Fixtures.lexicons, lexiconsDisplay: "lexicons")
    let outcome = try AgreementJob(options: options).run()
    // Units (target:voice) B vs A: kim:author ×2 agree, war:author vs war:quote, none vs sourcing.
    // python3 krippendorff.alpha(reliability_data=[[1,1,2,3],[1,1,4,5]], level_of_measurement='nominal')
    //   → 0.36363636363636354 (A: 1=kim:author 2=war:quote 3=sourcing:author; B: 4=war:author 5=none)
    let alpha = try #require(outcome.statistics.alphas.first { $0.name == "target and voice" })
    #expect(abs((alpha.value ?? 0) - 0.36363636363636354) < 1e-12)
    #expect(outcome.percentAgreement == 0.5)
    // "Diktatoren" and "Diktator" are one entry once resolved.
    #expect(outcome.statistics.row("exact", .all, "all")?.matched == 2)
  }
}
