extension DocumentContext {
  /// Attributes the labels of actor modules, in document order, then once more those that only
  /// who the article is about could resolve: by then every label a rule tied to an actor
  /// anywhere in the document is known (`labelOwners`).
  mutating func attributeAll(_ matches: [Match]) -> [Attribution] {
    var result = matches.map { attribute($0) }
    for (i, match) in matches.enumerated()
    where [.reference, .salience, .unresolved].contains(result[i].rule) {
      result[i] = attribute(match)
    }
    return result
  }

  /// Attributes a label of an actor module to a person, by the first rule that applies:
  /// term (the entry names the target), plural (counted for each actor it covers), apposition
  /// after or before the label, predicative, the actor's country before or a place after it, a
  /// definite reference to the most recent person named in the previous `window` sentences,
  /// else to who the article is about; otherwise unresolved.
  ///
  /// A name after the label that is not the target's ("Machthaber Alexander Lukaschenko") makes
  /// the label someone else's; so does a reference whose most recent person is someone else.
  mutating func attribute(_ match: Match) -> Attribution {
    let attribution = findAttribution(match)
    if attribution.rule != .notApplicable { attributions[match.tokens.lowerBound] = attribution }
    if [.apposition, .country, .place, .predicative].contains(attribution.rule),
      actors[attribution.refersTo] != nil
    {
      let module = modules[match.module]
      let term = Folding.fold(module.categories[match.category].entries[match.entry].term)
      labelOwners[term, default: []].insert(attribution.refersTo)
    }
    return attribution
  }

