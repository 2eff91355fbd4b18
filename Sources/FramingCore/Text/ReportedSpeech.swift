/// Finds sentences in indirect speech: the outlet's sentences that carry a Konjunktiv I verb
/// ("Russland sei ein autarkes Land, erklärte Putin"; "Freunde seien sie nicht, so Brown").
///
/// German news marks reported speech with the present subjunctive; its forms are listed here as
/// data (the third person singular of auxiliaries, modals and the verbs news agencies report
/// with most, plus "seien"; other plural forms equal the indicative and are not listed).
/// A form after "als" or "ob" ("als sei nichts geschehen") is a comparison, not reported speech.
/// Only author-voice tokens become `reported`; quotations stay `quote`.
public enum ReportedSpeech {
  static let subjunctiveForms: Set<String> = [
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle",
    "dürfe", "möge", "wisse", "gebe", "stehe", "liege", "gehe", "komme", "bleibe", "brauche",
    "verbinde", "unterstütze", "plane", "handle", "richte", "diene", "fehle",
    "zeige", "lasse", "mache", "sehe", "trage", "gelte", "folge", "bestehe", "erwarte", "drohe",
    "kenne", "verfüge", "bedeute", "betreffe", "halte", "arbeite", "suche", "spiele", "führe",
    "liefere", "schätze", "teile", "wünsche", "strebe", "lehne", "verletze", "respektiere",
    "akzeptiere", "beabsichtige", "erkenne", "fordere", "verstoße", "beruhe", "entspreche",
    "gefährde", "garantiere", "benötige", "besitze", "bestreite", "biete", "danke",
    "hoffe", "glaube", "stimme", "trete", "verfolge", "vertraue", "wachse",
    "wirke", "ziele", "beachte", "nutze", "bekomme", "erhalte", "setze",
  ]

  /// Voices with reported clauses marked; `voices` come from the quote detector.
  ///
  /// A sentence is cut into clauses at commas, colons, semicolons and dashes. From the first
  /// clause with a Konjunktiv I form on, author-voice tokens become `reported`, up to a clause
  /// without such a form that carries the attribution ("so Brown", "erklärte Putin", "zitierte
  /// TASS Putin"): that clause and the ones after it stay the outlet's words, unless they have a
  /// Konjunktiv I form of their own.
  public static func mark(_ tokens: [Token], voices: [Voice], isSpeechCue: (Int) -> Bool) -> [Voice]
  {
    var result = voices
    var start = 0
    while start < tokens.count {
      var end = start
      while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
      let clauses = clauses(tokens, voices, start..<end)
      if let first = clauses.firstIndex(where: { hasSubjunctive(tokens, voices, $0) }) {
        var isReporting = true
        for clause in clauses[first...] {
          if hasSubjunctive(tokens, voices, clause) {
            isReporting = true
          } else if clause.contains(where: isSpeechCue) {
            // The attribution ("erklärte Kim") is the outlet's; so is what follows it.
            isReporting = false
            continue
          }
          guard isReporting else { continue }
          for t in clause where result[t] == .author { result[t] = .reported }
        }
      }
      start = end
    }
    return result
  }

  /// Clauses of a sentence: token ranges between commas, colons, semicolons and dashes that
  /// stand outside quotations.
  static func clauses(_ tokens: [Token], _ voices: [Voice], _ sentence: Range<Int>) -> [Range<Int>]
  {
    var result: [Range<Int>] = []
    var start = sentence.lowerBound
    for t in sentence where tokens[t].kind == .punctuation && voices[t] != .quote {
      if [",", ":", ";", "–", "—", "-"].contains(tokens[t].text) {
        if t > start { result.append(start..<t) }
        start = t + 1
      }
    }
    if start < sentence.upperBound { result.append(start..<sentence.upperBound) }
    return result
  }

  static func hasSubjunctive(_ tokens: [Token], _ voices: [Voice], _ clause: Range<Int>) -> Bool {
    var previousWord: String? = nil
    for t in clause where tokens[t].kind == .word {
      // Compared as written: a capitalized "Teile" is the noun, not the verb.
      let word = tokens[t].text
      defer { previousWord = word }
      guard voices[t] == .author, subjunctiveForms.contains(word) else { continue }
      // Lower-cased only here, for the rare form found, not for every word of the clause.
      if let previous = previousWord?.lowercased(), previous == "als" || previous == "ob" {
        continue
      }
      return true
    }
    return false
  }
}
