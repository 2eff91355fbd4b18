import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// The bundled modules load, and carry the entries the project promises.
@Suite struct DefaultLexiconTests {
  @Test func bundledLexiconsLoadWithBoilerplateRules() throws {
    let lexicon = try Fixtures.defaultLexicon()
    #expect(
      lexicon.modules.map(\.id) == [
        "kim-jong-un-labels", "wladimir-putin-labels", "war-names", "north-korea-names",
        "west-hegemony", "sourcing",
        "distancing",
      ])
    #expect(lexicon.boilerplate.rules.count >= 10)
    #expect(lexicon.modules.allSatisfy { module in module.entries.allSatisfy { !$0.note.isEmpty } })
  }

  @Test(arguments: [
    (
      "kim-jong-un-labels",
      [
        "Diktator", "Despot", "Kim-Regime", "Machthaber", "Führer", "Staatschef", "Vorsitzender",
        "Staats- und Parteichef", "Genosse",
      ]
    ),
    (
      "wladimir-putin-labels",
      [
        "Kremlchef", "Kremlherrscher", "Präsident", "Diktator", "Machthaber", "Herrscher",
        "Staatschef", "Autokrat", "Despot",
      ]
    ),
    (
      "war-names",
      [
        "Angriffskrieg", "völkerrechtswidriger Krieg", "Invasion", "Offensive", "Putins Krieg",
        "Ukraine-Krieg",
        "Krieg gegen die Ukraine", "Krieg in der Ukraine", "Konflikt in der Ukraine",
        "Ukraine-Konflikt",
        "militärische Spezialoperation", "spezielle Militäroperation",
      ]
    ),
    (
      "north-korea-names",
      [
        "Nordkorea", "DVRK", "Demokratische Volksrepublik Korea", "Regime in Pjöngjang",
        "Schurkenstaat",
      ]
    ),
    (
      "west-hegemony",
      ["Westen", "kollektiver Westen", "westliche Medien", "Hegemonie", "imperialistisch"]
    ),
    ("sourcing", ["Staatsmedien", "TASS", "RIA", "KCNA", "dpa", "Experte"]),
    ("distancing", ["sogenannt", "angeblich"]),
  ])
  func moduleHasTheRequiredEntries(id: String, terms: [String]) throws {
    let module = try #require(try Fixtures.defaultLexicon().modules.first { $0.id == id })
    let present = Set(module.entries.map(\.term))
    #expect(terms.filter { !present.contains($0) } == [])
  }

  @Test func kimTargetCoversVariantsAndTheTypo() throws {
    let module = try #require(
      try Fixtures.defaultLexicon().modules.first { $0.id == "kim-jong-un-labels" })
    let sources = module.target?.patterns.map(\.source) ?? []
    #expect(sources.contains("=Kim Jung Un"))
    #expect(sources.contains("=Kim Jong-un"))
    #expect(sources.contains("=Kims"))
    #expect(module.target?.others.map(\.source).contains("=Kim Jong-il") == true)
    #expect(module.target?.wikidata == "Q56226")
    #expect(module.inventory == "labels")
  }

  /// Issue 16: no label the corpus uses for two actors is missing for either; only entries
  /// that name one person are limited to that actor.
  @Test func everySharedLabelReachesEveryActor() throws {
    let lexicon = try Fixtures.defaultLexicon()
    let actors = lexicon.modules.filter { $0.target != nil }
    #expect(actors.map(\.target?.actorID) == ["kim-jong-un", "wladimir-putin"])
    let shared = Set(
      (lexicon.inventories.first?.entries ?? []).filter { $0.actors == .all }.map(\.term))
    #expect(shared.count >= 30)
    for module in actors {
      #expect(shared.subtracting(module.entries.map(\.term)) == [], "\(module.id)")
    }
    let limited = (lexicon.inventories.first?.entries ?? []).filter { $0.actors != .all }
    #expect(limited.allSatisfy { $0.namesTarget })
  }
}

/// Words whose Snowball stem collides with a label are matched by exact forms only.
@Suite struct DefaultLexiconCollisionTests {
  @Test(arguments: [
    ("Putins Kriegsverbrechen werden untersucht.", "Kriegsverbrecher"),
    ("Russland übernimmt den Vorsitz im Rat.", "Vorsitzender"),
    ("Dort herrschen andere Regeln.", "Herrscher"),
    ("Die Gäste haben den Empfang angeblich genossen.", "Genosse"),
    ("Er wollte das vorgeben.", "vorgeblich"),
  ])
  func collidingWordIsNotALabel(text: String, entry: String) throws {
    let lexicon = try Fixtures.defaultLexicon()
    let analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: Matcher(lexicon: lexicon))
    let result = analyzer.analyze(
      DocumentSource(id: "t", outlet: "o"), data: Data(text.utf8), displayPath: "t")
    let terms = result.matches.map {
      lexicon.modules[$0.module].categories[$0.category].entries[$0.entry].term
    }
    #expect(!terms.contains(entry))
  }
}