  private mutating func findAttribution(_ match: Match) -> Attribution {
    let module = modules[match.module]
    guard let target = module.target else {
      guard module.citedOnly else { return .notApplicable }
      let cited = isCited(match.tokens)
      return Attribution(rule: cited ? .cited : .uncited, refersTo: "", isTarget: cited)
    }
    let entry = module.categories[match.category].entries[match.entry]
    func found(_ rule: Attribution.Rule, _ name: String) -> Attribution {
      Attribution(rule: rule, refersTo: name, isTarget: name == target.name)
    }
    if entry.namesTarget { return found(.term, target.name) }
    let start = match.tokens.lowerBound
    let end = match.tokens.upperBound
    let before = skipAdjectives(before: start)
    // Plural: "die beiden Diktatoren", "der Despoten", "die Machthaber Russlands und
    // Nordkoreas": counted for every registered actor it covers.
    if isPlural(start: start, end: end, term: entry.term, determiner: before) {
      let covered = pluralCoverage(start: start, end: end)
      return Attribution(
        rule: .plural, refersTo: covered.sorted().joined(separator: " + "),
        isTarget: covered.contains(target.name))
    }
    // "die Schwester des Machthabers, Kim Yo Jong", "der Vater des heutigen Herrschers, Kim
    // Jong-il": the name after the label is the relative's; the label is the actor whose
    // family the registry lists.
    if isAfterRelationalNoun(determiner: before), let name = relativesActor(after: end) {
      return found(.reference, name)
    }
    // Apposition after: "Machthaber Kim Jong Un", "Präsident Selenskyj".
    if end < tokens.count, tokens[end].sentence == tokens[start].sentence {
      if let mention = personMention(at: end), let name = personName(mention) {
        return found(.apposition, name)
      }
      // Another actor's label right after ("des Genossen Präsidenten"): the person whom
      // that label's term can stand for, when only one actor's module lists it.
      if let next = labelsAt[end], modules[next.module].target != nil {
        let term = Folding.fold(
          modules[next.module].categories[next.category].entries[next.entry].term)
        let owners = actorsListing(term: term)
        if owners.count == 1, let owner = owners.first { return found(.apposition, owner) }
        // A shared label: the one actor whose office it names ("Präsident" is Putin's).
        let roles = owners.filter { actors[$0]?.officeTerms.contains(term) ?? false }
        if roles.count == 1, let role = roles.first { return found(.apposition, role) }
      }
      if let run = nameRun(at: end), labelsAt[end] == nil,
        isPlausibleName(run, afterLabelAt: start, determiner: before)
      {
        let name = text(run)
        addPerson(
          PersonMention(
            token: run.lowerBound, end: run.upperBound, sentence: tokens[end].sentence, name: name))
        return found(.apposition, name)
      }
    }
    // Apposition before: "Kim Jong Un, der Diktator,"; a title after the name without an
    // article: "Putin, Präsident der Russischen Föderation, …".
    if before >= 2, Self.articles.contains(folded(before)), tokens[before - 1].text == ",",
      let mention = personEndingAt[before - 1], let name = personName(mention)
    {
      return found(.apposition, name)
    }
    if before >= 1, tokens[before].text == ",", let mention = personEndingAt[before],
      let name = personName(mention)
    {
      return found(.apposition, name)
    }
    // A name before a colon and the label as its title: "Kim Jong-un: Der dritte Herrscher
    // der Dynastie".
    if before >= 2, Self.articles.contains(folded(before)), tokens[before - 1].text == ":",
      let mention = personEndingAt[before - 1], let name = personName(mention)
    {
      return found(.apposition, name)
    }
    // The name after a genitive attribute without a comma: "Machthaber des abgeschotteten
    // Staates Kim Jong-un"; after "hieß" and an adverb: "hieß der Machthaber noch Kim Jong-il".
    if let name = nameAfterAttribute(start: start, end: end) { return found(.apposition, name) }
    // A person the lexicon does not know, named before the comma: "Alexander Lukaschenko,
    // Machthaber in Belarus," (a first and a last name, so that "In Moskau, …" is no name).
    if before >= 2, tokens[before].text == ",", start == before + 1,
      let name = unknownNameEnding(at: before - 1)
    {
      return found(.apposition, name)
    }
    // Someone else's nationality: "der südkoreanische Präsident", "der ukrainische Präsident".
    if (max(0, before)..<start).contains(where: { isForeignNationality($0) }) {
      return Attribution(rule: .country, refersTo: "", isTarget: false)
    }
    // "seinem Amtskollegen", "bei einem anderen Diktator": the other of two actors than the
    // one the clause is about.
    if let name = otherActor(label: start, before: before) { return found(.reference, name) }
    // A title in an apposition with modifiers before it: "Wladimir Putin, seit einem
    // Vierteljahrhundert Herrscher über Russland, …".
    if let name = appositionWithModifiers(start: start) { return found(.apposition, name) }
    // A title coordinated with one already placed: "Kim Jong Un, Vorsitzender der Kommission
    // … und Oberster Befehlshaber der Streitkräfte".
    if let name = coordinatedTitle(start: start) {
      return found(.apposition, name)
    }
    // A country's leader: "dass Nordkorea während einer Auslandsreise seines Führers …", "Russland
    // ist … und sein Präsident …" (the first country or seat the sentence names, no actor named
    // before the label).
    if before >= 0, Self.possessives.contains(folded(before)),
      let name = possessorCountry(before: before)
    {
      return found(.country, name)
    }
    // Apposition across a genitive or parenthesis: "der Generalsekretär der Partei der Arbeit
    // (PdAK), Kim Jong Un," — the material after the label must open as an attribute.
    if let name = appositionAcrossAttribute(after: end, in: tokens[start].sentence) {
      return found(.apposition, name)
    }
    // Predicative: "Putin ist ein Diktator", "Kim gilt als Despot", "nannte ihn einen
    // Despoten": the last person named in the label's clause before it.
    // With a verb of naming the label is the object's: "Biden nannte Putin einen Diktator",
    // "Putin nannte ihn einen Despoten" (the person "ihn" stands for, never the subject).
    if let marker = predicativeMarker(before: start),
      let verb = namingVerb(from: clauseStart(of: start), to: marker)
    {
      switch objectOfNaming(verb: verb, marker: marker) {
      case .person(let name): return found(.predicative, name)
      case .unknown: return Attribution(rule: .unresolved, refersTo: "", isTarget: false)
      case .subject: break
      }
    }
    // A verb at the clause's end ("Wer Putin einen Diktator nennt", "der in Seoul als Tyrann
    // gilt", "Kim, den man einen Despoten nennt") or "X als Y" ("kam Putin als junger
    // Präsident").
    if let marker = predicativeMarker(before: start),
      let name = predicativeWithVerbAfter(start: start, end: end, marker: marker)
    {
      return found(.predicative, name)
    }
    if let marker = predicativeMarker(before: start),
      hasPredicativeVerb(from: predicativeClauseStart(of: start), to: marker)
    {
      var t = marker - 1
      while t >= predicativeClauseStart(of: start) {
        if voices[t] == voices[start] || voices[t] == .author {
          if let name = person(at: t) { return found(.predicative, name) }
          // A label already attributed: "In Kiew gilt der Marschall als Kriegsverbrecher".
          if let label = labelsAt[t], label.tokens.upperBound <= marker,
            let name = labelReferent(label), actors[name] != nil
          {
            return found(.predicative, name)
          }
        }
        t -= 1
      }
    }
    // A gapped copula: "Putin ist ein Kriegsverbrecher, Kim ein Tyrann".
    if let marker = predicativeMarker(before: start), let name = gappedSubject(marker: marker) {
      return found(.predicative, name)
    }
    // Country: "Nordkoreas Machthaber", "der nordkoreanische Diktator", "der russische Präsident".
    for t in max(0, before)..<start {
      if let country = countryMention(at: t), let name = modules[country.module].target?.name {
        return found(.country, name)
      }
    }
    // Place or country after: "der Despot im Kreml", "der Machthaber in Pjöngjang", "der
    // Staatschef Nordkoreas".
    // Not after a genitive, where the place belongs to the noun the label depends on: "der
    // Besuch des Präsidenten in Pjöngjang" is a visit to Pjöngjang, not its president.
    // "des Genossen Präsidenten": the article may stand before another label.
    let isGenitive =
      before >= 0
      && (folded(before) == "des"
        || (before >= 1 && labelsAt[before] != nil && folded(before - 1) == "des"))
    if !(isGenitive && end < tokens.count && Self.placeVerbsLinks.contains(folded(end))),
      let name = placeAfter(end: end, sentence: tokens[start].sentence)
    {
      return found(.place, name)
    }
    // Definite reference: "erklärte der Diktator", "an den Machthaber"; a bare label in a
    // headline ("Machthaber auf Reisen"). The person must be one the label can stand for: the
    // target, someone without a module, or an actor whose own module lists the same term.
    // Also a preposition with the article in it: "vom Vorsitzenden begrüßt".
    let isDefinite =
      before >= 0
      && (Self.definiteArticles.contains(folded(before))
        || ["vom", "zum", "beim", "im", "am"].contains(folded(before)))
    let isBare =
      before < 0 || tokens[before].kind != .word
      || tokens[before].sentence != tokens[start].sentence
    if isDefinite || isBare {
      let term = Folding.fold(entry.term)
      let actorsWithTerm = actorsListing(term: term)
      let feminine = isFeminineForm(word: folded(end - 1), term: term)
      // Persons in the label's own clause are its co-arguments ("Putin wendet sich an den
      // Machthaber"), not what it refers to.
      let clause = clauseStart(of: start)
      // "die Schwester des Diktators", "der Vater des heutigen Machthabers": a relative or
      // "today's" holder is a registered actor, not the family member just named.
      let actorsOnly =
        isAfterRelationalNoun(determiner: before) || hasPresentAdjective(before, start)
      // The relative of a family member the registry lists: that actor ("Kim Yo Jong, die
      // Schwester des Diktators").
      if actorsOnly, let name = familyActor(before: start) { return found(.reference, name) }
      // The registered actors named elsewhere in the label's sentence ("Der Diktator setzte
      // sich ans Steuer der Limousine, die ihm der Kremlchef schenkte"; "Der Staatschef empfing
      // ihn") are other people than the one it refers to.
      let others = actorsInSentence(of: start, besides: start..<end)
      // Every actor the document names, by name or reference or by country or place ("Nordkorea
      // hat Truppen geschickt. Der Machthaber …" in an article that never names Kim).
      let candidates = Set(prominence.keys).union(actorsPlaced).sorted().filter {
        actorsWithTerm.contains($0) && !others.contains($0)
          && actors[$0].map { fits($0, feminine) } ?? false
      }
      if isDefinite,
        let person = recentPerson(
          before: clause, window: target.window, sameSentence: true,
          outsideQuotes: voices[start] != .quote,
          canBe: {
            guard !others.contains($0.name) else { return false }
            // A family member the registry lists is named for the actor's sake: "der
            // Diktator" after "Kim Jong-il" is still his son, the actor.
            if isFamily($0) { return false }
            return actors[$0.name].map { actorsWithTerm.contains($0.name) && fits($0, feminine) }
              ?? !actorsOnly
          })
      {
        // Between registered actors, the one this document already calls so, or whose office
        // the label names, wins over the nearer one ("Putin empfing Kim. Der Vorsitzende …").
        // Over a person named in the label's sentence or the one before, only the office wins.
        let isNear = person.sentence >= tokens[start].sentence - 1
        if actors[person.name] != nil,
          let name = preferred(candidates, term: term, byOfficeOnly: isNear), name != person.name
        {
          return found(.salience, name)
        }
        return found(.reference, person.name)
      }
      if let name = salient(candidates, term: term) { return found(.salience, name) }
      return Attribution(
        rule: .unresolved, refersTo: candidates.sorted().joined(separator: " | "), isTarget: false)
    }
    return Attribution(rule: .unresolved, refersTo: "", isTarget: false)
  }

