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

  /// Voice, rule, speaker kind and speaker of each match: what matches.csv shows.
  static func rules(_ text: String) throws -> [String] {
    try probe().analyze(text).matches.map {
      "\($0.text)/\($0.voice.rawValue)/\($0.voiceRule.rawValue)/\($0.speakerKind.rawValue)/\($0.speaker)"
    }
  }

  @Test func theRestOfAParagraphAfterAColonOfSayingIsAQuote() throws {
    // Issue 17: "Darin hieß es:" with the words of the source in the same paragraph.
    #expect(
      try Self.rules(
        "Die Agentur KCNA verbreitete einen Kommentar. Darin hieß es: Beide Länder stehen gegen die Hegemonie. Der Westen wird scheitern."
      ) == ["Hegemonie/quote/colon-quote/medium/KCNA", "Westen/quote/colon-quote/medium/KCNA"])
    // An explanation after "heißt das:" is the outlet's.
    #expect(
      try Self.rules("Übersetzt heißt das: Der Westen hat verloren.") == ["Westen/author///"])
    // Konjunktiv I after the colon is indirect speech, not a quotation.
    #expect(
      try Self.rules("Putin sagte: Der Westen habe verloren.")
        == ["Westen/reported/konjunktiv/person/Putin"])
  }

  @Test func aVerbFormNotListedCountsAfterAVerbOfSaying() throws {
    // "untergrabe" is in no list: after "erklärte," a verb-like "-e" form carries the speech.
    #expect(
      try Self.rules("Das Auswärtige Amt erklärte, die Vereinbarung untergrabe die Hegemonie.")
        == ["Hegemonie/reported/konjunktiv/organisation/Auswärtige Amt"])
    // Before a closing attribution too (the subjunctive names the rule).
    #expect(
      try Self.rules("Der Westen verheize die Soldaten, sagte Selenskyj.")
        == ["Westen/reported/konjunktiv/person/Selenskyj"])
    #expect(
      try Self.rules("Der Westen verheize die Soldaten, die Hegemonie sei am Ende, sagte er.")
        .first == "Westen/reported/konjunktiv/unknown/")
    // The past tense in "-te" is no subjunctive.
    #expect(
      try Self.rules("Kim sagte, er danke Putin. Putin wartete auf den Westen.").last
        == "Westen/author///")
  }

  @Test func indirectSpeechGoesOnInTheNextSentences() throws {
    let text =
      "Putin sagte am Mittwoch, Russland werde nicht nachgeben. Der Westen versuche seit Jahren, das Land zu isolieren. Die Hegemonie hätte versagt."
    #expect(
      try Self.rules(text) == [
        "Westen/reported/reported-chain/person/Putin",
        "Hegemonie/reported/reported-chain/person/Putin",
      ])
    // A Konjunktiv II form after indicative reported speech is the outlet's conjecture.
    #expect(
      try Self.rules(
        "Wie die Agentur berichtete, erwägt Seoul Waffenlieferungen. Es wäre eine Wende für den Westen."
      ).last == "Westen/author///")
    // A new paragraph ends the speech.
    #expect(
      try Self.rules("Putin sagte, Russland werde siegen.\n\nDer Westen versuche es.")
        == ["Westen/author///"])
  }

  @Test func indirectSpeechGoesOnAfterAnAttributedQuotation() throws {
    #expect(
      try Self.rules("Kim hob die »Hilfe der Freunde« hervor. Der Westen verliere an Einfluss.")
        == ["Westen/reported/reported-chain/person/Kim"])
    // Without a verb of saying the quotation starts no speech.
    #expect(
      try Self.rules("Die »Hilfe der Freunde« kam an. Der Westen verliere an Einfluss.")
        == ["Westen/author///"])
  }

  @Test func aSubordinateClauseBeforeTheSubjunctiveBelongsToTheSpeech() throws {
    #expect(
      try Self.rules(
        "Er sagte lediglich, was Russland mit dem Westen vereinbare, gehe niemanden etwas an.")
        == ["Westen/reported/konjunktiv/unknown/"])
  }

  @Test func whatANamingVerbCallsSomeoneIsTheSubjectsWord() throws {
    #expect(
      try Self.rules("Selenskyj nannte Putin einen Verbündeten der Hegemonie.")
        == ["Hegemonie/reported/naming-verb/person/Selenskyj"])
    #expect(
      try Self.rules("Die Kämpfe bezeichnete er als Teil der Spezialoperation.").first?.hasPrefix(
        "Spezialoperation/reported/naming-verb/") == true)
  }

  @Test func anInfinitiveClauseAfterAVerbOfSayingIsReported() throws {
    #expect(
      try Self.rules("Selenskyj warf Nordkorea vor, in die Spezialoperation einzusteigen.")
        == ["Spezialoperation/reported/infinitive-clause/person/Selenskyj"])
    #expect(
      try Self.rules("Kim sagte zu, die Spezialoperation zu unterstützen.")
        == ["Spezialoperation/reported/infinitive-clause/person/Kim"])
  }

  @Test func aCompoundSourceNounMakesASourcePhrase() throws {
    #expect(
      try Self.rules("Putin schenkte dem Westen nach Kreml-Angaben nichts.")
        == ["Westen/reported/source-phrase/organisation/Kreml"])
  }

  @Test func quotedTermsAfterVerbsOfSayingArePartialQuotes() throws {
    #expect(
      try Self.rules("Putin sprach von einem Kampf gegen die „Hegemonie“.")
        == ["Hegemonie/quote/partial-quote/person/Putin"])
    // A few quoted words inside the sentence are a partial quote; a quoted sentence is not.
    #expect(
      try Self.rules("Kim sagte, Russland kämpfe „gegen den Westen und seine Hegemonie“.")
        == [
          "Westen/quote/partial-quote/person/Kim", "Hegemonie/quote/partial-quote/person/Kim",
        ])
    #expect(
      try Self.rules("„Der Westen wird scheitern“, sagte Kim.")
        == ["Westen/quote/quote-marks/person/Kim"])
  }

  /// The README's table of voice rules, example by example.
  @Test(arguments: [
    ("„Die Spezialoperation geht weiter“, sagte Kim.", "Spezialoperation/quote/quote-marks"),
    ("Putin sprach von einem Kampf gegen die „Hegemonie“.", "Hegemonie/quote/partial-quote"),
    (
      "KCNA verbreitete eine Meldung. Auszüge:\n\nBeide Seiten stehen gegen die Hegemonie.",
      "Hegemonie/quote/block-quote"
    ),
    ("Darin hieß es: Beide Länder stehen gegen die Hegemonie.", "Hegemonie/quote/colon-quote"),
    ("Russland sei ein Opfer der Hegemonie, erklärte Putin.", "Hegemonie/reported/konjunktiv"),
    (
      "Das Amt erklärte, die Vereinbarung untergrabe die Hegemonie.",
      "Hegemonie/reported/konjunktiv"
    ),
    (
      "Putin sagte, Russland werde nicht nachgeben. Der Westen versuche, das Land zu isolieren.",
      "Westen/reported/reported-chain"
    ),
    (
      "Kim bestätigte, dass sein Land die Spezialoperation unterstützt.",
      "Spezialoperation/reported/dass-clause"
    ),
    (
      "Westliche Stimmen behaupten seither, der Westen liefert Waffen.",
      "Westen/reported/main-clause"
    ),
    (
      "Selenskyj warf Nordkorea vor, in die Spezialoperation einzusteigen.",
      "Spezialoperation/reported/infinitive-clause"
    ),
    (
      "Laut KCNA lobte der Gast den Kampf gegen die Hegemonie.",
      "Hegemonie/reported/source-phrase"
    ),
    (
      "Für den Westen ist das kein fernes Thema, sagt Okonek-Baek.",
      "Westen/reported/closing-attribution"
    ),
    (
      "Selenskyj nannte Putin einen Verbündeten der Hegemonie.",
      "Hegemonie/reported/naming-verb"
    ),
  ])
  func theReadmeExamplesGetTheirRules(text: String, expected: String) throws {
    let found = try Self.probe().analyze(text).matches.map {
      "\($0.text)/\($0.voice.rawValue)/\($0.voiceRule.rawValue)"
    }
    #expect(found.last == expected)
  }

  @Test func aMainClauseAfterAVerbOfSayingIsReportedButNotARelativeClause() throws {
    #expect(
      try Self.rules("Trubina sagte, die Hegemonie grenze an Hysterie.").first
        == "Hegemonie/reported/konjunktiv/person/Trubina")
    #expect(
      try Self.rules("Westliche Stimmen behaupten seither, der Westen liefert Waffen.")
        == ["Westen/reported/main-clause/person/Westliche Stimmen"])
    // After a noun, "die" opens a relative clause: the outlet's words.
    #expect(
      try Self.rules("Putin sagte den Reportern, die den Westen fragten, nichts.")
        == ["Westen/author///"])
  }

  @Test func beliefVerbsAndPossessiveSourcesReport() throws {
    #expect(
      try Self.rules("Beobachter erwarten, dass es um die Spezialoperation geht.")
        == ["Spezialoperation/reported/dass-clause/person/Beobachter"])
    #expect(
      try Self.rules("Der Geheimdienst geht davon aus, dass der Westen zögert.").first?
        .hasPrefix("Westen/reported/dass-clause/") == true)
    // The noun shares the verb's stem: "Erwartungen" is no cue.
    #expect(
      try Self.rules("Die Erwartungen, dass der Westen zögert, waren groß.")
        == ["Westen/author///"])
    #expect(
      try Self.rules("Nach seiner Einschätzung wird der Westen weiter zögern.")
        == ["Westen/reported/source-phrase/unknown/"])
  }

  @Test func anAttributionInTheMiddleReportsWhatStandsBeforeIt() throws {
    #expect(
      try Self.rules("Die Hegemonie, sagt Ohlendorf, könne am Ende scheitern.")
        == ["Hegemonie/reported/konjunktiv/person/Ohlendorf"])
  }

  @Test func whatSomeoneSpeaksAboutIsTheirsWhomTheyAccuseIsNot() throws {
    #expect(
      try Self.rules("Peskow sprach von Gerüchten, die der Westen gezielt verbreitet.")
        == ["Westen/reported/naming-verb/person/Peskow"])
    #expect(
      try Self.rules("Selenskyj wirft dem Westen Zögern vor.") == ["Westen/author///"])
    // "sprachen über" names a topic, in the outlet's words.
    #expect(
      try Self.rules("Die beiden sprachen über den Westen.") == ["Westen/author///"])
  }

  @Test func aChainSentenceIsReportedFromItsStartAndSubordinatesJoinASourcePhrase() throws {
    // The apposition before the subjunctive is part of the speech that goes on.
    #expect(
      try Self.rules(
        "Putin sagte, Russland werde siegen. Doch auch der Westen, der Partner Kiews, verliere."
      )
      .first == "Westen/reported/reported-chain/person/Putin")
    // "Solange …" before "nach seiner Einschätzung" is what the phrase attributes.
    #expect(
      try Self.rules("Solange der Westen zögert, wird Moskau nach seiner Einschätzung liefern.")
        == ["Westen/reported/source-phrase/unknown/"])
    // An unambiguous Konjunktiv II after reported speech: "erfänden".
    #expect(
      try Self.rules("Sie sagte, die Lage sei ernst. Der Westen erfände Geschichten.").last
        == "Westen/reported/reported-chain/unknown/")
  }

  @Test func aMainClauseAfterASemicolonCuePhrase() throws {
    #expect(
      try Self.rules("Man sah Soldaten; die Ukrainer sagen, sie kämen aus dem Westen.").last?
        .hasPrefix("Westen/reported/") == true)
  }

  @Test func excerptsAfterAuszuegeGoOnOverParagraphsInThePresent() throws {
    let text = """
      Beide Seiten veröffentlichten eine Erklärung. Auszüge:

      Die beiden Staaten stehen gemeinsam für eine Welt ohne Hegemonie ein.

      Beide Seiten verurteilen die Hegemonie, die der Westen erhalten will.

      Wenige Tage später reiste die Ministerin nach Moskau und sprach über den Westen.
      """
    #expect(
      try Self.rules(text).map { $0.split(separator: "/").prefix(3).joined(separator: "/") } == [
        "Hegemonie/quote/block-quote", "Hegemonie/quote/block-quote", "Westen/quote/block-quote",
        "Westen/author",
      ])
  }

  @Test func aNamingVerbBeforeACoordinatedVerbAndARelativeClauseAfterThePredicative() throws {
    #expect(
      try Self.rules(
        "Dass Politiker ihn einen Feind der Hegemonie nennen und Waffen fordern, ist bekannt.")
        == ["Hegemonie/reported/naming-verb/unknown/"])
    #expect(
      try Self.rules("Er bezeichnete ihn als Despoten, der die Hegemonie sucht.").last
        == "Hegemonie/reported/naming-verb/unknown/")
  }
}
