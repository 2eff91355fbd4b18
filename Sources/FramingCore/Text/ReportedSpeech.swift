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
  /// Konjunktiv I form of their own. Indirect speech in the indicative is marked too (see
  /// `markIndicative`).
  public static func mark(_ tokens: [Token], voices: [Voice], isSpeechCue: (Int) -> Bool) -> [Voice]
  {
    var result = voices
    var start = 0
    while start < tokens.count {
      var end = start
      while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
      let clauses = clauses(tokens, voices, start..<end)
      markIndicative(tokens, voices, clauses, start..<end, isSpeechCue: isSpeechCue, &result)
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

  /// Words after which a capitalized word still belongs to the source's noun phrase: "laut dem
  /// Nachrichtendienst des Bundes", "nach Angaben aus Moskau".
  static let phraseLinks: Set<String> = [
    "der", "die", "das", "des", "dem", "den", "von", "aus", "eines", "einer", "einem", "zweier",
  ]
  /// Coordinating words that start a new main clause: the reported content ends before them.
  static let coordinators: Set<String> = ["und", "aber", "doch", "sondern", "sowie"]

  /// Indirect speech in the indicative, in one sentence of author voice:
  /// - a dass-clause after a verb of saying ("Kim bestätigte, dass sein Land … unterstützt"),
  ///   up to a coordinated main clause ("…, und lobte …");
  /// - a sentence attributed by "laut X", "X zufolge", "nach Angaben/Einschätzung/Darstellung
  ///   X" or "wie X meldete" (`sourcePhrase`): the rest of the phrase's clause and the clauses
  ///   after it up to a colon or semicolon, or, when the phrase is a clause of its own after
  ///   others, the clauses before it; the phrase itself stays the outlet's ("Laut KCNA" is the
  ///   outlet naming its source), and a phrase after a quotation attributes the quotation;
  /// - clauses before a closing attribution of their own ("Für sie ist das kein fernes Thema,
  ///   sagt Okonek-Baek").
  static func markIndicative(
    _ tokens: [Token], _ voices: [Voice], _ clauses: [Range<Int>], _ sentence: Range<Int>,
    isSpeechCue: (Int) -> Bool, _ result: inout [Voice]
  ) {
    func word(_ t: Int) -> String { tokens[t].kind == .word ? tokens[t].text.lowercased() : "" }
    func isVerbOfSaying(_ t: Int) -> Bool {
      voices[t] == .author && isSpeechCue(t) && word(t) != "so" && word(t) != "laut"
    }
    func report(_ range: Range<Int>, except kept: Range<Int>? = nil) {
      for t in range where result[t] == .author && !(kept?.contains(t) ?? false) {
        result[t] = .reported
      }
    }
    // A dass-clause after a verb of saying.
    for (i, clause) in clauses.enumerated() where i > 0 {
      guard let first = clause.first(where: { tokens[$0].kind == .word }),
        isWord(tokens[first], "dass"),
        voices[first] == .author, clauses[i - 1].contains(where: isVerbOfSaying)
      else { continue }
      for next in clauses[i...] {
        if next != clause, let lead = next.first(where: { tokens[$0].kind == .word }),
          coordinators.contains(word(lead)) || next.contains(where: isVerbOfSaying)
        {
          break
        }
        report(next)
      }
    }
    // "laut X", "X zufolge", "nach Angaben X", "wie X meldete": the source phrase stays.
    if let (phrase, t) = sourcePhrase(tokens, voices, clauses, sentence, isSpeechCue: isSpeechCue) {
      let cue = clauses.firstIndex(where: { $0.contains(t) }) ?? 0
      // After a quotation the phrase attributes the quotation ("…“, tönte er laut TASS"); a
      // "wie"-clause before a colon introduces a block quote, which is quote voice already.
      if (sentence.lowerBound..<t).contains(where: { voices[$0] == .quote }) { return }
      if phrase.upperBound < sentence.upperBound, tokens[phrase.upperBound].text == ":" { return }
      // What the phrase attributes: the rest of its clause and the clauses after it, up to a
      // colon or semicolon; when the phrase is a clause of its own after others ("…, wie TASS
      // meldete", "…, Beobachtern zufolge"), the clauses before it.
      let isAlone = clauses[cue].allSatisfy { phrase.contains($0) || tokens[$0].kind != .word }
      var scope: Range<Int>
      if isAlone && cue > 0 {
        scope = sentence.lowerBound..<clauses[cue].lowerBound
      } else {
        scope = clauses[cue].lowerBound..<sentence.upperBound
        if let stop = (t..<sentence.upperBound).first(where: {
          voices[$0] == .author && (tokens[$0].text == ":" || tokens[$0].text == ";")
        }) {
          scope = scope.lowerBound..<stop
        }
      }
      report(scope, except: phrase)
      return
    }
    // Clauses before a closing attribution: "…, sagt Okonek-Baek." / "…, so Brown." A short
    // clause led by the verb; not "…, heißt das Friedenspolitik".
    if clauses.count >= 2, let last = clauses.last,
      let lead = last.first(where: { tokens[$0].kind == .word }), voices[lead] == .author,
      isSpeechCue(lead), lead + 1 < last.upperBound,
      last.filter({ tokens[$0].kind == .word }).count <= 8,
      !["das", "dies"].contains(word(lead + 1)),
      tokens[lead + 1].text.first?.isUppercase == true || phraseLinks.contains(word(lead + 1))
    {
      report(clauses[0].lowerBound..<last.lowerBound)
    }
  }

  /// Nouns after "nach" that make a source phrase: "nach Angaben des Ministeriums".
  static let sourceNouns: Set<String> = [
    "angaben", "einschätzung", "darstellung", "informationen", "ansicht", "auffassung",
    "erkenntnissen",
  ]
  /// Whether a word token is `lower` (ASCII, lower case) in any case, without building a
  /// lower-cased copy: this runs on many words of every sentence.
  static func isWord(_ token: Token, _ lower: StaticString) -> Bool {
    guard token.kind == .word, token.text.utf8.count == lower.utf8CodeUnitCount else {
      return false
    }
    var i = 0
    for byte in token.text.utf8 {
      let expected = lower.utf8Start[i]
      guard byte == expected || (byte | 0x20) == expected && byte >= 0x41 && byte <= 0x5A else {
        return false
      }
      i += 1
    }
    return true
  }

  /// First letters of "laut", "nach", "zufolge", "wie" (lower case ASCII).
  static let cueInitials: Set<UInt8> = [0x6C, 0x6E, 0x7A, 0x77]
  /// Words of a source phrase that name no source.
  static let sourceCueWords: Set<String> = sourceNouns.union(["laut", "nach", "zufolge", "wie"])

  /// The first phrase in a sentence of author voice that names the source of what the sentence
  /// says ("laut KCNA", "nach Angaben des Geheimdienstes", "Beobachtern zufolge", "wie die
  /// Agentur meldete"), with the index of its cue word.
  public static func sourcePhrase(
    _ tokens: [Token], _ voices: [Voice], _ clauses: [Range<Int>], _ sentence: Range<Int>,
    isSpeechCue: (Int) -> Bool
  ) -> (phrase: Range<Int>, cue: Int)? {
    func word(_ t: Int) -> String { tokens[t].kind == .word ? tokens[t].text.lowercased() : "" }
    for t in sentence where voices[t] == .author && tokens[t].kind == .word {
      // Every cue starts with l, n, z or w: most words are passed over without lower-casing.
      guard let b = tokens[t].text.utf8.first, Self.cueInitials.contains(b | 0x20) else {
        continue
      }
      if isWord(tokens[t], "laut"), t + 1 < sentence.upperBound {
        return (t..<nounPhraseEnd(tokens, from: t + 1, in: sentence), t)
      } else if isWord(tokens[t], "nach"), t + 1 < sentence.upperBound,
        sourceNouns.contains(word(t + 1))
      {
        return (t..<nounPhraseEnd(tokens, from: t + 2, in: sentence), t)
      } else if isWord(tokens[t], "zufolge") {
        var from = t
        while from > sentence.lowerBound, tokens[from - 1].kind == .word,
          tokens[from - 1].text.first?.isUppercase == true
            || phraseLinks.contains(word(from - 1))
        {
          from -= 1
        }
        return (from..<(t + 1), t)
      } else if isWord(tokens[t], "wie"), t == sentence.lowerBound || tokens[t - 1].text == ",",
        let clause = clauses.first(where: { $0.contains(t) }),
        clause.contains(where: {
          voices[$0] == .author && isSpeechCue($0) && word($0) != "so" && word($0) != "laut"
        })
      {
        return (clause, t)
      }
    }
    return nil
  }

  /// The end of a source's noun phrase starting at `from`: articles, adjectives and nouns, with
  /// genitive or "aus/von" links ("dem Nachrichtendienst des Bundes", "des südkoreanischen
  /// Geheimdienstes", "aus Moskau"); it ends after a noun that no link follows.
  static func nounPhraseEnd(_ tokens: [Token], from: Int, in sentence: Range<Int>) -> Int {
    var t = from
    var sawNoun = false
    while t < sentence.upperBound, tokens[t].kind == .word {
      let text = tokens[t].text
      let lower = text.lowercased()
      if text.first?.isUppercase == true {
        sawNoun = true
      } else if phraseLinks.contains(lower) {
        sawNoun = false
      } else if sawNoun {
        break
      }
      t += 1
    }
    return t
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