  /// Nouns of kinship and succession: "die Schwester des Diktators" is not the dictator.
  static let relationalNouns: Set<String> = [
    "schwester", "bruder", "vater", "mutter", "sohn", "tochter", "onkel", "tante", "grossvater",
    "grossmutter", "enkel", "enkelin", "frau", "ehefrau", "witwe", "halbbruder", "vorganger",
    "vorgänger", "nachfolger", "nachfolgerin", "vertraute", "vertrauter", "familie", "clan",
  ]
  static let presentAdjectives: Set<String> = [
    "heutige", "heutigen", "jetzige", "jetzigen", "amtierende", "amtierenden", "derzeitige",
    "derzeitigen", "aktuelle", "aktuellen",
  ]

  /// Whether the capitalized words after a label are a name and not a noun that follows it
  /// ("sicherte der Marschall Russland seine Unterstützung zu", "seines Führers Raketen",
  /// "bei einem anderen Despoten Nachschub", "Russlands Präsident Verbündete"): a place or
  /// country is no name; after a genitive or indefinite label, or as one word with a noun's
  /// ending, an unknown word is taken for a noun.
  func isPlausibleName(_ run: Range<Int>, afterLabelAt start: Int, determiner d: Int) -> Bool {
    if run.contains(where: { mentionsAt[$0] != nil }) { return false }
    guard run.count == 1 else { return true }
    let word = folded(run.lowerBound)
    if d >= 0, tokens[d].sentence == tokens[start].sentence,
      ["des", "seines", "ihres", "eines", "einem", "einen", "einer", "ein", "anderen", "anderer"]
        .contains(folded(d))
    {
      return false
    }
    return !["e", "en", "ung", "heit", "keit", "schaft", "ion", "tat", "tät", "nis"].contains {
      word.hasSuffix($0)
    }
  }

