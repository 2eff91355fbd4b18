import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Every bound of `DocumentAnalyzer.record` is total (issue 22: a multi-word pattern matched
/// across a paragraph break trapped with "Range requires lowerBound <= upperBound").
@Suite struct DocumentAnalyzerBoundsTests {
  @Test func recordOfAMatchAcrossAParagraphBreakKeepsBothParagraphsContext() throws {
    let probe = try PipelineProbe(modules: [PipelineProbe.module(entries: [("Invasion", nil)])])
    let analyzer = probe.analyzer
    let original = Array(
      "Die russische Invasion\n\nDer ukrainische Präsident sprach.".unicodeScalars)
    let prepared = analyzer.prepare(original)
    let texts = prepared.tokens.map(\.text)
    let invasion = try #require(texts.firstIndex(of: "Invasion"))
    let der = try #require(texts.firstIndex(of: "Der"))
    #expect(prepared.tokens[invasion].paragraph == 0)
    #expect(prepared.tokens[der].paragraph == 1)
    // The matcher never makes such a match; the record must still be safe if one arrives.
    let match = Match(module: 0, category: 0, entry: 0, tokens: invasion..<der + 1, voice: .author)
    let record = analyzer.record(match, prepared.tokens, prepared.text, LineIndex(original))
    #expect(record.text == "Invasion\n\nDer")
    #expect(record.left == "Die russische ")
    #expect(record.right == " ukrainische Präsident sprach.")
    #expect(record.line == 1)
    #expect(record.column == 15)
  }

  @Test func headlineWithoutFullStopThenParagraphIsAnalyzed() throws {
    let probe = try PipelineProbe(
      modules: [PipelineProbe.module(entries: [("Invasion der", ["Invasion der"])])])
    let result = probe.analyze("Die russische Invasion\n\nDer ukrainische Präsident sprach.")
    #expect(result.isIncluded)
    #expect(result.matches.isEmpty)
    #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
  }
}
