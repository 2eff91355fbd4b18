import Foundation
import FramingCore
import FramingTestSupport
import Testing

@Suite struct EntryResolverTests {
  @Test(arguments: [
    ("Diktatoren", "kim-jong-un", "Diktator"),
    ("Kreml-Chefs", "wladimir-putin", "Kremlchef"),
    ("völkerrechtswidriger Angriffskrieg", "war-names", "völkerrechtswidriger Krieg"),
    ("Nordkoreas", "north-korea-names", "Nordkorea"),
  ])
  func resolvesInflectedFormsToTheTerm(text: String, target: String, term: String) throws {
    let resolver = EntryResolver(lexicon: try Fixtures.defaultLexicon())
    #expect(resolver.term(text, target: target) == term)
  }

  @Test func keepsLabelsTheLexiconLacks() throws {
    let resolver = EntryResolver(lexicon: try Fixtures.defaultLexicon())
    #expect(resolver.term("Staatsgründer", target: "kim-jong-un") == nil)
    // A term of another target's module does not resolve: "Kremlchef" is not a label of Kim.
    #expect(resolver.term("Kremlchef", target: "kim-jong-un") == nil)
  }

  @Test func actorIDsAreSlugsOfTheTargetName() {
    #expect(ActorID.of("Kim Jong Un") == "kim-jong-un")
    #expect(ActorID.of("Wladimir Putin") == "wladimir-putin")
    #expect(ActorID.of("Kim Jong-un") == "kim-jong-un")
  }
}

@Suite struct ParagraphBoundaryTests {
  // A headline without a full stop ending in "Invasion", then a paragraph beginning "Der
  // ukrainische …": the pattern "Invasion der Ukraine" once matched across the break, and
  // DocumentAnalyzer.record trapped with "Range requires lowerBound <= upperBound".
  @Test func phrasesNeverMatchAcrossAParagraphBreak() throws {
    let probe = try PipelineProbe(modules: [
      PipelineProbe.module(entries: [("Invasion", ["Invasion", "Invasion der Ukraine"])])
    ])
    let text = "Nordkoreas Soldaten und die Invasion\n\nDer Ukraine fehlen Granaten, sagte er.\n"
    let result = probe.analyze(text)
    #expect(result.matches.map(\.text) == ["Invasion"])
    #expect(result.matches.first.map { $0.end - $0.start } == 8)
    // Within one paragraph the longer pattern still wins.
    #expect(probe.matched("Seit der Invasion der Ukraine.") == ["Invasion der Ukraine/author"])
  }
}
