import Testing

@testable import FramingCore

@Suite struct QuoteDetectorTests {
  /// Words in quote voice, joined by spaces.
  func quoted(_ text: String) -> String {
    let cleaned = Cleaner(rules: .none).clean(Array(text.unicodeScalars)).text
    let tokens = Tokenizer.german.tokenize(cleaned)
    let result = QuoteDetector().detect(cleaned, tokens: tokens, stemmer: Stemmer())
    return tokens.indices.filter { tokens[$0].isWordLike && result.voices[$0] == .quote }
      .map { tokens[$0].text }.joined(separator: " ")
  }

  @Test(arguments: [
    ("Er sagte: „Wir siegen.“ Dann ging er.", "Wir siegen"),
    ("Sie sprach von «voller Unterstützung» für ihn.", "voller Unterstützung"),
    ("Ein Pakt, der »friedlich und defensiv« sei.", "friedlich und defensiv"),
    ("Das sei \"nur Augenwischerei\", so Brown.", "nur Augenwischerei"),
    ("Es hieß: „Der ‚Kampf‘ geht weiter“, sagte er.", "Der Kampf geht weiter"),
    ("Er nannte es ‹wichtig› und «sehr ‹bedeutend›».", "wichtig sehr bedeutend"),
    ("So sagte er “hello world” dazu.", "hello world"),
    ("Sie rief „Erstens. Zweitens.“ und ging.", "Erstens Zweitens"),
  ])
  func marksDirectQuotes(text: String, expected: String) {
    #expect(quoted(text) == expected)
  }

  @Test func aRunOf50000GuillemetsIsUnbalancedAndLeavesTheTextInAuthorVoice() {
    // Issue 22: each mark scanned the whole stack of open marks (50,000 took 102 s).
    let text = "Er sagte " + String(repeating: "»", count: 50_000) + " Diktator."
    let cleaned = Cleaner(rules: .none).clean(Array(text.unicodeScalars)).text
    let tokens = Tokenizer.german.tokenize(cleaned)
    let result = QuoteDetector().detect(cleaned, tokens: tokens, stemmer: Stemmer())
    #expect(tokens.filter { $0.kind == .quoteMark }.count == 50_000)
    #expect(result.unbalancedMarks.count == 50_000)
    #expect(result.quotes.isEmpty)
    #expect(result.voices.allSatisfy { $0 == .author })
  }

  @Test func markStackFindsTheInnermostOpenerAMarkCloses() {
    var stack = MarkStack()
    stack.push("„", 0)
    stack.push("»", 1)
    stack.push("‚", 2)
    #expect(stack.lastOpener(closedBy: "“") == 0)
    #expect(stack.lastOpener(closedBy: "«") == 1)
    #expect(stack.lastOpener(closedBy: "‘") == 2)
    stack.removeFrom(1)
    #expect(stack.lastOpener(closedBy: "«") == nil)
    #expect(stack.lastOpener(closedBy: "‘") == nil)
    #expect(stack.lastOpener(closedBy: "“") == 0)
    #expect(stack.entries.map(\.token) == [0])
  }

  @Test func unbalancedMarkDoesNotFlipTheRest() {
    let text = "Er sagte „Wir kommen und ging.\n\nDer Diktator lachte."
    #expect(quoted(text) == "")
  }

  @Test func reportsUnpairedMark() {
    let text = "Er sagte „Wir kommen und ging."
    let cleaned = Cleaner(rules: .none).clean(Array(text.unicodeScalars)).text
    let tokens = Tokenizer.german.tokenize(cleaned)
    let result = QuoteDetector().detect(cleaned, tokens: tokens, stemmer: Stemmer())
    #expect(result.unbalancedMarks.map { tokens[$0].text } == ["„"])
  }

  @Test func continuesQuoteIntoParagraphOpenedWithSameMark() {
    let text = "Er sagte: „Erster Teil.\n\n„Zweiter Teil“, schloss er."
    #expect(quoted(text) == "Erster Teil Zweiter Teil")
  }

  @Test func paragraphAfterColonWithVerbOfSayingIsBlockQuote() {
    let text =
      "Kim unterstützt den Krieg, wie er selbst betont:\n\nDie Regierung unterstützt die Spezialoperation.\n\nDanach Schweigen."
    #expect(quoted(text) == "Die Regierung unterstützt die Spezialoperation")
  }

  @Test func heisstEsIntroducesBlockQuote() {
    let text = "In der Erklärung heißt es:\n\nWir stehen zusammen.\n\nEnde."
    #expect(quoted(text) == "Wir stehen zusammen")
  }

  @Test func colonIntroducingAListIsNotAQuote() {
    let text =
      "Auf der Tagesordnung standen drei Punkte:\n\nHandel, Energie und Raumfahrt.\n\nEnde."
    #expect(quoted(text) == "")
  }

  @Test func listAfterVerbOfSayingIsNotAQuote() {
    let text = "Er sagte:\n\n- erstens Handel\n\nEnde."
    #expect(quoted(text) == "")
  }
}
