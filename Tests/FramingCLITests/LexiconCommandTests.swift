import Foundation
import FramingCore
import FramingTestSupport
import Testing

/// The lexicon workflow as a new user runs it: the built binary on a copy of the lexicons.
@Suite struct LexiconCommandTests {
  static let binary = BinaryTests.binary

  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(_ arguments: [String], in folder: URL = Fixtures.packageRoot) throws -> Output {
    let process = Process()
    process.executableURL = try #require(Self.binary)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe()
    let errors = Pipe()
    process.standardOutput = out
    process.standardError = errors
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A work folder holding a copy of the bundled lexicons as `lexicons/`.
  func workFolder() throws -> URL {
    let work = try Fixtures.temporaryDirectory()
    try FileManager.default.copyItem(
      at: Fixtures.lexicons, to: work.appendingPathComponent("lexicons"))
    return work
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func addRefusesADuplicateAndThenAddsWithoutTouchingYAML() throws {
    let work = try workFolder()
    let duplicate = try run(
      ["lexicon", "add", "labels", "critical", "machthaber", "--note", "again"], in: work)
    #expect(duplicate.status == 1)
    #expect(
      duplicate.stderr
        == "lexicons/de/10-person-labels.yaml: error: duplicate term 'machthaber' (first defined at lexicons/de/10-person-labels.yaml:108:15)\n"
    )
    // A module made from the shared inventory is not edited by its own id: the message says
    // which file to edit.
    let made = try run(
      ["lexicon", "add", "kim-jong-un-labels", "critical", "Neuwort", "--note", "x"], in: work)
    #expect(made.status == 1)
    #expect(made.stderr.contains("made from the shared inventory 'labels'"))
    let added = try run(
      [
        "lexicon", "add", "labels", "delegitimizing", "Gewaltherrscher Kim", "--pattern",
        "Gewaltherrscher =Kim", "--note", "Names him as ruler by force.",
      ], in: work)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.hasPrefix("added 'Gewaltherrscher Kim' to labels/delegitimizing"))
    let shown = try run(["lexicon", "show", "kim-jong-un-labels"], in: work)
    let line = shown.stdout.components(separatedBy: "\n").first {
      $0.hasPrefix("Gewaltherrscher Kim ")
    }
    #expect(line?.contains(" Gewaltherrscher =Kim ") == true)
    #expect(shown.stdout.contains("delegitimizing (Delegitimierend, weight -2)"))
    let validated = try run(["lexicon", "validate"], in: work)
    #expect(validated.stdout.contains("8 files valid: 7 modules"))
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func aLIWCDictionaryBecomesAModule() throws {
    let work = try workFolder()
    let dic = "%\n1\tBedrohung\n%\nangriff*\t1\nbombe\t1\n:-(\t1\n"
    try Data(dic.utf8).write(to: work.appendingPathComponent("bedrohung.dic"))
    let result = try run(
      [
        "lexicon", "import", "bedrohung.dic", "--id", "threat", "--weight", "bedrohung=-1",
        "--output", "lexicons/de/80-threat.yaml",
      ], in: work)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == """
        bedrohung.dic:6: note: ':-(': ':-(' has no letters (emoticons and punctuation cannot be matched) (term skipped)
        1 category and 2 terms carried over; 1 not (listed above)
        wrote module 'threat' to lexicons/de/80-threat.yaml

        """)
    let list = try run(["lexicon", "list"], in: work)
    #expect(list.stdout.contains("threat "))
    #expect(list.stdout.contains("8 modules"))
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func newWritesAValidModuleAfterTheLastNumberedOne() throws {
    let work = try workFolder()
    let made = try run(["lexicon", "new", "threat-words", "--title", "Bedrohung"], in: work)
    #expect(made.status == 0, "\(made.stderr)")
    #expect(
      made.stdout
        == "wrote module 'threat-words' to lexicons/de/80-threat-words.yaml; replace its TODOs, then add entries\n"
    )
    let added = try run(
      ["lexicon", "add", "threat-words", "negative", "Bedrohung", "--note", "Names a threat."],
      in: work)
    #expect(added.status == 0, "\(added.stderr)")
    let validate = try run(["lexicon", "validate"], in: work)
    #expect(validate.status == 0, "\(validate.stderr)")
    let module = try LexiconFolder(
      directory: work.appendingPathComponent("lexicons"), displayPath: "lexicons"
    ).module("threat-words")
    #expect(module.title == "Bedrohung")
    #expect(module.categories.map(\.id) == ["negative", "neutral", "positive"])
    #expect(module.entries.map(\.term) == ["Bedrohung"])
    let again = try run(["lexicon", "new", "threat-words"], in: work)
    #expect(again.status == 1)
    #expect(
      again.stderr == "error: module id 'threat-words' exists in lexicons; choose another id\n")
  }

  /// The edit's own account of changed counts (`add --corpus`) and `framing diff` of the reports
  /// before and after it say the same.
  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func addWithCorpusAndDiffOfTwoReportsAgree() throws {
    let work = try workFolder()
    let corpus = Fixtures.demoCorpus.path
    let quick = ["--resamples", "10", "--simulations", "100", "--quiet", "--jobs", "1"]
    let before = try run(
      ["report", corpus, "--csv-dir", "before", "--report-dir", "before-reports"] + quick, in: work)
    #expect(before.status == 0, "\(before.stderr)")
    let added = try run(
      [
        "lexicon", "add", "labels", "critical", "Gastgeber", "--note", "Host.", "--corpus", corpus,
        "--jobs", "1",
      ], in: work)
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.contains("Gastgeber"))
    #expect(added.stdout.hasSuffix("counts on \(corpus): 2 entries changed\n"))
    let after = try run(
      ["report", corpus, "--csv-dir", "after", "--report-dir", "after-reports"] + quick, in: work)
    #expect(after.status == 0, "\(after.stderr)")
    let diff = try run(["diff", "before", "after", "--output", "changes"], in: work)
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("2 entries and 2 scores changed in 2 modules"))
    let entries = try String(
      contentsOf: work.appendingPathComponent("changes/diff_entries.csv"), encoding: .utf8)
    #expect(
      entries.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map {
        $0.split(separator: ",").prefix(3).joined(separator: ",")
      } == [
        "Rheinische Rundschau,kim-jong-un-labels,Gastgeber",
        "Rheinische Rundschau,wladimir-putin-labels,Gastgeber",
      ])
    let same = try run(["diff", "before", "before"], in: work)
    #expect(same.stdout == "0 entries and 0 scores changed in 0 modules\n")
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func kwicWritesCSVWithOffsets() throws {
    let result = try run(["kwic", "Machthaber", "--csv", "-", "--jobs", "1"])
    #expect(result.status == 0)
    let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(
      lines.first
        == "document,outlet,date,module,entry,voice,speaker,speaker_kind,voice_rule,referent,rule,status,left,match,right,start,end,line,column"
    )
    #expect(lines.count == 7)
    #expect(lines.allSatisfy { $0 == lines[0] || $0.contains(",Machthaber,") })
  }

  /// Alternatives used to give 0 matches without a word; one match was "1 matches".
  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func kwicTakesAlternativesAndFiltersAndCountsInTheSingular() throws {
    let both = try run(["kwic", "Diktator|Machthaber", "--jobs", "1"])
    #expect(both.status == 0)
    #expect(both.stdout.hasSuffix("\n11 matches of 'Diktator|Machthaber' in 6 documents\n"))
    let one = try run(["kwic", "Machthaber", "--outlet", "Alpenpost", "--jobs", "1"])
    #expect(one.stdout.hasSuffix("\n1 match of 'Machthaber' in 1 document of outlet 'Alpenpost'\n"))
    let entry = try run([
      "kwic", "--module", "kim-jong-un-labels", "--entry", "Diktator", "--outlet",
      "Nordstadt Kurier", "--csv", "-", "--jobs", "1",
    ])
    #expect(entry.status == 0, "\(entry.stderr)")
    let rows = entry.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(rows.count == 5)
    #expect(
      rows.allSatisfy {
        $0.contains(",Nordstadt Kurier,") && $0.contains(",kim-jong-un-labels,Diktator,")
      })
    #expect(rows.contains { $0.contains(",Kim Jong Un,apposition,counted,") })
    let unknown = try run(["kwic", "--entry", "Diktatr"])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr.contains("error: no entry 'Diktatr' in this module (did you mean 'Diktator'?)")
    )
    #expect(try run(["kwic"]).status == 64)
    #expect(try run(["kwic", "Diktator", "--module", "war-names"]).status == 64)
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func coverageAndSuggestWriteTheirSheets() throws {
    let work = try workFolder()
    let corpus = Fixtures.demoCorpus.path
    let coverage = try run(["lexicon", "coverage", corpus, "--output", "out"], in: work)
    #expect(coverage.status == 0, "\(coverage.stderr)")
    #expect(coverage.stdout.contains("never matched ("))
    let csv = try String(
      contentsOf: work.appendingPathComponent("out/coverage.csv"), encoding: .utf8)
    #expect(
      csv.hasPrefix(
        "module,category,entry,outlet,author,quote,reported,total,counted,distanced,not_target\r\n"
      ))
    #expect(coverage.stdout.contains("category"))
    #expect(coverage.stdout.contains("counted  distanced  not-target"))
    _ = try run(["lexicon", "remove", "labels", "Machthaber"], in: work)
    let suggest = try run(
      ["lexicon", "suggest", "kim-jong-un-labels", corpus, "--output", "suggestions.csv"], in: work)
    #expect(suggest.status == 0, "\(suggest.stderr)")
    #expect(suggest.stdout.contains("Machthaber "))
    let imported = try run(["lexicon", "import", "suggestions.csv", "--dry-run"], in: work)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("ignored columns: source, uses, outlets, score, examples"))
    #expect(imported.stdout.contains("dry run: nothing written"))
  }
}
