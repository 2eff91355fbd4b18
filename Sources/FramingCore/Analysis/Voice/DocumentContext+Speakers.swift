extension DocumentContext {
  static let speakerCues: Set<String> = ["so", "laut"]

  /// A verb of saying, or "so"/"laut" before a name: what attributes speech to someone.
  static func isSpeechCue(_ t: Int, _ tokens: [Token], _ keys: TokenKeys) -> Bool {
    guard tokens[t].kind == .word else { return false }
    return speakerCues.contains(keys.folded[t]) || SpeechVerbs.stems.contains(keys.stems[t])
  }

  func isSpeechCue(_ t: Int) -> Bool { Self.isSpeechCue(t, tokens, keys) }

  /// The speaker of a quotation (token range from opening to closing mark).
  mutating func speaker(ofQuote quote: ClosedRange<Int>) -> String {
    let close = quote.upperBound
    let sentence = tokens[close].sentence
    // After the quote: "“, sagte Kim", "«, so der Diktator".
    var t = close + 1
    while t < tokens.count, tokens[t].sentence == sentence, tokens[t].text == "," { t += 1 }
    if t < tokens.count, tokens[t].sentence == sentence, isSpeechCue(t),
      let name = speakerPhrase(after: t)
    {
      return name
    }
    // Before it, in the same sentence: "sagt Kim und fügt hinzu: „…“".
    return speaker(inSentenceBefore: quote.lowerBound) ?? ""
  }

  /// The speaker named around the last verb of saying before `limit` in its sentence.
  mutating func speaker(inSentenceBefore limit: Int) -> String? {
    guard limit > 0, limit <= tokens.count else { return nil }
    let sentence = tokens[limit - 1].sentence
    var first = limit - 1
    while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
    guard
      let verb = (first..<limit).last(where: {
        voices[$0] != .quote && isSpeechCue($0)
      })
    else {
      return nil
    }
    // After "warf", "nannte", "bezeichnete" comes the object ("warf Nordkorea vor", "nannte
    // Putin einen …"): the speaker is the subject before the verb, when there is one.
    let isObjectFirst = Self.objectFirstVerbs.contains(tokens[verb].text.lowercased())
    if !isObjectFirst || verb == first, let name = speakerPhrase(after: verb, limit: limit) {
      return name
    }
    // The subject before the verb: "Der Sprecher … sagte:", "wie er selbst betont:".
    for t in stride(from: verb - 1, through: first, by: -1) where voices[t] != .quote {
      if let name = person(at: t) { return name }
      if let label = labelsAt[t], let name = labelReferent(label) { return name }
      if let role = rolePersons.first(where: { $0.person.token == t }) { return role.person.name }
    }
    // A medium named before the verb, also in quote marks: "Der »Saale-Bote« meint, …",
    // "Die polnische „Gazeta Nadwiślańska“ meint:".
    if let name = lastTitle(in: first..<verb) { return name }
    if let medium = (first..<verb).last(where: { t in
      tokens[t].kind == .word && tokens[t].text.first?.isUppercase == true
        && SpeechVerbs.mediaEndings.contains(where: { folded(t).hasSuffix($0) })
    }) {
      return tokens[medium].text
    }
    // A subject that names no one known: "Westliche Stimmen behaupten, …".
    if let run = nameRun(at: first), run.upperBound <= verb { return text(run) }
    return ""
  }

  /// Verbs of saying and naming whose object, not their subject, follows them.
  static let objectFirstVerbs: Set<String> = [
    "warf", "wirft", "nannte", "nennt", "bezeichnete", "bezeichnet", "beschimpfte", "beschimpft",
  ]

  /// The speaker of a block quote starting at token `first`: the one named in the sentence that
  /// introduces it ("wie er selbst betont:"), else a medium named there ("Die »Hafenstadt-
  /// Zeitung« hält dagegen:"), else the speaker or medium of the sentence before ("KCNA
  /// verbreitete eine Meldung. Auszüge:").
  mutating func speaker(ofBlockQuoteAt first: Int) -> String {
    if let name = speaker(inSentenceBefore: first), !name.isEmpty { return name }
    guard first > 0 else { return "" }
    let sentence = tokens[first - 1].sentence
    for s in [sentence, sentence - 1] {
      guard let range = tokenRange(ofSentence: s) else { continue }
      if let medium = range.last(where: { t in
        tokens[t].kind == .word && tokens[t].text.first?.isUppercase == true
          && SpeechVerbs.mediaEndings.contains(where: { folded(t).hasSuffix($0) })
      }) {
        return tokens[medium].text
      }
      if s != sentence, let name = speaker(inSentenceBefore: range.upperBound), !name.isEmpty {
        return name
      }
    }
    return ""
  }

  /// Whether a sentence holds a cue of saying outside quotations.
  func hasSpeechCue(_ range: Range<Int>) -> Bool {
    range.contains { voices[$0] != .quote && isSpeechCue($0) }
  }

  /// The speaker of a reported sentence: a cue in the sentence ("so Brown", "erklärte Putin",
  /// "laut Brown"), or the speaker of the reported sentence just before.
  mutating func speaker(
    ofReportedSentence sentence: Int, previous: (sentence: Int, speaker: String)?
  ) -> String {
    guard let range = tokenRange(ofSentence: sentence) else { return "" }
    // "laut KCNA", "nach Angaben des Geheimdienstes", "wie russische Staatsmedien berichteten":
    // the source the phrase names, a person when it names one.
    let clauses = ReportedSpeech.clauses(tokens, voices, range)
    if let (phrase, _) = ReportedSpeech.sourcePhrase(
      tokens, voices, clauses, range, isSpeechCue: { Self.isSpeechCue($0, tokens, keys) })
    {
      for t in phrase {
        if let name = person(at: t) { return name }
        if let label = labelsAt[t], let name = labelReferent(label) { return name }
      }
      let words = phrase.filter {
        tokens[$0].kind == .word && !ReportedSpeech.sourceCueWords.contains(folded($0))
          && !isSpeechCue($0)
      }
      var first = words.startIndex
      while first < words.endIndex, Self.articles.contains(folded(words[first])) {
        first = words.index(after: first)
      }
      let name = words[first...].map { t in
        // "nach Kreml-Angaben": the source is the compound's first part.
        tokens[t].text.lowercased().hasSuffix("-angaben")
          ? String(tokens[t].text.dropLast(8)) : tokens[t].text
      }.joined(separator: " ")
      if !name.isEmpty { return name }
    }
    if hasSpeechCue(range) {
      return speaker(inSentenceBefore: range.upperBound) ?? ""
    }
    // No cue: indirect speech going on from the sentence before ("Freunde seien sie nicht").
    if let previous, previous.sentence == sentence - 1 { return previous.speaker }
    // Or from an attributed quotation just before ("…, hob er die »…« hervor. Sein Land
    // kämpfe …"): its speaker goes on.
    if let before = tokenRange(ofSentence: sentence - 1),
      tokens[before.lowerBound].paragraph == tokens[range.lowerBound].paragraph,
      before.contains(where: { voices[$0] == .quote }), hasSpeechCue(before),
      let name = speaker(inSentenceBefore: before.upperBound)
    {
      return name
    }
    return ""
  }

  func tokenRange(ofSentence sentence: Int) -> Range<Int>? {
    guard sentence >= 0, sentence < sentenceStarts.count else { return nil }
    let end = sentence + 1 < sentenceStarts.count ? sentenceStarts[sentence + 1] : tokens.count
    return sentenceStarts[sentence]..<end
  }

  /// Endings of nouns for organisations and media, which speak for themselves ("die Agentur",
  /// "das Ministerium", "das Blatt"), folded.
  static let organisationEndings = [
    "agentur", "ministerium", "zeitung", "blatt", "sender", "fernsehen", "regierung", "kreml",
    "geheimdienst", "dienst", "behorde", "staatsmedien", "medien", "amt", "kommission",
    "sprecher", "sprecherin",
  ]

  /// Nouns that stand for a medium already named: "das Blatt", "die Zeitung", "die Agentur".
  static let mediumNouns = [
    "blatt", "zeitung", "agentur", "sender", "magazin", "fernsehen", "zentralorgan",
  ]
  /// All-capital words that are no media: states, alliances, organisations.
  static let capitalNonMedia: Set<String> = [
    "DVRK", "USA", "NATO", "EU", "UN", "UNO", "US", "UdSSR", "GUS", "BRICS", "OSZE", "IAEA",
    "IAEO", "CDU", "SPD", "FDP", "AfD", "CSU", "SVP", "FPÖ", "ÖVP", "SPÖ", "KPdSU", "PdAK",
  ]

  /// The title in quote marks that a quotation spanning `quote` holds, when it is one to four
  /// capitalized words: "»Wetschernij Wostok«", "„Hanbit Ilbo“", "»Weser-Rundschau«".
  func title(_ quote: ClosedRange<Int>) -> String? {
    let inner = (quote.lowerBound + 1)..<quote.upperBound
    guard (1...4).contains(inner.count),
      inner.allSatisfy({ tokens[$0].kind == .word && tokens[$0].text.first?.isUppercase == true })
    else { return nil }
    return text(inner)
  }

  /// The last title in quote marks that closes within `range`.
  func lastTitle(in range: Range<Int>) -> String? {
    quotes.filter { range.contains($0.upperBound) && range.contains($0.lowerBound) }
      .sorted { $0.upperBound > $1.upperBound }.lazy.compactMap { title($0) }.first
  }

  /// The medium named last before `t`, within three sentences: a title in quote marks
  /// ("»Wetschernij Wostok«"), a name after a medium noun ("die Parteizeitung Rodong Sinmun"),
  /// or an agency's capitals ("KCNA", "TASS").
  func mediumNamed(before t: Int) -> String? {
    let first = tokens[t].sentence - 3
    var i = t - 1
    while i >= 0, tokens[i].sentence >= first {
      defer { i -= 1 }
      let token = tokens[i]
      // A title in quote marks closing here.
      if token.kind == .quoteMark {
        if let quote = quotes.first(where: { $0.upperBound == i }), let name = title(quote) {
          return name
        }
        continue
      }
      guard token.kind == .word else { continue }
      let letters = token.text.filter(\.isLetter)
      if letters.count >= 3, letters.count <= 6, letters == letters.uppercased(),
        !Self.capitalNonMedia.contains(token.text)
      {
        return token.text
      }
      // "die Parteizeitung Rodong Sinmun": the words after a medium noun.
      if i + 1 < t, Self.mediumNouns.contains(where: { folded(i).hasSuffix($0) }),
        let run = nameRun(at: i + 1), run.upperBound <= t, personMention(at: i + 1) == nil
      {
        return text(run)
      }
    }
    return nil
  }

  /// Words that may stand between a cue and the speaker: articles, adverbs, adjectives.
  static let skippable: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "selbst", "auch",
    "jedoch", "zudem", "außerdem", "dann", "nun", "bereits", "schon", "später", "zuvor", "daher",
  ]

  /// The person named right after a cue: a name or reference, a resolved pronoun or label, or
  /// a capitalized name ("der Sicherheitsexperte Nico Lange" → "Nico Lange"). After a verb of
  /// citing ("zitierte die Agentur TASS Putin") the last person named counts.
  mutating func speakerPhrase(after cue: Int, limit: Int? = nil) -> String? {
    let sentence = tokens[cue].sentence
    let isCiting = keys.stems[cue].hasPrefix("zitier")
    var t = cue + 1
    var last: String? = nil
    var lastIsActor = false
    while t < (limit ?? tokens.count), tokens[t].sentence == sentence, tokens[t].isWordLike {
      if let name = person(at: t) {
        if !isCiting { return name }
        (last, lastIsActor) = (name, true)
        t = max(t + 1, personEnd(at: t))
        continue
      }
      if let label = labelsAt[t], let name = labelReferent(label) {
        if !isCiting { return name }
        (last, lastIsActor) = (name, true)
        t = label.tokens.upperBound
        continue
      }
      if let run = nameRun(at: t) {
        let previousIsArticle = t > 0 && Self.articles.contains(folded(t - 1))
        if previousIsArticle && run.count == 1 && personMention(at: run.upperBound) == nil {
          // An organisation or medium alone ("meldete die Agentur"): itself, not a person.
          if Self.organisationEndings.contains(where: { folded(t).hasSuffix($0) }) {
            // "das Blatt", "die Zeitung", "die Agentur": the medium last named, if any.
            if Self.mediumNouns.contains(where: { folded(t).hasSuffix($0) }) {
              // "die Moskauer Zeitung »Wetschernij Wostok«": the title right after the noun.
              if let quote = quotes.first(where: { $0.lowerBound == run.upperBound }),
                let name = title(quote)
              {
                return name
              }
              if let name = mediumNamed(before: t) { return name }
            }
            return text(run)
          }
          // A role alone ("so der Russland-Experte"): the most recent person.
          if let p = recentPerson(before: t, window: 3, sameSentence: true, outsideQuotes: true) {
            return p.name
          }
        }
        let nameRange =
          previousIsArticle && run.count >= 2 ? (run.lowerBound + 1)..<run.upperBound : run
        let name = text(nameRange)
        addPerson(
          PersonMention(
            token: nameRange.lowerBound, end: nameRange.upperBound, sentence: sentence, name: name))
        if !isCiting { return name }
        if !lastIsActor { last = name }
        t = run.upperBound
        continue
      }
      let word = folded(t)
      let isAdjective =
        tokens[t].text.first?.isLowercase == true
        && ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) }
      guard Self.skippable.contains(word) || isAdjective else { break }
      t += 1
    }
    return last
  }

  /// The person an actor-module label stands for, when its attribution found one.
  func labelReferent(_ label: Match) -> String? {
    attributions[label.tokens.lowerBound].flatMap { $0.refersTo.isEmpty ? nil : $0.refersTo }
  }

  /// A person at token `t`: an actor's name or reference, a pronoun resolved to the nearest
  /// person before it, or a label already attributed to someone.
  func person(at t: Int) -> String? {
    if let mention = personMention(at: t), let name = personName(mention) {
      return name
    }
    if Self.pronouns.contains(tokens[t].text) {
      // "sie" is feminine or plural: never one of the modules' actors (all men here), only a
      // person named in the text; better no speaker than the wrong one.
      let isFeminine = tokens[t].text == "sie"
      let actors = Set(modules.compactMap { $0.target?.name })
      let person = recentPerson(
        before: t, window: 3, sameSentence: true, outsideQuotes: voices[t] != .quote,
        canBe: { !isFeminine || !actors.contains($0.name) })
      // A person introduced by a role, when nearer: "Politologin Anna Roth … sagt sie".
      let first = tokens[t].sentence - 3
      if let role = rolePersons.last(where: {
        $0.person.token < t && $0.person.sentence >= first && $0.isFeminine == isFeminine
          && (voices[t] == .quote || voices[$0.person.token] != .quote)
      }), role.person.token > (person?.token ?? -1) {
        return role.person.name
      }
      return person?.name
    }
    return nil
  }

  func personEnd(at t: Int) -> Int { personMention(at: t)?.tokens.upperBound ?? t + 1 }
}
