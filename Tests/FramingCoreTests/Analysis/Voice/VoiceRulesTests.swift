import FramingCore
import FramingTestSupport
import Testing

/// Quotes without quotation marks, partial quotes and their speakers (issue 17): voice,
/// distancing and speaker of each match, on sentences of our own.
@Suite struct VoiceRulesTests {
  static func probe() throws -> PipelineProbe {
    try PipelineProbe(modules: [
      PipelineProbe.module(entries: [
        ("Hegemonie", nil), ("Spezialoperation", nil), ("Westen", ["=Westen"]),
      ])
    ])
  }

  static func voices(_ text: String) throws -> [String] {
    try probe().analyze(text).matches.map {
      "\($0.text)/\($0.voice.rawValue)/\($0.distancing)/\($0.speaker)"
    }
  }

  @Test func excerptsAfterAuszuegeAreQuotesOfTheSourceNamedBefore() throws {
    let text = """
      Die Staatsagentur KCNA verbreitete eine Meldung. Auszüge:

      Beide Seiten stehen gegen die Hegemonie.
      """
    #expect(try Self.voices(text) == ["Hegemonie/quote//KCNA"])
  }

  @Test func aPressReviewExcerptIsTheNamedPapersWords() throws {
    let text = """
      Die Kieler »Hafenstadt-Zeitung« hält dagegen:

      Der Westen hat die Lage falsch eingeschätzt.
      """
    #expect(try Self.voices(text) == ["Westen/quote//Hafenstadt-Zeitung"])
  }

  @Test func aColonWithoutSpeechOrMediumIntroducesNoQuote() throws {
    let text = """
      Auf der Tagesordnung standen drei Punkte:

      Die Hegemonie der Vereinigten Staaten war einer davon.
      """
    #expect(try Self.voices(text) == ["Hegemonie/author//"])
  }

  @Test func aQuotedTermInReportedSpeechIsThePartialQuoteOfTheSpeaker() throws {
    #expect(
      try Self.voices("Putin sagte, man werde die „Spezialoperation“ fortsetzen.")
        == ["Spezialoperation/quote//Putin"])
    // The outlet's own scare quotes stay distanced author voice.
    #expect(
      try Self.voices("Die „Spezialoperation“ dauert an.")
        == ["Spezialoperation/author/scare quotes/"])
  }

  @Test func aSentenceOpeningAdverbIsNoSpeaker() throws {
    let text = """
      Die Staatsagentur KCNA veröffentlichte die Rede. Wörtlich heißt es:

      Wir stehen gegen die Hegemonie.
      """
    #expect(try Self.voices(text) == ["Hegemonie/quote//KCNA"])
  }

  @Test func aMediumBeforeTheVerbSpeaksForItself() throws {
    #expect(
      try Self.voices("Der »Saale-Bote« meint, der Westen sei zu nachgiebig.")
        == ["Westen/reported//Saale-Bote"])
  }
}
