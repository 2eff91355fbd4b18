import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct MatcherTests {
  /// A fresh probe per test: analyzers hold a stemmer, which is not shared across threads.
  static func probe() throws -> PipelineProbe {
    try PipelineProbe(modules: [
      PipelineProbe.module(
        id: "labels",
        entries: [
          ("Diktator", nil), ("Machthaber", nil), ("Kremlchef", ["Kreml-Chef"]),
          ("Staats- und Parteichef", nil), ("Staatschef", nil),
          ("Führer", ["=Führer", "=Führers"]),
          ("Regime", ["*regime"]), ("Militär*", ["Militär*"]),
        ]),
      PipelineProbe.module(
        id: "war",
        entries: [
          ("Krieg gegen die Ukraine", ["Krieg gegen [die] Ukraine"]), ("Krieg", ["=Krieg"]),
          (
            "völkerrechtswidriger Krieg",
            ["völkerrechtswidriger Krieg", "völkerrechtswidriger Krieg gegen [die] Ukraine"]
          ),
          ("militärische Spezialoperation", nil), ("Spezialoperation", nil),
        ]),
    ])
  }

  /// Expected spans are marked ⟦…⟧; the probe must find exactly them, in order.
  @Test(arguments: [
    "Der ⟦Diktator⟧ traf den ⟦Kremlchef⟧",
    "Des ⟦Diktators⟧ Gäste und die ⟦Diktatoren⟧",
    "Der ⟦Kreml-Chef⟧, der ⟦KREMLCHEF⟧ und der ⟦Kreml Chef⟧",
    "⟦Staats- und Parteichef⟧ Kim und der ⟦Staatschef⟧",
    "Der ⟦Führer⟧ will führen, sie führten.",
    "das ⟦Kim-Regime⟧ und das ⟦Regime⟧",
    "die ⟦Militärführung⟧ und ⟦militärisch⟧",
    "Der ⟦Machthaber⟧. Machthaberin? Nein.",
  ])
  func findsMarkedLabels(marked: String) throws {
    let text = MarkedText(marked)
    let found = try Self.probe().analyze(text.text).matches.filter { $0.module == 0 }.map(\.text)
    #expect(found == text.spans)
  }

  @Test(arguments: [
    "im ⟦Krieg gegen die Ukraine⟧ und im ⟦Krieg gegen Ukraine⟧",
    "den ⟦völkerrechtswidrigen Krieg gegen die Ukraine⟧",
    "die ⟦militärische Spezialoperation⟧ und die ⟦Spezialoperation⟧",
    "der ⟦Krieg⟧, gegen die Ukraine",
  ])
  func longestMatchWinsAndPunctuationEndsAPhrase(marked: String) throws {
    let text = MarkedText(marked)
    let found = try Self.probe().analyze(text.text).matches.filter { $0.module == 1 }.map(\.text)
    #expect(found == text.spans)
  }

  @Test func countsEveryOverlapWithKeepAll() throws {
    let lexicon = try Self.probe().lexicon
    let matcher = Matcher(lexicon: lexicon, policy: .keepAll)
    let analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: matcher)
    let result = analyzer.analyze(
      DocumentSource(id: "a", outlet: "o"), data: .init("die militärische Spezialoperation".utf8),
      displayPath: "a")
    #expect(
      result.matches.filter { $0.module == 1 }.map(\.text) == [
        "militärische Spezialoperation", "Spezialoperation",
      ])
  }

  /// `except:` phrases cancel their entry where they overlap it, and nothing else.
  @Test func anExceptionPhraseCancelsItsEntryWhereItOverlaps() throws {
    let module = PipelineProbe.module(entries: [("Westen", ["=Westen", "der Westen"])])
      .replacingOccurrences(
        of: "        note: test entry\n",
        with:
          "        note: test entry\n        except: [\"=Westen =der =Region\", \"=Westen =Russlands\"]\n"
      )
    let probe = try PipelineProbe(modules: [module])
    #expect(
      probe.analyze("Der Westen der Region Kursk ist umkämpft. Der Westen schweigt.").matches
        .map(\.text) == ["Der Westen"])
    #expect(probe.analyze("Im Westen Russlands und im Westen.").matches.map(\.text) == ["Westen"])
    #expect(probe.analyze("Im Westen Russlands und im Westen.").matches.first?.start == 27)
  }

  @Test func matchCarriesVoiceAndExactOffsets() throws {
    let text = "Er sagte: „Der Diktator kommt.“\nDer Diktator kam."
    let result = try Self.probe().analyze(text)
    #expect(result.matches.map(\.voice) == [.quote, .author])
    let scalars = Array(text.unicodeScalars)
    for match in result.matches {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[match.start..<match.end])
      #expect(String(view) == match.text)
    }
    #expect(result.matches.map(\.line) == [1, 2])
    #expect(result.matches.map(\.column) == [16, 5])
  }

  @Test func countsTargetMentions() throws {
    let probe = try PipelineProbe(modules: [
      PipelineProbe.module(
        entries: [("Diktator", nil)], target: ["=Kim Jong Un", "=Kim Jung Un", "=Kim", "=Kims"])
    ])
    let result = probe.analyze(
      "Kim Jong Un traf Putin. „Kim lacht“, sagte er. Kims Vater und Kim Jung Un.")
    #expect(result.mentions[0] == VoiceCounts(author: 3, quote: 1))
  }
}
