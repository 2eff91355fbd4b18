import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct DocumentAnalyzerTests {
  func probe() throws -> PipelineProbe {
    try PipelineProbe(
      modules: [
        PipelineProbe.module(entries: [("Diktator", nil), ("Staats- und Parteichef", nil)])
      ],
      boilerplate: """
        format: 1
        kind: boilerplate
        id: b
        rules:
          - {id: counter, scope: line, pattern: '\\d+ Kommentare?', note: Comment counter.}
        """)
  }

  func original(_ data: Data, _ match: MatchRecord) throws -> String {
    let scalars = Array(try TextDecoding.decode(data).text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[match.start..<match.end])
    return String(view)
  }

  @Test func offsetsSurviveCRLFSoftHyphensAndHardWraps() throws {
    let text =
      "Titel\r\n\r\nDer Dik\u{00AD}tator und der Staats-\r\nund Parteichef sprachen\r\nlange.\r\n2 Kommentare\r\n"
    let data = Data(text.utf8)
    let result = try probe().analyzer.analyze(
      DocumentSource(id: "a", outlet: "o"), data: data, displayPath: "a")
    #expect(result.matches.map(\.text) == ["Diktator", "Staats- und Parteichef"])
    #expect(
      try result.matches.map { try original(data, $0) } == [
        "Dik\u{00AD}tator", "Staats-\r\nund Parteichef",
      ])
    #expect(result.matches.map(\.line) == [3, 3])
    #expect(result.removals.map(\.reason) == ["counter"])
    #expect(result.tokens == VoiceCounts(author: 10, quote: 0))
  }

  @Test func windows1252ArticleIsReadWithAWarning() throws {
    // „Der Diktator“ sagte er. in Windows-1252
    let data = Data([0x84] + Array("Der Diktator".utf8) + [0x93] + Array(" sagte er.".utf8))
    let result = try probe().analyzer.analyze(
      DocumentSource(id: "w", outlet: "o"), data: data, displayPath: "c/w.txt")
    #expect(result.encoding == .windows1252)
    #expect(result.matches.map(\.voice) == [.quote])
    #expect(
      result.diagnostics.map(\.description) == [
        "c/w.txt:1: warning: not valid UTF-8; decoded as Windows-1252"
      ])
  }

  @Test func evidencePassageIsTheSentence() throws {
    let result = try probe().analyze("Erst dies. Dann kam der Diktator an. Danach das.")
    let match = try #require(result.matches.first)
    #expect(match.passage == "Dann kam der Diktator an.")
    #expect(match.passageOffset == 13)
    #expect(match.left == "Erst dies. Dann kam der ")
    #expect(match.right == " an. Danach das.")
  }
}
