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
    // Konjunktiv II of strong verbs, with an umlaut no indicative has ("Die USA erfänden
    // Geschichten"): indirect speech where Konjunktiv I would equal the indicative.
    "erfände", "erfänden", "fände", "fänden", "gäben", "läge", "lägen", "sähe", "sähen",
    "brächte", "brächten", "dächte", "dächten", "verlöre", "verlören", "beträfe", "beträfen",
  ]

  /// Konjunktiv II and past forms that carry indirect speech on where Konjunktiv I would equal
  /// the indicative ("Die westlichen Staaten trügen die Verantwortung"); read as reported only
  /// right after reported speech or a verb of saying, where a reader reads them so.
  static let chainForms: Set<String> = [
    "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste",
    "müssten", "müßte", "müßten", "sollte", "sollten", "dürfte", "dürften", "trügen", "täten",
    "gäbe", "ginge", "gingen", "käme", "kämen", "stünde", "stünden", "bräuchte", "ließe",
    "hieße", "wüsste", "wollten",
  ]
  /// Lower-case words ending in "e" that are no verb form: determiners, adverbs, numerals.
  static let nonVerbsInE: Set<String> = [
    "eine", "keine", "meine", "deine", "seine", "ihre", "unsere", "eure", "diese", "jene",
    "welche", "manche", "solche", "jede", "alle", "beide", "viele", "wenige", "einige", "andere",
    "mehrere", "ohne", "gerne", "heute", "lange", "bitte", "alleine", "nahe", "ferne", "balde",
    "erste", "zweite", "dritte", "letzte", "nächste", "halbe", "ganze", "gleiche", "selbe",
    "derselbe", "dieselbe", "dasselbe", "ebene", "hierzulande", "zugrunde", "zulande", "gerade",
    "beinahe", "mitte", "ende", "rede", "zuhause", "irgendeine", "sämtliche", "etliche",
    // Past tense in "-e" without "-te".
    "wurde",
  ]
  /// Words before which an "-e" word is an adjective ("die neue", "im ganze"), not a verb.
  static let adjectiveLeads: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "kein", "keine", "sein", "seine", "ihr", "ihre", "unser", "unsere", "dieser", "diese",
    "dieses", "jede", "jeder", "im", "am", "zum", "zur", "vom", "beim", "ins", "sehr", "so",
    "zu", "wie", "als", "ganz", "besonders", "noch", "immer", "mehr", "weniger", "äußerst",
  ]
  /// Naming verbs: what their object is called is the subject's word ("Er nannte Putin einen
  /// Kriegstreiber", "Den Einsatz bezeichnete er als Teil der Sonderoperation").
  static let namingVerbs: Set<String> = [
    "nannte", "nannten", "nennt", "nennen", "nenne", "bezeichnete", "bezeichneten", "bezeichnet",
    "bezeichnen", "bezeichne", "beschimpfte", "beschimpft",
  ]
  /// Words that open a subordinate clause: before the first Konjunktiv I clause of a sentence
  /// such a clause belongs to the reported content ("Wer mit einem Schurkenstaat paktiere,
  /// gefährde den Frieden").
  static let subordinators: Set<String> = [
    "dass", "wer", "was", "wenn", "ob", "weil", "da", "obwohl", "falls", "solange", "sobald",
  ]
  /// Separable prefixes before an infix "zu" ("einzusteigen", "aufrechtzuerhalten").
  static let separablePrefixes = [
    "ein", "auf", "an", "aus", "ab", "mit", "vor", "zurück", "her", "hin", "bei", "fest",
    "weiter", "durch", "nach", "dar", "fort", "los", "umzu", "aufrecht", "bereit", "zusammen",
  ]

  /// Token voices and the rules behind them, changed together.
  struct Marks {
    var voices: [Voice]
    var rules: [VoiceRule]

    /// Marks the author-voice tokens of `range` (except `kept`) as reported by `rule`.
    mutating func report(_ range: Range<Int>, _ rule: VoiceRule, except kept: Range<Int>? = nil) {
      for t in range where voices[t] == .author && !(kept?.contains(t) ?? false) {
        voices[t] = .reported
        rules[t] = rule
      }
    }
  }

  /// Voices with reported clauses marked; `voices` and `rules` come from the quote detector.
  ///
  /// A sentence is cut into clauses at commas, colons, semicolons and dashes. From the first
  /// clause with a Konjunktiv I form on, author-voice tokens become `reported`, up to a clause
  /// without such a form that carries the attribution ("so Brown", "erklärte Putin", "zitierte
  /// TASS Putin"): that clause and the ones after it stay the outlet's words, unless they have a
  /// Konjunktiv I form of their own. Subordinate clauses before the first such clause belong to
  /// the reported content. Right after a verb of saying in the sentence, or in a sentence that
  /// follows reported speech in the same paragraph, any verb-like "-e" form and Konjunktiv II
  /// count too (`reported-chain`). Indirect speech in the indicative is marked too (see
  /// `markIndicative`), and what a naming verb calls its object (`markNamingVerb`).
  public static func mark(
    _ tokens: [Token], voices: [Voice], rules: [VoiceRule], isSpeechCue asked: (Int) -> Bool
  ) -> (voices: [Voice], rules: [VoiceRule]) {
    // Every token is asked several times (per sentence, per clause): each is looked up once.
    let speechCues = tokens.indices.map(asked)
    let cues = tokens.indices.map {
      voices[$0] == .author && (speechCues[$0] || isNamingVerb(tokens[$0]))
    }
    func isSpeechCue(_ t: Int) -> Bool { speechCues[t] }
    var marks = Marks(voices: voices, rules: rules)
    var start = 0
    var previous: (paragraph: Int, isReported: Bool, isSubjunctive: Bool) = (-1, false, false)
    while start < tokens.count {
      var end = start
      while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
      let sentence = start..<end
      let clauses = clauses(tokens, voices, sentence)
      func isCue(_ t: Int) -> Bool { cues[t] }
      // A short clause led by a verb of saying with its speaker: "sagt Ohlendorf", "sagt er".
      func isParenthetical(_ clause: Range<Int>) -> Bool {
        let words = clause.filter { tokens[$0].kind == .word }
        guard let lead = words.first, words.count <= 4 else { return false }
        return isCue(lead)
      }
      let hasCue = sentence.contains(where: isCue)
      // A sentence with a cue or a source of its own ("Beobachtern zufolge …") is no
      // continuation of the speech before it.
      let followsReported =
        previous.isReported && previous.paragraph == tokens[start].paragraph && !hasCue
        && sourcePhrase(tokens, voices, clauses, sentence, isSpeechCue: isSpeechCue) == nil
      // After a verb of saying ("Das Amt erklärte, die Vereinbarung untergrabe …", "Der
      // Diktator verkaufe …, sagt er") or after reported speech, a verb-like form not listed
      // carries the speech too.
      let listed = clauses.firstIndex(where: { hasSubjunctive(tokens, voices, $0) })
      var liberal: Int? = nil
      if hasCue {
        liberal = clauses.indices.first { i in
          !clauses[i].contains(where: isCue) && hasLikelySubjunctive(tokens, voices, clauses[i])
        }
      } else if followsReported {
        liberal = clauses.firstIndex {
          hasLikelySubjunctive(tokens, voices, $0, isAfterSubjunctive: previous.isSubjunctive)
        }
      }
      let first = [listed, liberal].compactMap { $0 }.min()
      let isLiberal = liberal != nil
      var rule = VoiceRule.konjunktiv
      if let first {
        if followsReported { rule = .reportedChain }
        // An attribution set in the middle ("Jede Granate, sagt Ohlendorf, könne …"): what
        // stands before it is the reported content too.
        if first >= 2, isParenthetical(clauses[first - 1]) {
          for clause in clauses[..<(first - 1)] { marks.report(clause, rule) }
        }
        for clause in clauses[..<first] where !clause.contains(where: isCue) {
          // A sentence that goes on with the speech is the speaker's from its start ("Doch auch
          // Putin, der Kremlchef, komme nicht gut weg"); elsewhere a subordinate clause before
          // the subjunctive belongs to it.
          guard let lead = clause.first(where: { tokens[$0].kind == .word }),
            followsReported || subordinators.contains(tokens[lead].text.lowercased())
          else { continue }
          marks.report(clause, rule)
        }
        var isReporting = true
        for (i, clause) in clauses.enumerated() where i >= first {
          if i == first || hasSubjunctive(tokens, voices, clause)
            || (isLiberal
              && hasLikelySubjunctive(
                tokens, voices, clause,
                isAfterSubjunctive: previous.isSubjunctive || !followsReported))
          {
            isReporting = true
          } else if clause.contains(where: isSpeechCue) {
            // The attribution ("erklärte Kim") is the outlet's; so is what follows it.
            isReporting = false
            continue
          }
          guard isReporting else { continue }
          marks.report(clause, rule)
        }
      }
      // The subjunctive decided first, so its rule names the tokens it covers; the indicative
      // rules and naming verbs then take what is left (the same tokens either way).
      markIndicative(tokens, voices, clauses, sentence, isSpeechCue: isSpeechCue, &marks)
      markNamingVerb(tokens, voices, clauses, &marks)
      markSpeakingAbout(tokens, voices, clauses, &marks)
      // What a naming verb calls someone is no speech that later sentences go on with.
      previous = (
        tokens[start].paragraph,
        // An attributed quotation starts a chain too ("…, hob er die »…« hervor. Sein Land
        // kämpfe …").
        sentence.contains { marks.voices[$0] == .reported && marks.rules[$0] != .namingVerb }
          || (hasCue && sentence.contains { voices[$0] == .quote }),
        sentence.contains {
          marks.voices[$0] == .reported
            && (marks.rules[$0] == .konjunktiv || marks.rules[$0] == .reportedChain)
        }
      )
      start = end
    }
    return (marks.voices, marks.rules)
  }

  static func isNamingVerb(_ token: Token) -> Bool {
    token.kind == .word && token.text.first?.isLowercase == true
      && namingVerbs.contains(token.text)
  }

  /// What a verb of speaking about something says of it: "schimpfte über die Lügenkampagne des
  /// Westens", "sprach von Gerüchten, die der Westen verbreite" (from the preposition to the
  /// end of the clause, and a relative clause right after it). Whom someone accuses ("warf
  /// Nordkorea vor") is a participant, not the speaker's words, and stays the outlet's.
  static func markSpeakingAbout(
    _ tokens: [Token], _ voices: [Voice], _ clauses: [Range<Int>], _ marks: inout Marks
  ) {
    func word(_ t: Int) -> String { tokens[t].kind == .word ? tokens[t].text.lowercased() : "" }
    for (i, clause) in clauses.enumerated() {
      let words = clause.filter { tokens[$0].kind == .word && voices[$0] == .author }
      if let verb = words.first(where: { speakingAboutVerbs[word($0)] != nil }),
        let preposition = words.first(where: {
          $0 > verb && $0 <= verb + 3 && speakingAboutVerbs[word(verb)] == word($0)
        })
      {
        marks.report(preposition..<clause.upperBound, .namingVerb)
        // "…, die der Westen gezielt verbreitet": the relative clause about the object.
        if i + 1 < clauses.count,
          let lead = clauses[i + 1].first(where: { tokens[$0].kind == .word }),
          ["der", "die", "das", "den", "dem", "denen", "deren", "dessen"].contains(word(lead))
        {
          marks.report(clauses[i + 1], .namingVerb)
        }
      }
    }
  }

  /// Verbs that speak about something, with the preposition that names it in the speaker's
  /// words: "sprach von Gerüchten", "schimpfte über die Kampagne". Not "sprachen über" (a topic,
  /// in the outlet's words).
  static let speakingAboutVerbs: [String: String] = [
    "sprach": "von", "spricht": "von", "sprachen": "von", "sprechen": "von",
    "schimpfte": "über", "schimpft": "über", "wetterte": "über", "wettert": "über",
    "klagte": "über", "klagt": "über", "spottete": "über", "spottet": "über",
  ]

  /// What a naming verb calls its object, in the outlet's sentence: from "als" or the
  /// indefinite article of the predicative to the end of the clause when the verb comes
  /// second ("Er nannte Putin einen Kriegstreiber"), to the verb when it comes last ("den
  /// man in Seoul einen Despoten nennt"). Words already in quote voice stay quotes.
  static func markNamingVerb(
    _ tokens: [Token], _ voices: [Voice], _ clauses: [Range<Int>], _ marks: inout Marks
  ) {
    let predicativeLeads: Set<String> = ["als", "einen", "einem", "eine", "ein", "einer"]
    for clause in clauses {
      guard let verb = clause.first(where: { voices[$0] == .author && isNamingVerb(tokens[$0]) })
      else { continue }
      let words = clause.filter { tokens[$0].kind == .word }
      // The verb last, or last before a coordinated verb ("ihn einen Kriegsverbrecher nennen
      // und ein Ende fordern"): from the lead before it to the verb.
      let isLast =
        words.last == verb
        || words.first(where: { $0 > verb }).map { coordinators.contains(tokens[$0].text) } == true
      if isLast {
        guard
          let lead = (clause.lowerBound..<verb).last(where: {
            predicativeLeads.contains(tokens[$0].text.lowercased())
          })
        else { continue }
        marks.report(lead..<(verb + 1), .namingVerb)
      } else if let lead = ((verb + 1)..<clause.upperBound).first(where: {
        predicativeLeads.contains(tokens[$0].text.lowercased())
      }) {
        marks.report(lead..<clause.upperBound, .namingVerb)
        // A relative clause about what he is called: "als Despoten, der sich bei einem anderen
        // Despoten Nachschub besorgt".
        if let i = clauses.firstIndex(of: clause), i + 1 < clauses.count,
          let next = clauses[i + 1].first(where: { tokens[$0].kind == .word }),
          ["der", "die", "das", "den", "dem", "denen", "dessen"].contains(tokens[next].text)
        {
          marks.report(clauses[i + 1], .namingVerb)
        }
      }
    }
  }

  /// Whether a clause has a listed Konjunktiv I form, a Konjunktiv II form (`chainForms`, only
  /// `isAfterSubjunctive`: after a verb of saying or a sentence in the subjunctive) or a
  /// lower-case "-e" word in a verb's place: not after an article or a preposition, not before a
  /// noun, not a listed non-verb ("Der Westen versuche seit Jahrzehnten …", "Wer … schließe,").
  static func hasLikelySubjunctive(
    _ tokens: [Token], _ voices: [Voice], _ clause: Range<Int>, isAfterSubjunctive: Bool = true
  ) -> Bool {
    if hasSubjunctive(tokens, voices, clause) { return true }
    for t in clause where tokens[t].kind == .word && voices[t] == .author {
      let word = tokens[t].text
      guard word.first?.isLowercase == true else { continue }
      if chainForms.contains(word) { return isAfterSubjunctive }
      // "-te" is the past tense ("dankte", "wartete"), except "-ite" ("bereite", "arbeite").
      guard word.hasSuffix("e"), !word.hasSuffix("te") || word.hasSuffix("ite"),
        !word.hasSuffix("ete"), word.count >= 4,
        !nonVerbsInE.contains(word)
      else { continue }
      if t > clause.lowerBound, tokens[t - 1].kind == .word,
        adjectiveLeads.contains(tokens[t - 1].text.lowercased())
      {
        continue
      }
      if t + 1 < clause.upperBound, tokens[t + 1].kind == .word,
        tokens[t + 1].text.first?.isUppercase == true
      {
        continue
      }
      if t > clause.lowerBound, tokens[t - 1].kind == .word,
        tokens[t - 1].text.first?.isLowercase == true, tokens[t - 1].text.hasSuffix("e"),
        t + 1 < clause.upperBound, tokens[t + 1].kind == .word
      {
        // "neue große Allianz": a run of "-e" words before a noun.
        continue
      }
      return true
    }
    return false
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
    isSpeechCue: (Int) -> Bool, _ marks: inout Marks
  ) {
    func word(_ t: Int) -> String { tokens[t].kind == .word ? tokens[t].text.lowercased() : "" }
    func isVerbOfSaying(_ t: Int) -> Bool {
      voices[t] == .author && isSpeechCue(t) && word(t) != "so" && word(t) != "laut"
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
        marks.report(next, .dassClause)
      }
    }
    // A main clause after a clause that opens the sentence (or follows a semicolon) with a verb
    // of saying and a comma: "Westliche Stimmen behaupten seither, der Kremlchef kauft …",
    // "Trubina sagte, die Reaktionen grenzten an Hysterie", "…; die Ukrainer sagen, sie
    // stammten aus Nordkorea". Not a subordinate or relative clause, not after a naming verb.
    for (i, clause) in clauses.enumerated() where i + 1 < clauses.count {
      let opensSentence =
        i == 0
        || (clause.lowerBound > 0 && [";", ":"].contains(tokens[clause.lowerBound - 1].text))
      guard opensSentence, let verb = clause.first(where: isVerbOfSaying),
        mainClauseVerbs.contains(word(verb)),
        clause.filter({ tokens[$0].kind == .word && $0 < verb }).count <= 6,
        let lead = clauses[i + 1].first(where: { tokens[$0].kind == .word }),
        voices[lead] == .author, !subordinators.contains(word(lead)),
        !coordinators.contains(word(lead)), !isInfinitiveClause(tokens, clauses[i + 1])
      else { continue }
      // "die"/"der" right after a noun may open a relative clause ("sagte den Reportern, die
      // warteten"); after the verb or an adverb it opens the reported sentence.
      let before = clause.last(where: { tokens[$0].kind == .word })
      let isRelative =
        ["der", "die", "das", "den", "dem", "denen", "deren", "dessen"].contains(word(lead))
        && before.map { tokens[$0].text.first?.isUppercase == true && $0 != verb } == true
      guard !isRelative else { continue }
      for next in clauses[(i + 1)...] {
        if next != clauses[i + 1], let first = next.first(where: { tokens[$0].kind == .word }),
          coordinators.contains(word(first)) || next.contains(where: isVerbOfSaying)
            || (next.lowerBound > 0 && tokens[next.lowerBound - 1].text == ";")
        {
          break
        }
        marks.report(next, .mainClause)
      }
    }
    // An infinitive clause after a verb of saying: "Er sagte zu, die Führung zu unterstützen",
    // "Selenskyj wirft Nordkorea vor, in den Krieg einzusteigen".
    for (i, clause) in clauses.enumerated()
    where i > 0 && clauses[i - 1].contains(where: isVerbOfSaying)
      && isInfinitiveClause(tokens, clause)
    {
      marks.report(clause, .infinitiveClause)
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
        // Subordinate clauses right before belong to what it attributes ("Solange der Kremlchef
        // auf Zeit spielt, wird Nordkorea nach seiner Einschätzung weiter liefern").
        var from = cue
        while from > 0, let lead = clauses[from - 1].first(where: { tokens[$0].kind == .word }),
          subordinators.contains(word(lead)), !clauses[from - 1].contains(where: isVerbOfSaying)
        {
          from -= 1
        }
        scope = clauses[from].lowerBound..<sentence.upperBound
        if let stop = (t..<sentence.upperBound).first(where: {
          voices[$0] == .author && (tokens[$0].text == ":" || tokens[$0].text == ";")
        }) {
          scope = scope.lowerBound..<stop
        }
      }
      marks.report(scope, .sourcePhrase, except: phrase)
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
      marks.report(clauses[0].lowerBound..<last.lowerBound, .closingAttribution)
    }
  }

  /// Whether a clause ends in a zu-infinitive: "… zu unterstützen", "… einzusteigen".
  static func isInfinitiveClause(_ tokens: [Token], _ clause: Range<Int>) -> Bool {
    let words = clause.filter { tokens[$0].kind == .word }
    guard words.count >= 2, let last = words.last else { return false }
    let verb = tokens[last].text
    guard verb.first?.isLowercase == true, verb.hasSuffix("en") || verb.hasSuffix("ern") else {
      return false
    }
    if tokens[words[words.count - 2]].text == "zu" { return true }
    return separablePrefixes.contains { prefix in
      verb.hasPrefix(prefix + "zu") && verb.count > prefix.count + 5
    }
  }

  /// Possessives between "nach" and a source noun: "nach seiner Einschätzung".
  static let possessives: Set<String> = [
    "seiner", "ihrer", "dessen", "deren", "eigener", "eigenen", "unserer",
  ]

  /// Verbs of saying after which a main clause is what was said (finite forms, lower case).
  static let mainClauseVerbs: Set<String> = [
    "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "behauptete",
    "behauptet", "behaupten", "betonte", "betont", "meinte", "meint", "versicherte",
    "versichert", "warnte", "warnt", "schrieb", "schreibt", "teilte", "teilt", "argumentierte",
    "argumentiert", "bekräftigte", "bekräftigt", "unterstrich", "unterstreicht", "glaubt",
    "glauben", "glaubte",
  ]

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
        word(t + 1).hasSuffix("-angaben")
      {
        // "nach Kreml-Angaben": the source is in the compound.
        return (t..<(t + 2), t)
      } else if isWord(tokens[t], "nach"), t + 1 < sentence.upperBound,
        sourceNouns.contains(word(t + 1))
      {
        return (t..<nounPhraseEnd(tokens, from: t + 2, in: sentence), t)
      } else if isWord(tokens[t], "nach"), t + 2 < sentence.upperBound,
        possessives.contains(word(t + 1)), sourceNouns.contains(word(t + 2))
      {
        // "nach seiner Einschätzung", "nach eigenen Angaben": the source is the possessor.
        return (t..<(t + 3), t)
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