  /// Words that cite a source besides the verbs of saying: "laut", "zufolge", "nach Angaben",
  /// "hieß es aus", and verbs of assessing ("geht davon aus", "schätzt", "warnt").
  static let citationCues: Set<String> = [
    "laut", "zufolge", "angaben", "einschatzung", "einschätzung", "darstellung", "hiess",
    "hieß", "heisst", "heißt", "schatzt", "schätzt", "schatzen", "schätzen", "warnt",
    "warnen", "warnte", "vermutet", "vermuten", "befurchtet", "befürchtet", "rechnet",
    "rechnen", "erwartet", "erwarten", "bestatigte", "bestätigte", "dementierte",
    "dementiert", "verbreitete", "veroffentlichte", "veröffentlichte", "zitierte",
    "erkenntnissen", "sicht", "schatzungen", "schätzungen",
  ]
  /// "geht von … aus", "gehen davon aus": assessing, when the clause also holds "aus".
  static let assumingVerbs: Set<String> = ["geht", "gehen", "ging", "gingen"]

  /// Whether a verb of saying or a citation cue stands in the clause of `match` (outside it).
  func isCited(_ match: Range<Int>) -> Bool {
    let clause = clauseStart(of: match.lowerBound)
    let sentence = tokens[match.lowerBound].sentence
    var t = clause
    var assumes = false
    var particle = false
    while t < tokens.count, tokens[t].sentence == sentence,
      t < match.lowerBound || clauseStart(of: t) == clause
    {
      defer { t += 1 }
      if match.contains(t) || tokens[t].kind != .word { continue }
      if isSpeechCue(t) || Self.citationCues.contains(folded(t)) { return true }
      if Self.assumingVerbs.contains(folded(t)) { assumes = true }
      if folded(t) == "aus" { particle = true }
    }
    return assumes && particle
  }

