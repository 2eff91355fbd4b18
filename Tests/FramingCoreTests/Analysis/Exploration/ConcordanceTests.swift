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
}
