import Testing

@testable import FramingCore

@Suite struct StemmerTests {
  let stemmer = Stemmer()

  @Test(arguments: [
    ("Diktator", "Diktators"), ("Diktator", "Diktatoren"), ("Machthaber", "Machthabers"),
    ("Machthaber", "Machthabern"), ("Präsident", "Präsidenten"), ("Maßnahme", "Massnahme"),
    ("völkerrechtswidriger", "völkerrechtswidrigen"), ("Kremlchef", "Kreml-Chefs"),
  ])
  func inflectedFormsShareAStem(base: String, form: String) {
    #expect(stemmer.stem(base) == stemmer.stem(form))
  }

  @Test func distinctWordsKeepDistinctStems() {
    #expect(stemmer.stem("Diktator") != stemmer.stem("Diktatur"))
    #expect(stemmer.stem("Westen") != stemmer.stem("westlich"))
  }

  @Test func foldsCaseSharpSAndHyphens() {
    #expect(Folding.fold("KREML-Chef") == "kremlchef")
    #expect(Folding.fold("Straße") == "strasse")
    #expect(Folding.fold("Kim’s") == "kim's")
  }

  @Test(arguments: ["betont", "sagte", "erklärte", "heißt", "schrieb"])
  func verbsOfSayingAreInTheTable(word: String) {
    #expect(SpeechVerbs.stems.contains(stemmer.stem(word)))
  }
}