  /// A person mention of a family member or official the registry lists under `others`.
  func isFamily(_ person: PersonMention) -> Bool {
    mentionsAt[person.token]?.contains { $0.kind == .other } ?? false
  }

  /// Registered actors named in the sentence of `t` outside `label`, by name or by a reference
  /// that always means them ("der Kremlchef"), and the one an object pronoun after the label
  /// ("empfing ihn") or a subject pronoun before it in its clause ("Er lud den Präsidenten
  /// ein") stands for: the last actor named before the sentence.
  func actorsInSentence(of t: Int, besides label: Range<Int>) -> Set<String> {
    let sentence = tokens[t].sentence
    var first = t
    while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
    var names = Set<String>()
    var i = first
    while i < tokens.count, tokens[i].sentence == sentence {
      defer { i += 1 }
      if label.contains(i) { continue }
      if let mention = personMention(at: i), mention.kind != .other,
        let name = personName(mention), actors[name] != nil
      {
        names.insert(name)
      } else if i < label.lowerBound, tokens[i].kind == .word, folded(i) == "er",
        clauseStart(of: i) == clauseStart(of: label.lowerBound),
        voices[i] == voices[label.lowerBound],
        let person = recentPerson(
          before: i, window: 2, sameSentence: true, canBe: { actors[$0.name] != nil })
      {
        // The subject pronoun of the label's clause ("Er lud den Präsidenten ein").
        names.insert(person.name)
      } else if i >= label.upperBound, tokens[i].kind == .word,
        // In the label's own clause ("Der Staatschef empfing ihn"); in a later clause "ihn"
        // may be the label's own person ("Der Diktator lächelte, als man ihn begrüßte").
        clauseStart(of: i) == clauseStart(of: label.lowerBound),
        Self.objectPronouns.contains(folded(i)),
        let person = recentPerson(
          before: first, window: 2, sameSentence: false,
          canBe: { actors[$0.name] != nil })
      {
        names.insert(person.name)
      }
    }
    return names
  }

  /// The label is the genitive of a relational noun: "Schwester des Diktators".
  func isAfterRelationalNoun(determiner d: Int) -> Bool {
    guard d >= 1, ["des", "der"].contains(folded(d)) else { return false }
    return Self.relationalNouns.contains(folded(d - 1))
  }

  /// "der heutige Machthaber": an adjective of the present between article and label.
  func hasPresentAdjective(_ d: Int, _ start: Int) -> Bool {
    guard d >= 0, d + 1 < start else { return false }
    return (d + 1..<start).contains { Self.presentAdjectives.contains(folded($0)) }
  }

  /// Whether an actor can be called by a label of this form: a feminine form ("Diktatorin")
  /// only a woman, a masculine one not a woman (German uses the masculine generically).
  func fits(_ actor: LexiconTarget, _ feminine: Bool) -> Bool {
    !feminine || actor.gender != .male
  }

  /// Who the article is about, for a label no name near it resolves: among the actors named in
  /// the document that the label can stand for, the one this document already calls so, else
  /// the one whose office the label names, else the one named at least twice as often as any
  /// other. Nil when they compete.
  func salient(_ candidates: [String], term: String) -> String? {
    guard !candidates.isEmpty else { return nil }
    if candidates.count == 1 { return candidates[0] }
    if let name = preferred(candidates, term: term) { return name }
    let ranked = candidates.sorted { (prominence[$0] ?? 0, $1) > (prominence[$1] ?? 0, $0) }
    let first = prominence[ranked[0]] ?? 0
    let second = prominence[ranked[1]] ?? 0
    return first >= 2 * second ? ranked[0] : nil
  }

  /// The one candidate this document already calls by the term (unless `byOfficeOnly`), else
  /// the one whose office the term names.
  func preferred(_ candidates: [String], term: String, byOfficeOnly: Bool = false) -> String? {
    let owners = candidates.filter { labelOwners[term]?.contains($0) ?? false }
    if owners.count == 1, !byOfficeOnly { return owners[0] }
    let roles = candidates.filter { actors[$0]?.officeTerms.contains(term) ?? false }
    return roles.count == 1 ? roles[0] : nil
  }

