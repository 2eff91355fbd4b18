import FramingCore
import FramingTestSupport
import Testing

/// Indirect speech in the indicative (issue 17): which words become `reported`.
@Suite struct ReportedSpeechTests {
  static func probe() throws -> PipelineProbe {
    try PipelineProbe(modules: [
      PipelineProbe.module(entries: [
        ("Nordkorea", nil), ("Westen", ["=Westen"]), ("Präsident", nil), ("KCNA", ["=KCNA"]),
        ("Krieg", ["=Krieg"]),
      ])
    ])
  }

  @Test(arguments: [
    // A dass-clause after a verb of saying; the coordinated main clause after it is the outlet's.
    (
      "Kim bestätigte, dass Nordkorea Russland unterstützt, und lobte den Westen nicht.",
      ["Nordkorea/reported", "Westen/author"]
    ),
    (
      "Sie warf dem Westen vor, dass er den Krieg verlängert.", ["Westen/author", "Krieg/reported"]
    ),
    // A source phrase: the sentence is reported, the phrase itself stays the outlet's.
    ("Laut KCNA unterstützt Nordkorea Russland.", ["KCNA/author", "Nordkorea/reported"]),
    (
      "Nach Angaben des Geheimdienstes hat Nordkorea Soldaten geschickt.",
      ["Nordkorea/reported"]
    ),
    ("Beobachtern zufolge hofft Nordkorea auf Technik.", ["Nordkorea/reported"]),
    (
      "Wie die Agentur KCNA meldete, schenkte der Präsident ein Auto.",
      ["KCNA/author", "Präsident/reported"]
    ),
    (
      "Der Präsident ließ grüßen, meldete die Agentur KCNA.",
      ["Präsident/reported", "KCNA/author"]
    ),
    // Up to a colon only: what follows it is the outlet's again.
    (
      "Nach Einschätzung von Analysten ändert das wenig: Nordkorea ist längst isoliert.",
      ["Nordkorea/author"]
    ),
    // A closing attribution of its own makes the clause before it reported …
    ("Für sie ist der Krieg kein fernes Thema, sagt Okonek-Baek.", ["Krieg/reported"]),
    // … but "heißt das" is no attribution, and neither is a long clause led by a verb.
    ("Schickt der Westen Waffen, heißt das Frieden.", ["Westen/author"]),
    // "laut" after a quotation attributes the quotation; the speaker tag stays the outlet's.
    ("„Wir siegen“, tönte der Präsident laut KCNA.", ["Präsident/author", "KCNA/author"]),
    // No cue: the outlet's words.
    ("Nordkorea schickt Soldaten, der Westen protestiert.", ["Nordkorea/author", "Westen/author"]),
  ])
  func marksIndicativeReportedSpeech(text: String, expected: [String]) throws {
    #expect(try Self.probe().matched(text) == expected)
  }
}
