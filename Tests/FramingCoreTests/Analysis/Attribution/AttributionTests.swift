import FramingTestSupport
import Testing

@testable import FramingCore

/// Every attribution rule, speaker rule and distancing rule on small texts we wrote, with the
/// exact expected result: label → rule and person, quote → speaker.
@Suite struct AttributionTests {
  static let kim = """
    format: 1
    kind: module
    id: kim
    title: Kim
    language: de
    version: 1.0.0
    description: Labels for Kim.
    scale: {min: -2, max: 2, negative: bad, positive: good}
    target:
      name: Kim Jong Un
      patterns: ["=Kim Jong Un", "=Kim", "=Kims"]
      references: ["=der =Nordkoreaner"]
      country: ["=Nordkoreas", "nordkoreanisch*"]
      window: 3
    categories:
      - id: labels
        label: Labels
        weight: -1
        entries:
          - {term: Diktator, note: n}
          - {term: Machthaber, note: n}
          - {term: Kim-Regime, note: n, names_target: true}
    """
  static let putin = """
    format: 1
    kind: module
    id: putin
    title: Putin
    language: de
    version: 1.0.0
    description: Labels for Putin.
    scale: {min: -2, max: 2, negative: bad, positive: good}
    target:
      name: Wladimir Putin
      patterns: ["=Wladimir Putin", "=Putin", "=Putins"]
      references: [Kremlchef]
      country: ["=Russlands", "russisch*"]
    categories:
      - id: labels
        label: Labels
        weight: 0
        entries:
          - {term: Präsident, note: n}
          - {term: Kremlchef, note: n, names_target: true}
    """
  static let war = PipelineProbe.module(
    id: "war", entries: [("Spezialoperation", nil), ("Krieg", ["=Krieg"])])

  func probe() throws -> PipelineProbe {
    try PipelineProbe(modules: [Self.kim, Self.putin, Self.war])
  }

  /// "term:rule:person" for every actor-module match, in text order.
  func attributions(_ text: String) throws -> [String] {
    try probe().analyze(text).matches.filter { $0.attribution.rule != .notApplicable }
      .map { "\($0.text):\($0.attribution.rule.rawValue):\($0.attribution.refersTo)" }
  }

  @Test(arguments: [
    ("Machthaber Kim Jong Un traf Putin.", ["Machthaber:apposition:Kim Jong Un"]),
    ("Nordkoreas Diktator Kim reiste ab.", ["Diktator:apposition:Kim Jong Un"]),
    ("Kim Jong Un, der Diktator, lachte.", ["Diktator:apposition:Kim Jong Un"]),
    ("Nordkoreas Machthaber reiste ab.", ["Machthaber:country:Kim Jong Un"]),
    ("Der nordkoreanische Diktator reiste ab.", ["Diktator:country:Kim Jong Un"]),
    ("So sprach der russische Präsident.", ["Präsident:country:Wladimir Putin"]),
    ("Das Kim-Regime schweigt.", ["Kim-Regime:term:Kim Jong Un"]),
    ("Der Kremlchef schweigt.", ["Kremlchef:term:Wladimir Putin"]),
  ])
  func attributesByAppositionCountryAndTerm(text: String, expected: [String]) throws {
    #expect(try attributions(text) == expected)
  }

  @Test(arguments: [
    // A title after the name, without an article.
    ("Putin, Präsident der Russischen Föderation, kam.", ["Präsident:apposition:Wladimir Putin"]),
    // Across a genitive and a parenthesis to the name.
    (
      "Er traf den Diktator der Partei der Arbeit (PdAK), Kim Jong Un, am Bahnhof.",
      ["Diktator:apposition:Kim Jong Un"]
    ),
    // Not across a verb: "der Präsident sagte …, Kim" is no apposition.
    ("Der Präsident sagte am Mittwoch, Kim sei krank.", ["Präsident:unresolved:"]),
    // Predicatives: the person named in the label's clause.
    ("Kim ist ein brutaler Diktator.", ["Diktator:predicative:Kim Jong Un"]),
    ("Kim gilt als Machthaber ohne Gnade.", ["Machthaber:predicative:Kim Jong Un"]),
    ("Der Forscher nannte Kim einen „Diktator auf Abruf“.", ["Diktator:predicative:Kim Jong Un"]),
    // No copula or verb of naming: no predicative.
    ("Kim traf einen Diktator.", ["Diktator:unresolved:"]),
  ])
  func attributesTitlesAfterNamesAndPredicatives(text: String, expected: [String]) throws {
    #expect(try attributions(text) == expected)
  }

