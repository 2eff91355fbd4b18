import FramingTestSupport
import Testing

@testable import FramingCore

/// Attribution with the bundled actor registry and shared label inventory (issue 16): texts we
/// wrote, one per rule, with the person each label goes to.
@Suite struct RegisteredActorsTests {
  let probe: PipelineProbe

  init() throws { probe = PipelineProbe(lexicon: try Fixtures.defaultLexicon()) }

  /// "term:rule:person:counted-for" for every match of the two actor modules, Kim's module
  /// first where both match the same span.
  func attributions(_ text: String) throws -> [String] {
    return probe.analyze(text).matches.filter { $0.attribution.rule != .notApplicable }
      .filter { $0.status != .notTarget }
      .map {
        "\($0.text):\($0.attribution.rule.rawValue):\($0.attribution.refersTo):"
          + (probe.lexicon.modules[$0.module].target?.actorID ?? "")
      }
  }

  @Test func putinGetsTheLabelsKimHas() throws {
    #expect(
      try attributions("Der Diktator Putin lächelte.") == [
        "Diktator:apposition:Wladimir Putin:wladimir-putin"
      ])
  }

  /// What the article called someone elsewhere does not beat the name in the sentence before.
  @Test func aNameJustBeforeWinsOverWhoTheArticleCallsSo() throws {
    let text = """
      Russlands Machthaber Putin reiste an. Ostasien ist in Gefahr, wenn Kim Jong Un Raketen       erhält. Der Machthaber hat die Gunst der Stunde erkannt.
      """
    #expect(try attributions(text).last == "Machthaber:reference:Kim Jong Un:kim-jong-un")
  }

  /// The subject pronoun of the label's clause is someone else than the label.
  @Test func theSubjectPronounIsNotTheLabelsPerson() throws {
    // "Er" is the person named last (Kim): the dictator he invites is the other one.
    let text = "Putin begrüßte Kim Jong Un. Er lud den Diktator nach Pjöngjang ein."
    #expect(try attributions(text).last == "Diktator:reference:Wladimir Putin:wladimir-putin")
  }

  @Test func predicativesOfLabelsGappedCopulasAndGenericAntecedents() throws {
    // The subject is a label already attributed.
    #expect(
      try attributions("In Kiew gilt der Marschall Kim als ebenso großer Kriegsverbrecher.").last
        == "Kriegsverbrecher:predicative:Kim Jong Un:kim-jong-un")
    // The object of a naming verb is a label already attributed.
    #expect(
      try attributions("Kiew bezeichnete den russischen Präsidenten erneut als Kriegsverbrecher.")
        .last == "Kriegsverbrecher:predicative:Wladimir Putin:wladimir-putin")
    // The copula left out of the second clause.
    #expect(
      try attributions("Klar ist: Putin ist ein Kriegsverbrecher, Kim ein Tyrann.") == [
        "Kriegsverbrecher:predicative:Wladimir Putin:wladimir-putin",
        "Tyrann:predicative:Kim Jong Un:kim-jong-un",
      ])
    // "ein Mann, den …" in apposition to the label before it; "der Herrscher aus dem Kreml" is
    // placed by the Kremlin.
    let text = """
      Kim Jong Un wartete. Heute kommt der Herrscher aus dem Kreml, ein Mann, den der       Strafgerichtshof als mutmaßlichen Kriegsverbrecher sucht.
      """
    #expect(
      try attributions(text) == [
        "Herrscher:place:Wladimir Putin:wladimir-putin",
        "Kriegsverbrecher:predicative:Wladimir Putin:wladimir-putin",
      ])
  }

  /// "die Schwester des Machthabers, Kim Yo Jong": the name after the label is the sister's.
  @Test func theRelativeNamedAfterAGenitiveLabelIsNotTheLabel() throws {
    #expect(
      try attributions("Putin kam. Auch die Schwester des Machthabers, Kim Yo Jong, sprach.")
        == ["Machthabers:reference:Kim Jong Un:kim-jong-un"])
  }

  /// An actor the article names only by his country and capital can be who it is about.
  @Test func anActorNamedOnlyByHisPlacesIsACandidate() throws {
    let text = """
      Putin empfing Gäste. Nordkorea schickt Truppen. In Pjöngjang feiert man. In Pjöngjang \
      marschiert man. Man jubelt.

      Der Machthaber hat eine Einheit besucht.
      """
    #expect(try attributions(text).last == "Machthaber:salience:Kim Jong Un:kim-jong-un")
  }

  @Test func titlesAfterAColonAGenitiveOrHiess() throws {
    #expect(
      try attributions("Kim Jong-un: Der dritte Herrscher der Dynastie") == [
        "Herrscher:apposition:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions(
        "Putin kam. Der Gastgeber, Machthaber des abgeschotteten Staates Kim Jong-un, fuhr.")
        == ["Machthaber:apposition:Kim Jong Un:kim-jong-un"])
    // "hieß der Machthaber noch Kim Jong-il": the father, counted for no actor.
    #expect(try attributions("Putin kam. Damals hieß der Machthaber noch Kim Jong-il.") == [])
  }

  @Test func objectsOfNamingBeforeTheVerbOrAsPronounsOfALabel() throws {
    // The object before the verb: "Seinen Gast nannte er einen …".
    #expect(
      try attributions(
        "Kim Jong Un kam an. Putin lobte ihn. Seinen Gast nannte er einen erfahrenen Staatschef."
      )
      .last == "Staatschef:predicative:Kim Jong Un:kim-jong-un")
    // "ihn" after a label placed in the Kremlin.
    let text = """
      Und der angebliche Diktator im Kreml? Er sucht sich Partner. Dass Politiker ihn einen \
      Kriegsverbrecher nennen, stört ihn nicht.
      """
    #expect(
      try attributions(text).last == "Kriegsverbrecher:predicative:Wladimir Putin:wladimir-putin")
    // A relative clause after a label and its place: "Der Kriegsherr im Kreml, den …".
    #expect(
      try attributions(
        "Kim kam. Der Kriegsherr im Kreml, den Den Haag als Kriegsverbrecher sucht, wartete."
      ).last == "Kriegsverbrecher:predicative:Wladimir Putin:wladimir-putin")
  }

  @Test func appositionsCoordinatedTitlesAndACountrysLeader() throws {
    #expect(
      try attributions(
        "Wladimir Putin, seit einem Vierteljahrhundert Herrscher über Russland, schwieg.")
        == ["Herrscher:apposition:Wladimir Putin:wladimir-putin"])
    #expect(
      try attributions(
        "Putin traf Kim Jong Un, Vorsitzender der Kommission und Oberster Befehlshaber der Armee."
      ) == [
        "Vorsitzender:apposition:Kim Jong Un:kim-jong-un",
        "Oberster Befehlshaber:apposition:Kim Jong Un:kim-jong-un",
      ])
    #expect(
      try attributions(
        "Es war das erste Mal, dass Nordkorea während einer Reise seines Führers Raketen testete.")
        == ["Führers:country:Kim Jong Un:kim-jong-un"])
    // "vom Vorsitzenden": a preposition with the article in it is a definite reference.
    #expect(
      try attributions("Putin und Kim Jong Un trafen sich. Putin wurde vom Vorsitzenden begrüßt.")
        .last
        == "Vorsitzenden:reference:Kim Jong Un:kim-jong-un")
    // The place after scare quotes: "der angebliche „Diktator“ im Kreml".
    #expect(
      try attributions("Und der angebliche „Diktator“ im Kreml?")
        == ["Diktator:place:Wladimir Putin:wladimir-putin"])
  }

  /// "er" after a family member named for the actor's sake means the actor.
  @Test func aPronounPassesOverAFamilyMemberNamedInPassing() throws {
    let text = """
      Als Putin im Jahr 2000 kam, traf er den Vater des heutigen Herrschers, Kim Jong-il. Im \
      Westen gilt er als Kriegsverbrecher.
      """
    #expect(
      try attributions(text).last == "Kriegsverbrecher:predicative:Wladimir Putin:wladimir-putin")
  }

  @Test func familyMembersAreNotKim() throws {
    #expect(try attributions("Machthaber Kim Jong-il reiste 2001 nach Moskau.") == [])
    // The sister of the dictator: the dictator is the actor whose family the registry lists.
    #expect(
      try attributions("Putin kam. Kim Yo Jong, die Schwester des Diktators, begrüßte ihn.") == [
        "Diktators:reference:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func placesAfterALabelNameTheActor() throws {
    #expect(
      try attributions("Kim traf Putin. Der Despot im Kreml lächelte.") == [
        "Despot:place:Wladimir Putin:wladimir-putin"
      ])
    #expect(
      try attributions("Putin traf Kim. Der Machthaber in Pjöngjang schwieg.") == [
        "Machthaber:place:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func theOfficeALabelNamesBeatsTheNearerActor() throws {
    // The other actor is nearer each time, but "Vorsitzender" is Kim's office and "Präsident"
    // Putin's: the office decides (rule `salience`, since recency alone would not).
    #expect(
      try attributions("Kim empfing Putin. Der Vorsitzende lächelte.") == [
        "Vorsitzende:salience:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions("Putin dankte Kim. Der Präsident sprach lange.") == [
        "Präsident:salience:Wladimir Putin:wladimir-putin"
      ])
  }

  @Test func aLabelTheArticleTiedToOneActorKeepsMeaningHim() throws {
    let text =
      "Nordkoreas Machthaber Kim kam. Putin wartete. Eins. Zwei. Drei. Der Machthaber lachte."
    #expect(
      try attributions(text) == [
        "Machthaber:apposition:Kim Jong Un:kim-jong-un",
        "Machthaber:salience:Kim Jong Un:kim-jong-un",
      ])
  }

  @Test func competingActorsLeaveTheLabelUnresolvedWithTheCandidates() throws {
    let text = "Kim traf Putin. Eins. Zwei. Drei. Vier. Der Autokrat lachte."
    let autokrat = probe.analyze(text).matches.filter { $0.text == "Autokrat" }
    #expect(autokrat.map(\.attribution.rule) == [.unresolved, .unresolved])
    #expect(autokrat.first?.attribution.refersTo == "Kim Jong Un | Wladimir Putin")
  }

  @Test func definitePredicativesAndPartitives() throws {
    #expect(
      try attributions("Kim ist bereits der dritte Diktator seiner Familie.") == [
        "Diktator:predicative:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions("Kim gilt als einer der brutalsten Despoten.") == [
        "Despoten:predicative:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func actorsNamedInTheLabelsSentenceAreOtherPeople() throws {
    // The label and the Kremlchef (or "ihn", Putin) in one sentence are two people.
    #expect(
      try attributions(
        "Kim wartete. Putin kam. Der Diktator fuhr die Limousine, die ihm der Kremlchef schenkte."
      ).filter { $0.hasPrefix("Diktator") } == ["Diktator:reference:Kim Jong Un:kim-jong-un"])
    #expect(
      try attributions("Kim wartete. Putin landete. Der Staatschef empfing ihn.") == [
        "Staatschef:reference:Kim Jong Un:kim-jong-un"
      ])
    // "ihn" in a later clause may be the label's own man: it excludes no one.
    #expect(
      try attributions("Putin kam. Kim wartete. Der Diktator lächelte, als man ihn begrüßte.") == [
        "Diktator:reference:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func aFamilyMemberIsNotWhomADefiniteReferenceMeans() throws {
    #expect(
      try attributions("Kim kam. Schon Kim Jong-il reiste so. Der Herrscher bleibt drei Tage.") == [
        "Herrscher:reference:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func titlesAcrossAnAttributeAndACommaAreAppositions() throws {
    #expect(
      try attributions(
        "Putin kam. Der Vorsitzende der Kommission für Staatsangelegenheiten, Kim Jong-un, lachte."
      ) == [
        "Vorsitzende der Kommission für Staatsangelegenheiten:apposition:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions("Putin kam. Der Herrscher über 26 Millionen Menschen, Kim Jong Un, lachte.")
        == ["Herrscher:apposition:Kim Jong Un:kim-jong-un"])
  }

  @Test func someoneElsesNameOrNationalityMakesTheLabelTheirs() throws {
    #expect(
      try attributions(
        "Putin traf Kim. Auch Alexander Lukaschenko, Machthaber in Belarus, schwieg.")
        == [])
    #expect(try attributions("Putin traf Kim. Der südkoreanische Präsident tagte.") == [])
    #expect(
      try attributions("Kim traf Putin. Die Kriegstreiber in Washington schwiegen.") == [])
  }

  @Test func aCounterpartIsTheOtherActor() throws {
    #expect(
      try attributions("Kim kam an. Putin schenkte seinem Amtskollegen ein Auto.") == [
        "Amtskollegen:reference:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions("Kim kam an. Putin leiht sich Soldaten bei einem anderen Diktator.") == [
        "Diktator:reference:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func placesAfterAGenitiveBelongToItsHeadNoun() throws {
    // A visit to Pjöngjang by Putin ("Präsident" is his office), not Pjöngjang's president.
    #expect(
      try attributions(
        "Putin reiste an. Kim sagte: „Der Besuch des Präsidenten in Pjöngjang ehrt uns.“")
        == ["Präsidenten:reference:Wladimir Putin:wladimir-putin"])
  }

  @Test func predicativesOfAnObjectAndAcrossSondern() throws {
    #expect(
      try attributions("Kim kam an. Putin nannte ihn einen Despoten.") == [
        "Despoten:predicative:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions("Biden nannte Putin einen Diktator.") == [
        "Diktator:predicative:Wladimir Putin:wladimir-putin"
      ])
    #expect(
      try attributions("Kim ist kein Provokateur, sondern ein kühl rechnender Gewaltherrscher.")
        == ["Gewaltherrscher:predicative:Kim Jong Un:kim-jong-un"])
  }

  @Test func predicativesWithTheVerbAtTheClausesEnd() throws {
    #expect(
      try attributions("Wer Putin einen Diktator nennt, irrt.") == [
        "Diktator:predicative:Wladimir Putin:wladimir-putin"
      ])
    #expect(
      try attributions("Kim, den man in Seoul einen Despoten nennt, lacht.") == [
        "Despoten:predicative:Kim Jong Un:kim-jong-un"
      ])
    // A label as the antecedent of the relative clause, resolved first.
    #expect(
      try attributions("Kim kam an. Der Staatschef, den man in Seoul einen Despoten nennt, lachte.")
        == [
          "Staatschef:reference:Kim Jong Un:kim-jong-un",
          "Despoten:predicative:Kim Jong Un:kim-jong-un",
        ])
    #expect(
      try attributions("Wer Kim für einen berechenbaren Diktator hielt, irrt.") == [
        "Diktator:predicative:Kim Jong Un:kim-jong-un"
      ])
    #expect(
      try attributions("Vor 24 Jahren kam Putin als junger Präsident nach Pjöngjang.") == [
        "Präsident:predicative:Wladimir Putin:wladimir-putin"
      ])
  }

  @Test func bothCountsForTheActorsWhosePlacesTheArticleNames() throws {
    // Kim is never named, but Pjöngjang is his: "die beiden Staatschefs" are Putin and Kim.
    #expect(
      try attributions("Putin flog nach Pjöngjang. Die beiden Staatschefs unterschrieben.") == [
        "Staatschefs:plural:Kim Jong Un + Wladimir Putin:kim-jong-un",
        "Staatschefs:plural:Kim Jong Un + Wladimir Putin:wladimir-putin",
      ])
  }

  @Test func aNounAfterALabelIsNoName() throws {
    #expect(
      try attributions("Putin kam. Danach sicherte der Marschall Russland seine Hilfe zu.")
        .allSatisfy { !$0.contains(":apposition:Russland") })
    let text = "Kim kam. Nordkorea testete während einer Reise seines Führers Raketen."
    #expect(
      probe.analyze(text).matches.filter { $0.text == "Führers" }.map(\.attribution.refersTo)
        .allSatisfy { $0 != "Raketen" })
    #expect(
      probe.analyze("Der Machthaber Lukaschenko lachte.").matches.map(\.attribution.refersTo)
        == ["Lukaschenko", "Lukaschenko"])
  }

  @Test func aDefinitePredicativeAfterAVerbOfNaming() throws {
    #expect(
      try attributions("Kim kam. Wenzelmann nennt Putin den „Autokraten mit dem längsten Atem“.")
        == ["Autokraten:predicative:Wladimir Putin:wladimir-putin"])
    // "seinen Gast": the counterpart of the subject, Kim.
    #expect(
      try attributions("Putin kam. Kim nannte seinen Gast den „treuesten Genossen“.") == [
        "Genossen:predicative:Wladimir Putin:wladimir-putin"
      ])
  }

  @Test func aPlaceRightAfterALabelMustBeAGenitive() throws {
    #expect(
      try attributions("Kim kam. Danach sicherte der Marschall Russland Hilfe zu.") == [
        "Marschall:reference:Kim Jong Un:kim-jong-un"
      ])
  }

  @Test func theVerbTellsAWomanFromSeveralPeople() throws {
    // "die Vorsitzende … lebt": one woman, not the two men; "… sind": several.
    #expect(
      try attributions("Putin traf Kim. Die Vorsitzende des Kulturvereins lebt in Wetzlar.") == [])
    #expect(
      try attributions("Putin traf Kim. Die Vorsitzende sind zufrieden.").count == 2)
  }
}