  /// Words that open a relative or subordinate clause, not an apposition.
  static let clauseOpeners: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "welcher", "welche", "dessen", "deren", "und",
    "oder", "aber", "als", "wie", "dass", "wenn", "weil", "ob",
  ]

  /// The person before a comma whose apposition holds the label after a few modifiers ("seit
  /// einem Vierteljahrhundert").
  func appositionWithModifiers(start: Int) -> String? {
    let clause = clauseStart(of: start)
    guard clause >= 1, clause < start, start - clause <= 5, tokens[clause - 1].text == ",",
      tokens[clause].kind == .word, !Self.clauseOpeners.contains(folded(clause)),
      let mention = personEndingAt[clause - 1], mention.kind != .other,
      !(clause..<start).contains(where: { labelsAt[$0] != nil || mentionsAt[$0] != nil })
    else { return nil }
    return personName(mention)
  }

  /// The person a title coordinated by "und" with an earlier title of the same clause was
  /// placed by.
  func coordinatedTitle(start: Int) -> String? {
    guard start >= 2, ["und", "sowie"].contains(folded(start - 1)) else { return nil }
    let clause = clauseStart(of: start)
    var t = start - 2
    while t >= clause {
      if labelsAt[t] != nil, let attribution = attributions[t], attribution.rule == .apposition,
        actors[attribution.refersTo] != nil
      {
        return attribution.refersTo
      }
      t -= 1
    }
    return nil
  }

  /// The actor whose country or seat the sentence names first, when no actor is named before
  /// the possessive at `d`.
  func possessorCountry(before d: Int) -> String? {
    var t = d - 1
    var first: String? = nil
    while t >= 0, tokens[t].sentence == tokens[d].sentence {
      if let mention = personMention(at: t), mention.kind != .other { return nil }
      if let mention = mentionsAt[t]?.first(where: { $0.kind == .place || $0.kind == .country }),
        let name = modules[mention.module].target?.name
      {
        first = name
      }
      t -= 1
    }
    return first
  }

  /// Adverbs that may stand between "hieß der Machthaber" and the name.
  static let namingAdverbs: Set<String> = ["noch", "damals", "bereits", "schon", "einst"]

  /// A person named after a label's genitive attribute ("des abgeschotteten Staates Kim
  /// Jong-un": an article, adjectives and one noun), or after adverbs when "hieß" or "heißt"
  /// stands before the label in its clause.
  func nameAfterAttribute(start: Int, end: Int) -> String? {
    guard end < tokens.count else { return nil }
    let sentence = tokens[start].sentence
    var t = end
    if ["des", "der"].contains(folded(t)) {
      t += 1
      while t < tokens.count, tokens[t].sentence == sentence, tokens[t].kind == .word,
        tokens[t].text.first?.isLowercase == true
      {
        t += 1
      }
      guard t + 1 < tokens.count, tokens[t].kind == .word, mentionsAt[t] == nil,
        tokens[t].text.first?.isUppercase == true, tokens[t + 1].sentence == sentence,
        let mention = personMention(at: t + 1), mention.kind != .other
      else { return nil }
      return personName(mention)
    }
    let clause = clauseStart(of: start)
    guard
      (clause..<start).contains(where: {
        ["hieß", "hiess", "heißt", "heisst"].contains(folded($0))
      })
    else { return nil }
    while t < tokens.count, tokens[t].kind == .word, Self.namingAdverbs.contains(folded(t)) {
      t += 1
    }
    guard t > end, t < tokens.count, tokens[t].sentence == sentence,
      let mention = personMention(at: t)
    else { return nil }
    return personName(mention)
  }

  /// The actor whose family member (a registry's `others`) is named right after `end`, across
  /// a comma.
  func relativesActor(after end: Int) -> String? {
    var t = end
    if t < tokens.count, tokens[t].text == "," { t += 1 }
    guard t < tokens.count, tokens[t].sentence == tokens[max(0, end - 1)].sentence,
      let mention = mentionsAt[t]?.first(where: { $0.kind == .other })
    else { return nil }
    return modules[mention.module].target?.name
  }

  /// The actor whose family member (a registry's `others`) is named last before `start` in its
  /// sentence.
  func familyActor(before start: Int) -> String? {
    var t = start - 1
    let sentence = tokens[start].sentence
    while t >= 0, tokens[t].sentence == sentence {
      for mention in mentionsAt[t] ?? [] where mention.tokens.upperBound <= start {
        if mention.kind == .other { return modules[mention.module].target?.name }
        if mention.isActor { return nil }
      }
      t -= 1
    }
    return nil
  }

  /// A place or the country of an actor right after the label, across a preposition or article:
  /// "im Kreml", "aus Pjöngjang", "des Kremls", "Nordkoreas", "der DVRK".
  func placeAfter(end: Int, sentence: Int) -> String? {
    // Across links and a genitive chain: "der Generalsekretär des Zentralkomitees der Partei
    // der Arbeit", at most six tokens.
    var t = end
    // Past the closing mark of scare quotes: "der angebliche „Diktator“ im Kreml".
    if t < tokens.count, tokens[t].kind == .quoteMark, tokens[t].sentence == sentence { t += 1 }
    let first = t
    while t < tokens.count, t - end <= 6, tokens[t].sentence == sentence, tokens[t].kind == .word {
      if let mention = mentionsAt[t]?.first(where: { $0.kind == .place || $0.kind == .country }) {
        // Right after the label only a genitive names its place ("der Staatschef Nordkoreas");
        // "sicherte der Marschall Russland seine Unterstützung zu" is a dative object.
        guard t > first || mention.kind == .country || folded(t).hasSuffix("s") else {
          return nil
        }
        return modules[mention.module].target?.name
      }
      let isLink = Self.placeLinks.contains(folded(t))
      let isGenitiveNoun =
        t > first && ["des", "der"].contains(folded(t - 1))
        && tokens[t].text.first?.isUppercase == true && personMention(at: t) == nil
      guard isLink || isGenitiveNoun else { return nil }
      t += 1
    }
    return nil
  }

  /// Links after a genitive label that attach the place to the head noun instead.
  static let placeVerbsLinks: Set<String> = ["in", "nach", "im", "aus"]

  static let placeLinks: Set<String> = [
    "im", "in", "aus", "vom", "von", "des", "der", "dem", "am", "für",
  ]

  /// A first and a last name ending at `t` that no module knows: two capitalized words that
  /// are not function words, places or labels, the first not opening the sentence.
  func unknownNameEnding(at t: Int) -> String? {
    guard t >= 2, tokens[t].kind == .word, tokens[t - 1].kind == .word,
      tokens[t - 1].sentence == tokens[t].sentence, tokens[t - 2].sentence == tokens[t].sentence
    else { return nil }
    for i in [t - 1, t] {
      guard let first = tokens[i].text.unicodeScalars.first, first.properties.isUppercase,
        !Self.nameStoplist.contains(folded(i)), mentionsAt[i] == nil, labelsAt[i] == nil,
        !tokens[i].isAbbreviation
      else { return nil }
    }
    return tokens[t - 1].text + " " + tokens[t].text
  }

  /// Stems of nationality adjectives of states no registered actor rules.
  static let foreignNationalities: [String] = [
    "sudkoreanisch", "südkoreanisch", "ukrainisch", "chinesisch", "amerikanisch", "us-amerikanisch",
    "belarussisch", "weissrussisch", "iranisch", "japanisch", "franzosisch", "französisch",
    "deutsch", "britisch", "turkisch", "türkisch", "vietnamesisch", "syrisch", "israelisch",
    "polnisch", "finnisch", "schwedisch", "ungarisch", "serbisch", "kasachisch", "mongolisch",
    "kubanisch", "venezolanisch", "indisch", "italienisch", "georgisch", "moldauisch",
    "tschechisch", "slowakisch", "litauisch", "lettisch", "estnisch", "kanadisch",
  ]

  /// A lower-case adjective of a foreign nationality ("südkoreanische", "ukrainischen") that
  /// is not a registered actor's country.
  func isForeignNationality(_ t: Int) -> Bool {
    guard tokens[t].kind == .word, tokens[t].text.first?.isLowercase == true,
      countryMention(at: t) == nil
    else { return false }
    let word = folded(t)
    return Self.foreignNationalities.contains { word.hasPrefix($0) && word.count <= $0.count + 2 }
  }

  /// Labels that name the counterpart of the clause's person: "seinem Amtskollegen", "seinen
  /// Gast", "einem anderen Diktator". With two actors in the document, the one not named last
  /// in the label's clause or sentence.
  func otherActor(label start: Int, before: Int) -> String? {
    guard before >= 0, tokens[before].sentence == tokens[start].sentence else { return nil }
    let word = folded(before)
    let term = folded(start)
    let possessive =
      Self.possessives.contains(word)
      && Self.counterpartLabels.contains {
        term.hasPrefix($0)
      }
    let another = (before..<start).contains {
      ["anderen", "anderer", "andere"].contains(folded($0))
    }
    guard possessive || another else { return nil }
    let named = Set(prominence.keys).filter { actors[$0] != nil }
    guard named.count == 2 else { return nil }
    guard
      let person = recentPerson(
        before: start, window: 1, sameSentence: true, canBe: { named.contains($0.name) })
    else { return nil }
    return named.first { $0 != person.name }
  }

  static let possessives: Set<String> = [
    "sein", "seine", "seinem", "seinen", "seines", "seiner", "ihr", "ihrem", "ihren", "ihres",
  ]
  /// Labels of a relation between two people ("Amtskollege", "Gastgeber").
  static let counterpartLabels: [String] = ["amtskolleg", "gastgeber", "gast", "partner"]

  /// The actor named after a comma that closes a genitive or parenthetical attribute of the
  /// label ("Generalsekretär der Partei der Arbeit (PdAK), Kim Jong Un"), at most 10 tokens on.
  func appositionAcrossAttribute(after end: Int, in sentence: Int) -> String? {
    guard end < tokens.count, tokens[end].sentence == sentence,
      Self.attributeOpeners.contains(folded(end)) || ["(", ","].contains(tokens[end].text)
    else { return nil }
    var t = end
    while t < tokens.count, t - end < 10, tokens[t].sentence == sentence {
      if tokens[t].text == "," {
        guard t + 1 < tokens.count, let mention = personMention(at: t + 1) else { return nil }
        // Right after the label ("Der Vorsitzende, Kim Jong Un, …") the name must be closed
        // off as a parenthesis: a comma, a bracket or the sentence's end after it.
        if t == end {
          let after = mention.tokens.upperBound
          guard
            after >= tokens.count || tokens[after].sentence != sentence
              || [",", ")", ".", "–"].contains(tokens[after].text)
          else { return nil }
        }
        return personName(mention)
      }
      guard [.word, .number].contains(tokens[t].kind) || ["(", ")", "-"].contains(tokens[t].text)
      else { return nil }
      t += 1
    }
    return nil
  }

  /// Words that open an attribute between a label and the name it stands in apposition with:
  /// "der Vorsitzende der Kommission …, Kim Jong Un", "der Herrscher über 26 Millionen
  /// Menschen, Kim Jong Un".
  static let attributeOpeners: Set<String> = [
    "der", "des", "für", "über", "im", "in", "aus", "von", "vom",
  ]

  /// Targets of the modules that list a (folded) term.
  func actorsListing(term: String) -> Set<String> { actorsByTerm[term] ?? [] }

  /// For every folded term of a module with a target, the targets of the modules listing it;
  /// built once per analyzer (looking it up per match cost time in proportion to the lexicon).
  static func actorsByTerm(_ modules: [LexiconModule]) -> [String: Set<String>] {
    var map: [String: Set<String>] = [:]
    for module in modules {
      guard let name = module.target?.name else { continue }
      for entry in module.entries { map[Folding.fold(entry.term), default: []].insert(name) }
    }
    return map
  }

  /// First token of the clause holding `t`: after the last comma, colon, semicolon or dash of
  /// its sentence before it.
  func clauseStart(of t: Int) -> Int { clauseStarts[t] }

  /// `clauseStart(of:)` of every token, found in one pass (a text without punctuation would
  /// otherwise cost each match a walk back over the whole text).
  static func clauseStarts(_ tokens: [Token]) -> [Int] {
    var starts: [Int] = []
    starts.reserveCapacity(tokens.count)
    for i in tokens.indices {
      let isStart =
        i == 0 || tokens[i - 1].sentence != tokens[i].sentence
        || (tokens[i - 1].kind == .punctuation
          && [",", ":", ";", "–", "—"].contains(tokens[i - 1].text))
      starts.append(isStart ? i : starts[i - 1])
    }
    return starts
  }

  /// "die Kim-Diktatur", "die Despotin": a feminine singular after "die", not a plural.
  func isFeminineSingular(lastToken: Int) -> Bool {
    let word = keys.folded[lastToken]
    return ["ur", "ung", "ion", "heit", "keit", "schaft", "in", "ie", "ei", "tät"].contains {
      word.hasSuffix($0)
    }
  }
}
