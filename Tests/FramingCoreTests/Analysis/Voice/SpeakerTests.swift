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

  @Test func aMediumCarriesTheStatementOfItsOwner() {
    // The genitive after the statement noun.
    let genitive = """
      Die Staatsagentur KCNA verbreitete eine Erklärung des Verteidigungsministeriums. Darin \
      heißt es:

      Die DVRK wird nicht weichen.
      """
    #expect(speakers(genitive) == ["DVRK/Verteidigungsministeriums"])
    // No genitive: the subject of the sentence before ("Die Erklärung verbreitete KCNA").
    let before = """
      Das Außenministerium hat die Berichte zurückgewiesen. Die Erklärung verbreitete die \
      Agentur KCNA. Wörtlich heißt es:

      Die DVRK wird nicht weichen.
      """
    #expect(speakers(before) == ["DVRK/Außenministerium"])
    // A possessive before the medium: the medium's name after its noun.
    let possessive = """
      Die nordkoreanische Seite veröffentlichte eine Erklärung ihrer Staatsagentur KCNA. In der \
      Erklärung heißt es:

      Die DVRK wird nicht weichen.
      """
    #expect(speakers(possessive) == ["DVRK/KCNA"])
  }

  @Test func namesWithoutRolesAreFoundForPronouns() {
    // A surname with a noun after it ("in Malte Ohlendorfs Büro"), taken up alone later.
    let genitive = """
      In Henrik Salbergs Büro läuft ein Video. Für Salberg ist das eine Zäsur. „Der Westen \
      lügt“, sagt er.
      """
    #expect(speakers(genitive) == ["Der Westen/Henrik Salberg"])
    // Named once, then "sagt sie".
    let once = """
      Für Olga Berestowa ist das eine schlechte Nachricht. Sie lebt seit 2022 in Oderhain. \
      „Der Westen schaut zu“, sagt sie.
      """
    #expect(speakers(once) == ["Der Westen/Olga Berestowa"])
    // A role noun that is also a source noun: "Kremlsprecher Dmitri Peskow … sagte er".
    let role = """
      Kremlsprecher Dmitri Peskow wollte nichts sagen. Die Reise sei privat. Der Westen \
      übertreibe, sagte er.
      """
    #expect(speakers(role).last == "Der Westen/Dmitri Peskow")
  }

  @Test func reportedSpeechAfterAColonOrAnOpinionGoesToItsSubject() {
    #expect(
      speakers("Putin selbst wich aus: Was Russland und die DVRK täten, gehe niemanden etwas an.")
        == ["DVRK/Wladimir Putin"])
    let opinion = """
      Henrik Salberg, Historiker in Oderhain, kennt Kim. Dass Putin nun kommt, hält der \
      Historiker für bezeichnend. Der Westen habe sich verrechnet.
      """
    #expect(speakers(opinion) == ["Der Westen/Henrik Salberg"])
  }
}
