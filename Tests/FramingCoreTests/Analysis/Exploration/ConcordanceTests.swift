import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct ConcordanceTests {
  func lines(_ pattern: String, corpus: URL, cleaning: BoilerplateRules = .none) throws
    -> [Concordance.Line]
  {
    var diagnostics: [Diagnostic] = []
    return try Concordance.lines(
      pattern: pattern, corpus: FolderCorpus(root: corpus, displayRoot: "c"), cleaning: cleaning,
      run: CorpusRun(jobs: 2), diagnostics: &diagnostics)
  }

  @Test func linesCarryVoiceContextAndExactOffsets() throws {
    // "Ä" and "„" are one scalar each; the offsets count scalars, not UTF-8 bytes.
    let text = "Äußerst knapp: Der Machthaber reiste ab.\n\n„Der Machthaber lügt“, sagte Müller."
    let corpus = try Fixtures.makeFolder(["blatt/a.txt": Data(text.utf8)])
    let found = try lines("Machthaber", corpus: corpus)
    #expect(found.map(\.voice) == [.author, .quote])
    #expect(found.map(\.start) == [19, 47])
    #expect(found.map(\.end) == [29, 57])
    #expect(found.map(\.line) == [1, 3])
    #expect(found.map(\.column) == [20, 6])
    #expect(found[0].left == "Äußerst knapp: Der ")
    #expect(found[0].right == " reiste ab.")
    #expect(found[1].speaker == "Müller")
    #expect(found.map(\.outlet) == ["blatt", "blatt"])
    let scalars = Array(text.unicodeScalars)
    for line in found {
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[line.start..<line.end])
      #expect(String(slice) == line.match)
    }
  }

  @Test func offsetsPointAtTheMatchInEveryDemoArticle() throws {
    let found = try lines(
      "Kim*", corpus: Fixtures.demoCorpus, cleaning: try Fixtures.defaultLexicon().boilerplate)
    #expect(found.count > 20)
    for line in found {
      let data = try Data(contentsOf: Fixtures.demoCorpus.appendingPathComponent(line.document))
      let scalars = Array(try TextDecoding.decode(data).text.unicodeScalars)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[line.start..<line.end])
      #expect(String(slice) == line.match, "\(line.document):\(line.line)")
    }
  }

  @Test func aBadPatternIsAnErrorNamingIt() throws {
    let corpus = try Fixtures.makeFolder(["blatt/a.txt": Data("Text.".utf8)])
    #expect {
      try lines("[der", corpus: corpus)
    } throws: { error in
      "\(error)" == "PATTERN: error: invalid pattern '[der': '[der' has an unclosed [ or a stray ]"
    }
  }

  @Test func alternativesAreSeparatePatternsAndNameTheOneThatMatched() throws {
    let text = "Der Diktator traf den Machthaber. Der Despot schwieg."
    let corpus = try Fixtures.makeFolder(["blatt/a.txt": Data(text.utf8)])
    let found = try lines("Diktator | Machthaber|Despot", corpus: corpus)
    #expect(found.map(\.match) == ["Diktator", "Machthaber", "Despot"])
    #expect(found.map(\.entry) == ["Diktator", "Machthaber", "Despot"])
    #expect(found.allSatisfy { $0.module.isEmpty && $0.referent.isEmpty && $0.status.isEmpty })
    #expect(Concordance.alternatives("Diktator|Machthaber") == ["Diktator", "Machthaber"])
  }

  @Test func lexiconLinesCarryModuleEntryReferentRuleAndStatus() throws {
    let text = """
      Machthaber Kim Jong Un empfing Putin. Der Machthaber Lukaschenko schwieg.

      Der sogenannte Diktator Kim Jong Un lächelte.
      """
    let corpus = try Fixtures.makeFolder([
      "blatt/a.txt": Data(text.utf8), "kurier/b.txt": Data("Machthaber Kim Jong Un.".utf8),
    ])
    var diagnostics: [Diagnostic] = []
    let found = try Concordance.lines(
      lexicon: try Fixtures.defaultLexicon(), overlap: .longestOverall,
      corpus: FolderCorpus(root: corpus, displayRoot: "c"), run: CorpusRun(jobs: 1),
      filter: .init(module: "kim-jong-un-labels", outlet: "blatt"), diagnostics: &diagnostics)
    #expect(found.map(\.match) == ["Machthaber", "Machthaber", "Diktator"])
    #expect(found.map(\.module) == Array(repeating: "kim-jong-un-labels", count: 3))
    #expect(found.map(\.referent) == ["Kim Jong Un", "Lukaschenko", "Kim Jong Un"])
    #expect(found.map(\.rule) == ["apposition", "apposition", "apposition"])
    #expect(found.map(\.status) == ["counted", "not-target", "distanced"])
    // The shared inventory's id keeps the lines of every actor's module made from it.
    let labels = try Concordance.lines(
      lexicon: try Fixtures.defaultLexicon(), overlap: .longestOverall,
      corpus: FolderCorpus(root: corpus, displayRoot: "c"), run: CorpusRun(jobs: 1),
      filter: .init(module: "labels", entry: "diktator"), diagnostics: &diagnostics)
    #expect(labels.map(\.module) == ["kim-jong-un-labels", "wladimir-putin-labels"])
    #expect(labels.map(\.status) == ["distanced", "not-target"])
  }
}