  @Test func someoneElsesLabelDoesNotCountForTheTarget() throws {
    let result = try probe().analyze(
      "Der belarussische Machthaber Alexander Lukaschenko kam auch. Später sprach der Machthaber lange. Präsident Selenskyj fehlte."
    )
    #expect(
      result.matches.map { "\($0.text):\($0.attribution.rule.rawValue):\($0.attribution.refersTo)" }
        == [
          "Machthaber:apposition:Alexander Lukaschenko",
          "Machthaber:reference:Alexander Lukaschenko",
          "Präsident:apposition:Selenskyj",
        ])
    #expect(result.matches.map(\.status) == [.notTarget, .notTarget, .notTarget])
  }

  /// A plural counts for every registered actor it covers (issue 16), and for nobody when it
  /// covers no one the text names.
  @Test(arguments: [
    ("Die Machthaber Russlands und Nordkoreas trafen sich.", "Kim Jong Un + Wladimir Putin", true),
    ("Die Machthaber Kim und Putin trafen sich.", "Kim Jong Un + Wladimir Putin", true),
    ("Putin empfing Kim. Die beiden Diktatoren lachten.", "Kim Jong Un + Wladimir Putin", true),
    ("Zwei Diktatoren trafen sich.", "", false),
  ])
  func pluralLabelsCountForEachActorTheyCover(text: String, covered: String, counts: Bool) throws {
    let matches = try probe().analyze(text).matches.filter { $0.module == 0 }
    #expect(matches.map(\.attribution.rule) == [.plural])
    #expect(matches.map(\.attribution.refersTo) == [covered])
    #expect(matches.map(\.status) == [counts ? .counted : .notTarget])
  }

  /// Singular forms that look plural: a weak noun after "als", "einem anderen", a partitive, a
  /// country adjective.
  @Test(arguments: [
    "Er bezeichnete Kim als Despoten.", "Putin holt sich Hilfe bei einem anderen Despoten.",
    "Kim gilt als einer der brutalsten Despoten.",
    // A country adjective between article and weak noun: "den russischen Despoten".
    "Kim begrüßte den russischen Despoten.",
  ])
  func singularFormsAreNotPlural(text: String) throws {
    let despot = """
      format: 1
      kind: module
      id: k
      title: K
      language: de
      version: 1.0.0
      description: D.
      scale: {min: -2, max: 2, negative: a, positive: b}
      target: {name: Kim Jong Un, patterns: ["=Kim"]}
      categories:
        - {id: c, label: C, weight: -2, entries: [{term: Despot, note: n}]}
      """
    let matches = try PipelineProbe(modules: [despot]).analyze(text).matches
    #expect(matches.map(\.attribution.rule).contains(.plural) == false)
  }

  @Test func definiteReferenceFindsTheMostRecentPersonItCanBe() throws {
    // "Putin" in the label's own clause is its co-argument; Putin's module has no "Machthaber".
    #expect(
      try attributions("Kim Jong Un saß gegenüber. Putin wandte sich an den Machthaber.") == [
        "Machthaber:reference:Kim Jong Un"
      ])
    #expect(
      try attributions(
        "Kim Jong Un kam nach Moskau. Putin wartete. Dort erklärte der Diktator seine Pläne.") == [
          "Diktator:reference:Kim Jong Un"
        ])
    // Only Putin's module lists "Präsident": Kim, named last, cannot be "der Präsident".
    #expect(
      try attributions("Putin dankte Kim. Der Präsident sprach lange.") == [
        "Präsident:reference:Wladimir Putin"
      ])
  }

  /// Beyond the window, who the article is about decides (issue 16): the one actor it names
  /// that the label can stand for.
  @Test func referenceBeyondTheWindowGoesToWhoTheArticleIsAbout() throws {
    let text = "Kim Jong Un kam. Eins. Zwei. Drei. Dann sprach der Diktator."
    #expect(try attributions(text) == ["Diktator:salience:Kim Jong Un"])
    #expect(try probe().analyze(text).matches.map(\.status) == [.counted])
    // No one named at all: unresolved, no candidates.
    #expect(try attributions("Eins. Dann sprach der Diktator.") == ["Diktator:unresolved:"])
  }

  /// "term:voice:speaker" for every match.
  func speakers(_ text: String) throws -> [String] {
    try probe().analyze(text).matches.map { "\($0.text):\($0.voice.rawValue):\($0.speaker)" }
  }

  @Test(arguments: [
    ("„Die Spezialoperation läuft“, sagte Kim.", ["Spezialoperation:quote:Kim Jong Un"]),
    ("„Die Spezialoperation ist nur Augenwischerei“, so Brown.", ["Spezialoperation:quote:Brown"]),
    ("Kim sagte: „Die Spezialoperation läuft.“", ["Spezialoperation:quote:Kim Jong Un"]),
    (
      "Kim Jong Un kam. „Die Spezialoperation siegt“, erklärte der Diktator.",
      ["Spezialoperation:quote:Kim Jong Un", "Diktator:author:"]
    ),
    (
      "„Die Spezialoperation siegt“, erklärte der Sicherheitsexperte Nico Lange.",
      ["Spezialoperation:quote:Nico Lange"]
    ),
    (
      "Kim unterstützt den Krieg, wie er selbst betont:\n\nDie Regierung unterstützt die Spezialoperation.",
      ["Krieg:author:", "Spezialoperation:quote:Kim Jong Un"]
    ),
    (
      "Die Spezialoperation sei erfolgreich, zitierte die Agentur TASS Putin.",
      ["Spezialoperation:reported:Wladimir Putin"]
    ),
    (
      "Laut Brown verbinde die beiden nichts. Die Spezialoperation sei teuer. Brown lacht über den Krieg.",
      ["Spezialoperation:reported:Brown", "Krieg:author:"]
    ),
    // A medium by its title, and "das Blatt" for the medium named before.
    (
      "Die Moskauer Zeitung »Wetschernij Wostok« schreibt: „Die Spezialoperation läuft.“",
      ["Spezialoperation:quote:Wetschernij Wostok"]
    ),
    (
      "Die Parteizeitung Rodong Sinmun lobte den Gast. „Die Spezialoperation siegt“, schrieb das Blatt.",
      ["Spezialoperation:quote:Rodong Sinmun"]
    ),
    (
      "Die polnische „Gazeta Nadwiślańska“ meint:\n\nDie Spezialoperation ist gescheitert.",
      ["Spezialoperation:quote:Gazeta Nadwiślańska"]
    ),
    // A person introduced by a role noun, then "sagt sie"; or as the subject before the verb.
    (
      "Die Politologin Anna Roth war skeptisch. „Die Spezialoperation ist gescheitert“, sagt sie.",
      ["Spezialoperation:quote:Anna Roth"]
    ),
    (
      "Der Wiener Historiker Paul Gruber sagte: „Die Spezialoperation ist ein Krieg.“",
      ["Spezialoperation:quote:Paul Gruber", "Krieg:quote:Paul Gruber"]
    ),
  ])
  func findsTheSpeakerOfQuotesAndReportedSpeech(text: String, expected: [String]) throws {
    #expect(try speakers(text) == expected)
  }

  @Test func reportedSpeechEndsAtTheAttribution() throws {
    // "Russland sei autark" is Putin's; "der den Krieg meinte" after "erklärte Putin" is the outlet's.
    #expect(
      try speakers("Die Spezialoperation sei richtig, erklärte Putin, der den Krieg meinte.") == [
        "Spezialoperation:reported:Wladimir Putin", "Krieg:author:",
      ])
    // "als sei" is a comparison, not reported speech.
    #expect(
      try speakers("Es war, als sei die Spezialoperation vorbei.") == ["Spezialoperation:author:"])
  }

  /// "term:voice:distancing" for every match.
  func distancing(_ text: String) throws -> [String] {
    try probe().analyze(text).matches.map { "\($0.text):\($0.voice.rawValue):\($0.distancing)" }
  }

  @Test(arguments: [
    ("Die sogenannte Spezialoperation geht weiter.", ["Spezialoperation:author:sogenannt"]),
    ("Die so genannte Spezialoperation geht weiter.", ["Spezialoperation:author:so genannt"]),
    ("Die angebliche Spezialoperation geht weiter.", ["Spezialoperation:author:angeblich"]),
    ("Der selbsternannte Diktator kam.", ["Diktator:author:selbsternannt"]),
    ("Die ‚Spezialoperation‘ geht weiter.", ["Spezialoperation:author:scare quotes"]),
    // After a verb of saying or naming in its clause: the speaker's word, a partial quote.
    ("Er sprach von der „Spezialoperation“.", ["Spezialoperation:quote:"]),
    ("Peskow verwies auf die „Spezialoperation“.", ["Spezialoperation:quote:"]),
    ("Dort ist nur von der „Spezialoperation“ die Rede.", ["Spezialoperation:quote:"]),
    // The speaker's own marks inside a quotation.
    (
      "„Wenn Kim von der ‹Spezialoperation› spricht, irrt er“, sagt Brändli.",
      ["Spezialoperation:quote:"]
    ),
    // A verb of saying in another clause leaves the outlet's scare quotes alone.
    (
      "Der Kreml spricht von Kooperation, doch für die „Spezialoperation“ zählt nur Munition.",
      ["Spezialoperation:author:scare quotes"]
    ),
    // A quotation of a whole sentence is not a scare quote.
    ("„Die Spezialoperation geht weiter“, sagte Kim.", ["Spezialoperation:quote:"]),
  ])
  func marksDistancedUses(text: String, expected: [String]) throws {
    #expect(
      try distancing(text).filter { !$0.hasPrefix("Diktator") || text.contains("selbsternannte") }
        == expected)
  }
}
