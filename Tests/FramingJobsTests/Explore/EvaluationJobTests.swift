import Foundation
import FramingCore
import FramingJobs
import FramingStatistics
import FramingTestSupport
import Testing

/// Offsets (Unicode scalars) of the n-th occurrence of `needle` in `text`.
func span(_ needle: String, in text: String, _ n: Int = 1) -> (Int, Int) {
  let scalars = Array(text.unicodeScalars)
  let pattern = Array(needle.unicodeScalars)
  var seen = 0
  for i in 0...(scalars.count - pattern.count)
  where Array(scalars[i..<(i + pattern.count)]) == pattern {
    seen += 1
    if seen == n { return (i, i + pattern.count) }
  }
  return (-1, -1)
}

@Suite struct EvaluationJobTests {
  static let article =
    "Nordkoreas Machthaber Kim Jong Un empfing Kremlchef Wladimir Putin. Die beiden Diktatoren sprachen über den Angriffskrieg. Putin nannte ihn einen Despoten. Der Gastgeber lächelte.\n"

  /// A one-article corpus and a gold coding of it; returns the job's options.
  static func fixture(gold rows: [String]) throws -> EvaluationJob.Options {
    let manifest = "file,outlet,date,title\nmorgen/a.txt,Morgen,2024-06-19,Gipfel\n"
    let gold =
      "document,start,end,target,entry,voice,distanced,speaker,case,text\n"
      + rows.joined(separator: "\n") + "\n"
    let root = try Fixtures.makeFolder([
      "corpus/manifest.csv": Data(manifest.utf8), "corpus/morgen/a.txt": Data(article.utf8),
      "gold.csv": Data(gold.utf8),
    ])
    var options = EvaluationJob.Options(
      gold: root.appendingPathComponent("gold.csv"), goldDisplay: "gold.csv",
      corpus: root.appendingPathComponent("corpus"), corpusDisplay: "corpus",
      lexicons: Fixtures.lexicons, lexiconsDisplay: "lexicons")
    options.jobs = 1
    options.date = "2026-01-01"
    return options
  }

  static func row(
    _ text: String, _ target: String, _ n: Int = 1, voice: String = "author", cases: String = ""
  ) -> String {
    let (s, e) = span(text, in: article, n)
    return "morgen/a.txt,\(s),\(e),\(target),\(text),\(voice),false,,\(cases),\(text)"
  }

  @Test func measuresTheAnalysisAgainstTheGold() throws {
    let options = try Self.fixture(gold: [
      Self.row("Nordkoreas", "north-korea-names"), Self.row("Machthaber", "kim-jong-un"),
      Self.row("Kremlchef", "wladimir-putin"),
      Self.row("Diktatoren", "kim-jong-un", cases: "plural"),
      Self.row("Diktatoren", "wladimir-putin", cases: "plural"),
      Self.row("Angriffskrieg", "war-names"),
      // What Putin calls him is Putin's word: reported by the naming verb.
      Self.row("Despoten", "kim-jong-un", voice: "reported", cases: "predicative"),
      // "Gastgeber" is no entry of the lexicon: a label the tool cannot find.
      Self.row("Gastgeber", "kim-jong-un", cases: "definite-reference"),
    ])
    let outcome = try EvaluationJob(options: options).run()
    let s = outcome.statistics
    // 7 of 8 gold occurrences found (the plural for both actors, the predicative object "ihn"
    // for Kim, not for the subject Putin), no false positive.
    let found = try #require(s.row("found", .all, "all"))
    #expect([found.matched, found.test, found.reference] as [Int] == [7, 7, 8])
    #expect(found.precision == 1)
    #expect(abs((found.recall ?? 0) - 7.0 / 8.0) < 1e-12)
    #expect(s.cases.first { $0.tag == "plural" }?.found == 2)
    #expect(s.cases.first { $0.tag == "definite-reference" }?.found == 0)
    // Gold "Diktatoren" resolves to the lexicon term "Diktator"; "Nordkoreas" to "Nordkorea".
    #expect(s.row("found", .entry, "kim-jong-un · Diktator")?.reference == 1)
    #expect(s.row("exact", .all, "all")?.matched == 7)
    #expect(outcome.comparison.findings.filter { $0.kind == .falseNegative }.count == 1)
    #expect(outcome.comparison.findings.filter { $0.kind == .falsePositive }.isEmpty)
    let files = Dictionary(uniqueKeysWithValues: outcome.report.files(dialect: .rfc4180))
    let markdown = try #require(files["evaluation.md"])
    #expect(
      markdown.contains(
        "| found (span and target) | 1.000 | [0.646, 1.000] | 0.875 | [0.529, 0.978] | 0.933 | 7 | 7 | 8 |"
      ))
    #expect(markdown.contains("Putin nannte ihn einen Despoten. Der ⟦Gastgeber⟧ lächelte."))
    #expect(
      try #require(files["evaluation_findings.csv"]).contains(
        "false negative,morgen/a.txt,Morgen,kim-jong-un,"))
  }

  // Wilson intervals, z = norm.ppf(0.975) from scipy: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²))
  // / (1 + z²/n) → (7, 7): (0.6457, 1.0); (7, 8): (0.5291, 0.9776).
  @Test func goldTextMustMatchTheDocument() throws {
    let (s, e) = span("Machthaber", in: Self.article)
    let options = try Self.fixture(gold: [
      "morgen/a.txt,\(s),\(e),kim-jong-un,Diktator,author,false,,,Diktator",
      "morgen/b.txt,0,4,kim-jong-un,Diktator,author,false,,,",
      "morgen/a.txt,0,9999,kim-jong-un,Diktator,author,false,,,",
    ])
    do {
      try EvaluationJob(options: options).run()
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.description.split(separator: "\n").map(String.init) == [
          "gold.csv:2: error: text 'Diktator' differs from the document's 'Machthaber' at \(s)..<\(e) (offsets count Unicode code points of the decoded article)",
          "gold.csv:3: error: document 'morgen/b.txt' is not in the corpus corpus",
          "gold.csv:4: error: span 0..<9999 runs past the end of 'morgen/a.txt' (180 code points)",
        ])
    }
  }

  @Test func aTargetWithoutAModuleIsAnError() throws {
    var options = try Self.fixture(gold: [
      Self.row("Machthaber", "kim-jong-un"), Self.row("Kremlchef", "vladimir-putin"),
    ])
    do {
      try EvaluationJob(options: options).run()
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.description
          == "gold.csv:3: error: unknown target 'vladimir-putin' (an actor id or module id of the lexicons: distancing, kim-jong-un, north-korea-names, sourcing, war-names, west-hegemony, wladimir-putin; or 'other')"
      )
    }
    options.scope = ["kim-jong-un", "xi-jinping"]
    #expect(throws: JobFailure.self) { try EvaluationJob(options: options).run() }
  }

  @Test func countLevelGoldComparesCells() throws {
    var options = try Self.fixture(gold: [])
    let tally =
      "document,target,entry,voice,count\nmorgen/a.txt,kim-jong-un,Machthaber,author,2\nmorgen/a.txt,war-names,Angriffskriege,author,1\n"
    try Data(tally.utf8).write(to: options.gold)
    options.goldDisplay = "tally.csv"
    let s = try EvaluationJob(options: options).run().statistics
    // Machthaber: tool 1, gold 2 → 1 matched; "Angriffskriege" resolves to Angriffskrieg.
    let all = try #require(s.row("found", .all, "all"))
    #expect([all.matched, all.reference] as [Int] == [2, 3])
    #expect(s.row("found", .entry, "war-names · Angriffskrieg")?.matched == 1)
  }
}
