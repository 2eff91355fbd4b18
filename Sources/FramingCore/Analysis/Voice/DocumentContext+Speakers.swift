extension DocumentContext {
  static let speakerCues: Set<String> = ["so", "laut"]

  /// A verb of saying, or "so"/"laut" before a name: what attributes speech to someone.
  static func isSpeechCue(_ t: Int, _ tokens: [Token], _ keys: TokenKeys) -> Bool {
    guard tokens[t].kind == .word else { return false }
    // A present participle is an adjective ("hält das für bezeichnend"), no cue.
    if keys.folded[t].hasSuffix("end") { return false }
    if speakerCues.contains(keys.folded[t]) || SpeechVerbs.stems.contains(keys.stems[t]) {
      return true
    }
    // "Beobachter erwarten", "Der Geheimdienst geht davon aus, dass …".
    if SpeechVerbs.beliefStems.contains(keys.stems[t]) {
      return tokens[t].text.first?.isLowercase == true
    }
    return keys.folded[t] == "aus" && t > 0 && keys.folded[t - 1] == "davon"
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
    if let name = speaker(inSentenceBefore: quote.lowerBound) { return name }
    if let name = speaker(introducingColonBefore: quote.lowerBound) { return name }
    return speaker(continuedBefore: quote.lowerBound) ?? ""
  }

  /// The speaker of a quotation after a colon in its sentence, with no verb of saying: the
  /// title or the subject that opens the sentence ("Die Wiener „Donau-Warte“ sieht Europa in
  /// der Pflicht: „…“").
  func speaker(introducingColonBefore open: Int) -> String? {
    guard open > 0, tokens[open - 1].text == ":" else { return nil }
    let sentence = tokens[open].sentence
    guard let range = tokenRange(ofSentence: sentence), range.lowerBound < open - 1 else {
      return nil
    }
    let intro = range.lowerBound..<(open - 1)
    guard !intro.isEmpty, voices[intro.lowerBound] != .quote else { return nil }
    if let title = lastTitle(in: intro) { return title }
    if let name = person(at: intro.lowerBound) { return name }
    return nil
  }

  /// The speaker a quotation without a cue of its own goes on with: the one of the sentence
  /// before in its paragraph, when that sentence quotes or cites someone ("…“, sagt die
  /// Expertin. „Der Diktator …“") or opens with a person ("Ohlendorf hält das für eine
  /// Verpackung. „…“").
  mutating func speaker(continuedBefore t: Int) -> String? {
    let sentence = tokens[t].sentence
    guard let before = tokenRange(ofSentence: sentence - 1), !before.isEmpty,
      tokens[before.lowerBound].paragraph == tokens[t].paragraph
    else { return nil }
    if hasSpeechCue(before), let name = speaker(inSentenceBefore: before.upperBound),
      !name.isEmpty
    {
      return name
    }
    let first = before.lowerBound
    guard voices[first] != .quote else { return nil }
    if let name = person(at: first) { return name }
    // A medium in quote marks as the subject: "Der »Fränkische Tagesspiegel« hält den Vertrag
    // für gefährlich."
    if let quote = quotes.first(where: {
      $0.lowerBound > first && $0.lowerBound <= first + 1 && voices[first] != .quote
    }), let title = title(quote) {
      return title
    }
    if let name = rolePersons.last(where: {
      $0.person.token <= first
        && $0.person.name.split(separator: " ").last.map(String.init) == tokens[first].text
    })?.person.name {
      return name
    }
    // A role noun as the subject ("Dass Putin …, hält der Forscher für bezeichnend.").
    for t in before where t > first && voices[t] != .quote && tokens[t].kind == .word {
      if Self.articles.contains(folded(t - 1)), tokens[t].text.first?.isUppercase == true,
        let name = roleReferent(at: t)
      {
        return name
      }
    }
    return nil
  }

  /// The speaker named around the last verb of saying before `limit` in its sentence.
  mutating func speaker(inSentenceBefore limit: Int) -> String? {
    guard limit > 0, limit <= tokens.count else { return nil }
    let sentence = tokens[limit - 1].sentence
    var first = limit - 1
    while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
    // The last verb of saying; "laut" or "so" only where the sentence has no verb ("Kim sagte
    // laut TASS, …" is Kim's speech, which TASS reports).
    let cues = (first..<limit).filter { voices[$0] != .quote && isSpeechCue($0) }
    guard
      let verb = cues.last(where: { !Self.speakerCues.contains(folded($0)) }) ?? cues.last
    else {
      return nil
    }
    // A person as the subject before the verb in its clause: "Putin sagte vergangene Woche",
    // "Kim bestätigte nach Angaben der Agentur".
    if verb > first, let name = subject(before: verb) { return name }
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
    let start = clauseStart(of: verb)
    if let name = lastTitle(in: first..<verb) { return name }
    // A subject that names no one known, right before the verb: "Westliche Stimmen behaupten,
    // …", "Das Auswärtige Amt erklärte, …", "Schweizer Presse: Die Zürcher Tageswacht
    // kommentiert: …".
    if let name = nounPhrase(from: start, to: verb) { return name }
    if let medium = (first..<verb).last(where: { t in
      tokens[t].kind == .word && tokens[t].text.first?.isUppercase == true
        && SpeechVerbs.mediaEndings.isEnding(of: folded(t))
    }) {
      return tokens[medium].text
    }
    // A name opening the clause, then its verb: "Kim hob die »…« hervor".
    if let run = nameRun(at: start), run.upperBound < verb, voices[start] != .quote,
      tokens[run.upperBound].kind == .word, tokens[run.upperBound].text.first?.isLowercase == true
    {
      return text(run)
    }
    return ""
  }

  /// A known person (an actor, a person named before, a pronoun resolved to one, a label
  /// attributed to one) standing before the verb `verb` in its clause, outside quotations: the
  /// subject of a clause that opens with it ("Putin sagte …", "Kim wiederum versicherte …").
  func subject(before verb: Int) -> String? {
    let start = clauseStart(of: verb)
    guard start < verb, voices[start] != .quote else { return nil }
    for t in start..<verb where voices[t] != .quote {
      if let name = person(at: t) { return name }
      if let label = labelsAt[t], let name = labelReferent(label) { return name }
      if let role = rolePersons.first(where: { $0.person.token == t }) { return role.person.name }
      // Only the clause's first phrase is its subject: a word that is neither an article, an
      // adjective nor part of a name ends the search ("Nach dem Treffen sagte …").
      guard tokens[t].kind == .word,
        Self.articles.contains(folded(t)) || tokens[t].text.first?.isUppercase == true
      else { return nil }
    }
    return nil
  }

  /// The noun phrase that fills `start..<end` after its article: adjectives and capitalized
  /// words, at most four, the last capitalized ("Auswärtige Amt", "südkoreanische
  /// Präsidialamt", "Westliche Stimmen"); nil for anything else.
  func nounPhrase(from start: Int, to end: Int) -> String? {
    var first = start
    while first < end,
      Self.articles.contains(folded(first)) || folded(first) == "ein"
        || folded(first) == "eine"
    {
      first += 1
    }
    guard first < end, end - first <= 4, voices[first] != .quote,
      (first..<end).allSatisfy({
        tokens[$0].kind == .word && !Self.nameStoplist.contains(folded($0))
      }),
      tokens[end - 1].text.first?.isUppercase == true
    else { return nil }
    return text(first..<end)
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
    guard first > 0 else { return "" }
    // Whose statement a medium carries: "KCNA verbreitete eine Erklärung des
    // Außenministeriums. Darin heißt es:", "Auszüge aus der Tischrede des Gastes".
    if let name = statementOwner(before: first) { return name }
    if let name = speaker(inSentenceBefore: first), !name.isEmpty { return name }
    let sentence = tokens[first - 1].sentence
    for s in [sentence, sentence - 1] {
      guard let range = tokenRange(ofSentence: s) else { continue }
      // A title in quote marks before a medium noun's ending: "Die Seouler Zeitung „Hanbit
      // Ilbo“ blickt auf die Halbinsel:".
      if let title = lastTitle(in: range) { return title }
      if let medium = range.last(where: { t in
        tokens[t].kind == .word && tokens[t].text.first?.isUppercase == true
          && SpeechVerbs.mediaEndings.isEnding(of: folded(t))
      }) {
        return tokens[medium].text
      }
      if s != sentence, let name = speaker(inSentenceBefore: range.upperBound), !name.isEmpty {
        return name
      }
    }
    return ""
  }

  /// Nouns for what someone said or wrote, whose genitive names the one who said it.
  static let statementNouns: Endings = [
    "erklärung", "stellungnahme", "rede", "tischrede", "ansprache", "botschaft", "mitteilung",
    "verlautbarung", "kommentar", "brief", "schreiben", "grussbotschaft", "interview",
  ]

  /// The owner of a statement named in the sentence before `first` or the one before it
  /// ("eine Erklärung des Verteidigungsministeriums in Pjöngjang" → "Verteidigungsministeriums",
  /// "der Tischrede des Gastes" → the actor the label or counterpart stands for), or the person
  /// a medium quotes ("Die Agentur zitierte sie mit den Worten:").
  func statementOwner(before first: Int) -> String? {
    let sentence = tokens[first - 1].sentence
    var subjectOwner: String? = nil
    for s in [sentence, sentence - 1] {
      guard let range = tokenRange(ofSentence: s), voices[range.lowerBound] != .quote else {
        continue
      }
      for t in range.reversed() where tokens[t].kind == .word && voices[t] != .quote {
        // "zitierte sie mit den Worten": the person the pronoun stands for.
        if keys.stems[t].hasPrefix("zitier"), t + 1 < range.upperBound,
          Self.pronouns.contains(folded(t + 1)), let name = person(at: t + 1)
        {
          return name
        }
        guard Self.statementNouns.isEnding(of: folded(t)) else { continue }
        // No genitive: the statement of the sentence's subject ("Kim Yo Jong warf Seoul in einer
        // Erklärung Lügen vor"), or of the one before ("Das Aussenministerium hat … zurückgewiesen.
        // Die Erklärung verbreitete KCNA."); a medium as subject speaks for itself.
        guard t + 2 < range.upperBound,
          ["des", "der", "seiner", "ihrer", "dessen", "deren"].contains(folded(t + 1))
        else {
          // A genitive in the sentence before comes first ("eine Erklärung ihrer Staatsagentur
          // KCNA. In der Erklärung heißt es:").
          if subjectOwner == nil {
            subjectOwner = subjectName(ofSentence: s) ?? subjectName(ofSentence: s - 1)
          }
          continue
        }
        var owner = t + 2
        while owner < range.upperBound, tokens[owner].kind == .word,
          tokens[owner].text.first?.isLowercase == true
        {
          owner += 1
        }
        guard owner < range.upperBound, tokens[owner].kind == .word else { continue }
        if let name = person(at: owner) { return name }
        if let label = labelsAt[owner], let name = labelReferent(label) { return name }
        // "des Gastes": the guest of the actor who hosts, when the document has two.
        if ["gastes", "gasts"].contains(folded(owner)) {
          let named = actors.keys.filter { prominence[$0] != nil }.sorted()
          let host = recentPerson(
            before: t, window: 3, sameSentence: true, canBe: { actors[$0.name] != nil })
          if named.count == 2, let host { return named.first { $0 != host.name } }
          continue
        }
        guard tokens[owner].text.first?.isUppercase == true else { continue }
        return mediumName(at: owner) ?? tokens[owner].text
      }
    }
    return subjectOwner
  }

  /// Who opens a sentence as its subject: a person, a label's person, or an organisation or
  /// medium named by its noun ("Das Aussenministerium der DVRK hat …" → "Aussenministerium",
  /// "Die Agentur verbreitete …" → the medium named last); nil for anything else.
  func subjectName(ofSentence s: Int) -> String? {
    guard let range = tokenRange(ofSentence: s), !range.isEmpty, voices[range.lowerBound] != .quote
    else { return nil }
    if let name = person(at: range.lowerBound) { return name }
    if let label = labelsAt[range.lowerBound], let name = labelReferent(label) { return name }
    var t = range.lowerBound
    while t < range.upperBound, Self.articles.contains(folded(t)) { t += 1 }
    while t < range.upperBound, tokens[t].kind == .word, tokens[t].text.first?.isLowercase == true {
      t += 1
    }
    guard t < range.upperBound, tokens[t].kind == .word, tokens[t].text.first?.isUppercase == true,
      !Self.statementNouns.isEnding(of: folded(t))
    else { return nil }
    if let name = person(at: t) { return name }
    if let name = mediumName(at: t) { return name }
    let word = folded(t)
    let isSpeaking =
      Self.organisationEndings.isEnding(of: word)
      || Self.institutionEndings.isEnding(of: word)
      || Self.mediaNames.contains(word)
    return isSpeaking ? tokens[t].text : nil
  }

  /// The medium a medium noun at `t` stands for: the name or title right after it ("die
  /// Staatsagentur KCNA", "die Zeitung »Abendstern«"), else the medium named last before it;
  /// nil when `t` is no medium noun.
  func mediumName(at t: Int) -> String? {
    guard Self.mediumNouns.isEnding(of: folded(t)) else { return nil }
    if let quote = quotes.first(where: { $0.lowerBound == t + 1 }), let name = title(quote) {
      return name
    }
    if let run = nameRun(at: t + 1), tokens[t + 1].sentence == tokens[t].sentence,
      personMention(at: t + 1) == nil
    {
      return text(run)
    }
    return mediumNamed(before: t) ?? tokens[t].text
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
    // "Putin selbst wich aus: Was Russland … täten, gehe niemanden etwas an.": the person
    // opening the clause before the colon.
    if let colon = range.first(where: { tokens[$0].text == ":" && voices[$0] == .author }),
      colon > range.lowerBound, let name = person(at: range.lowerBound)
    {
      return name
    }
    // A person speaking, with the source beside: "Kim bestätigte nach Angaben der Agentur,
    // dass …" is Kim's speech.
    if let verb = range.last(where: {
      voices[$0] != .quote && isSpeechCue($0) && !Self.speakerCues.contains(folded($0))
    }), verb > range.lowerBound, let name = subject(before: verb) {
      return name
    }
    // "laut KCNA", "nach Angaben des Geheimdienstes", "wie russische Staatsmedien berichteten":
    // the source the phrase names, a person when it names one.
    let clauses = ReportedSpeech.clauses(tokens, voices, range)
    if let (phrase, _) = ReportedSpeech.sourcePhrase(
      tokens, voices, clauses, range, isSpeechCue: { Self.isSpeechCue($0, tokens, keys) })
    {
      for t in phrase {
        if let name = person(at: t) { return name }
        if let label = labelsAt[t], let name = labelReferent(label) { return name }
        // "Dem Sprecher zufolge": the spokesman named before.
        if tokens[t].kind == .word, let name = roleReferent(at: t) { return name }
      }
      let words = phrase.filter {
        tokens[$0].kind == .word && !ReportedSpeech.sourceCueWords.contains(folded($0))
          && !ReportedSpeech.possessives.contains(folded($0)) && !isSpeechCue($0)
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
    // Or from the person or medium the sentence before is about ("Der »Saale-Bote« hält den
    // Vertrag für gefährlich. Mit ihm habe sich …").
    return speaker(continuedBefore: range.lowerBound) ?? ""
  }

  func tokenRange(ofSentence sentence: Int) -> Range<Int>? {
    guard sentence >= 0, sentence < sentenceStarts.count else { return nil }
    let end = sentence + 1 < sentenceStarts.count ? sentenceStarts[sentence + 1] : tokens.count
    return sentenceStarts[sentence]..<end
  }

  /// Endings of nouns for organisations and media, which speak for themselves ("die Agentur",
  /// "das Ministerium", "das Blatt"), folded.
  static let organisationEndings: Endings = [
    "agentur", "ministerium", "zeitung", "blatt", "sender", "fernsehen", "regierung", "kreml",
    "geheimdienst", "dienst", "behörde", "staatsmedien", "medien", "amt", "kommission",
    "sprecher", "sprecherin",
  ]

  /// Nouns that stand for a medium already named: "das Blatt", "die Zeitung", "die Agentur".
  static let mediumNouns: Endings = [
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

  /// The medium named last before `t`, within ten sentences: a title in quote marks
  /// ("»Wetschernij Wostok«"), a name after a medium noun ("die Parteizeitung Rodong Sinmun"),
  /// or an agency's capitals ("KCNA", "TASS").
  func mediumNamed(before t: Int) -> String? {
    let first = tokens[t].sentence - 10
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
      if i + 1 < t, Self.mediumNouns.isEnding(of: folded(i)),
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
        // A place ("aus der Region Kursk") is no speaker.
        if Self.institutionNouns.isEnding(of: folded(t)) { break }
        let previousIsArticle = t > 0 && Self.articles.contains(folded(t - 1))
        if previousIsArticle && run.count == 1 && personMention(at: run.upperBound) == nil {
          // An organisation or medium alone ("meldete die Agentur"): itself, not a person.
          if Self.organisationEndings.isEnding(of: folded(t)) {
            var name = text(run)
            // "das Blatt", "die Zeitung", "die Agentur": the medium last named, if any.
            if Self.mediumNouns.isEnding(of: folded(t)) {
              // "die Moskauer Zeitung »Wetschernij Wostok«": the title right after the noun.
              if let quote = quotes.first(where: { $0.lowerBound == run.upperBound }),
                let title = title(quote)
              {
                name = title
              } else if let medium = mediumNamed(before: t) {
                name = medium
              }
            }
            // "zitierte die Agentur den Marschall": the person it cites, when one follows.
            guard isCiting else { return name }
            if last == nil { last = name }
            t = run.upperBound
            continue
          }
          // A role alone ("sagt die Expertin", "so der Russland-Experte"): the person named
          // with a role before, else the most recent person (no actor, for a role noun).
          if let name = roleReferent(at: t) { return name }
          let isRole = Self.roleGender(folded(t)) != nil
          if let p = recentPerson(
            before: t, window: 3, sameSentence: true, outsideQuotes: true,
            canBe: { !isRole || !actors.keys.contains($0.name) })
          {
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
    if tokens[t].kind == .word, Self.pronouns.contains(folded(t)) {
      // "sie" is feminine or plural: never one of the modules' actors (all men here), only a
      // person named in the text; better no speaker than the wrong one.
      let isFeminine = folded(t) == "sie"
      let actors = Set(modules.compactMap { $0.target?.name })
      // A family member the registry lists is named for the actor's sake ("der Vater des
      // heutigen Herrschers, Kim Jong-il"): "er" means an actor when one is named as near.
      let person =
        recentPerson(
          before: t, window: 3, sameSentence: true, outsideQuotes: voices[t] != .quote,
          canBe: { (!isFeminine || !actors.contains($0.name)) && !isFamily($0) })
        ?? recentPerson(
          before: t, window: 3, sameSentence: true, outsideQuotes: voices[t] != .quote,
          canBe: { !isFeminine || !actors.contains($0.name) })
      // A person introduced by a role, when nearer: "Politologin Anna Roth … sagt sie".
      let first = tokens[t].sentence - 12
      if let role = rolePersons.last(where: {
        $0.person.token < t && $0.person.sentence >= first
          && ($0.isFeminine == nil || $0.isFeminine == isFeminine)
          && (voices[t] == .quote || voices[$0.person.token] != .quote)
      }), role.person.token > (person?.token ?? -1) {
        return role.person.name
      }
      if let person { return person.name }
      // Someone named once, with no role: the last two or three name words within three
      // sentences, not after an article ("Für Olena Hrytsenko ist das … sagt sie").
      var i = t - 1
      while i > 0, tokens[i].sentence >= tokens[t].sentence - 3 {
        defer { i -= 1 }
        guard voices[i] != .quote || voices[t] == .quote, isNameWord(i), !isNameWord(i - 1),
          !Self.articles.contains(folded(i - 1)), let run = personNameRun(at: i),
          run.upperBound <= t
        else { continue }
        return text(run)
      }
      return nil
    }
    return nil
  }

  func personEnd(at t: Int) -> Int { personMention(at: t)?.tokens.upperBound ?? t + 1 }
}
