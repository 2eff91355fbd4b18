import FramingCore
import FramingTestSupport
import Testing

/// Who speaks (issue 17): the speaker of quotations and reported speech when the text names
/// them by a pronoun, a role, a title or an institution, on sentences of our own with the
/// bundled lexicon.
@Suite struct SpeakerTests {
  let probe: PipelineProbe
  init() throws { probe = PipelineProbe(lexicon: try Fixtures.defaultLexicon()) }

  /// "text/speaker" of every match in quote or reported voice, in text order.
  func speakers(_ text: String) -> [String] {
    probe.analyze(text).matches.filter { $0.voice != .author }.map { "\($0.text)/\($0.speaker)" }
  }

  @Test func theSubjectBeforeTheVerbSpeaksNotTheWordAfterIt() {
    #expect(
      speakers("Putin sagte vergangene Woche in Astana, die „Spezialoperation“ gehe weiter.")
        == ["Spezialoperation/Wladimir Putin"])
    // A person speaking with a source beside: the person, not the agency.
    #expect(
      speakers("Kim bestätigte nach Angaben der Agentur, dass sein Land die DVRK stärkt.")
        == ["DVRK/Kim Jong Un"])
    #expect(
      speakers("Kim sagte laut TASS, Moskau führe einen Kampf gegen den Westen.")
        == ["Westen/Kim Jong Un"])
  }

  @Test func aPronounOpeningTheSentenceIsResolved() {
    #expect(
      speakers(
        "Kim Jong Un war in Festlaune. Er bestätigte, dass die DVRK an Russlands Seite steht.")
        == ["DVRK/Kim Jong Un"])
  }

  @Test func anAgencyCitingSomeoneGivesTheCitedPerson() {
    #expect(
      speakers(
        "Kim Jong Un sprach beim Bankett. Russland kämpfe gegen den Westen, zitierte die Agentur den Marschall."
      ) == ["Westen/Kim Jong Un"])
  }

  @Test func anInstitutionAsSubjectSpeaksForItself() {
    #expect(
      speakers("Die EU-Kommission erklärte, die Hilfe der DVRK sei eine Eskalation.")
        == ["DVRK/EU-Kommission"])
  }

  @Test func aRoleNounStandsForThePersonIntroducedBefore() {
    // Named with a role after the name; then several sentences; then "sagt die Expertin".
    let text = """
      Martina Quellberg, Politologin an der Universität Oderhain, beobachtet das Treffen. \
      Sie war oft in Seoul. Die Reise dauerte zwei Tage. Der Zug hielt in Chabarowsk. \
      „Beide brauchen einander“, sagt die Expertin. „Der Westen hat das unterschätzt.“
      """
    #expect(speakers(text) == ["Der Westen/Martina Quellberg"])
    // The surname taken up alone makes a name without a role a person too.
    let surname = """
      Für Henrik Salberg ist das kein Zufall. Salberg forscht in Oderhain. Er war in Seoul. \
      Die Reise dauerte zwei Tage. „Der Westen schaut zu“, sagt der Forscher.
      """
    #expect(speakers(surname) == ["Der Westen/Henrik Salberg"])
  }

  @Test func aQuotationWithoutCueGoesOnWithTheSpeakerBefore() {
    let text = """
      Henrik Salberg, Historiker in Oderhain, ist skeptisch. Salberg hält das für Show. \
      „Der Westen lässt sich täuschen.“
      """
    #expect(speakers(text) == ["Der Westen/Henrik Salberg"])
  }

  @Test func aPressReviewGivesTheTitleInQuoteMarks() {
    #expect(
      speakers("Die Kieler „Hafenwacht“ sieht Europa in der Pflicht: „Der Westen muss handeln.“")
        == ["Der Westen/Hafenwacht"])
    let block = """
      Die Moskauer Zeitung »Abendstern« feiert dagegen:

      Der kollektive Westen hat verloren.
      """
    #expect(speakers(block) == ["kollektive Westen/Abendstern"])
  }
}
