extension DocumentContext {
  /// Attributes a label of an actor module to a person, by the first rule that applies:
  /// term (the entry names the target), apposition after or before the label, plural
  /// determiner, the actor's country, a definite reference to the most recent person named in
  /// the previous `window` sentences; otherwise unresolved.
  ///
  /// A name after the label that is not the target's ("Machthaber Alexander Lukaschenko") makes
  /// the label someone else's; so does a reference whose most recent person is someone else.
  mutating func attribute(_ match: Match) -> Attribution {
    let attribution = findAttribution(match)
    if attribution.rule != .notApplicable { attributions[match.tokens.lowerBound] = attribution }
    return attribution
  }

  private mutating func findAttribution(_ match: Match) -> Attribution {
    let module = modules[match.module]
    guard let target = module.target else { return .notApplicable }
    let entry = module.categories[match.category].entries[match.entry]
    func found(_ rule: Attribution.Rule, _ name: String) -> Attribution {
      Attribution(rule: rule, refersTo: name, isTarget: name == target.name)
    }
    if entry.namesTarget { return found(.term, target.name) }
    let start = match.tokens.lowerBound
    let end = match.tokens.upperBound
    let before = skipAdjectives(before: start)
    // Plural: "die Machthaber Russlands und Nordkoreas", "der beiden Staatschefs".
    if before >= 0, Self.pluralDeterminers.contains(folded(before)),
      !isFeminineSingular(lastToken: end - 1)
    {
      return Attribution(rule: .plural, refersTo: "", isTarget: false)
    }
    // Apposition after: "Machthaber Kim Jong Un", "Präsident Selenskyj".
    if end < tokens.count, tokens[end].sentence == tokens[start].sentence {
      if let mention = personMention(at: end), let name = modules[mention.module].target?.name {
        return found(.apposition, name)
      }
      // Another actor's label right after ("des Genossen Präsidenten"): the person whom
      // that label's term can stand for, when only one actor's module lists it.
      if let next = labelsAt[end], modules[next.module].target != nil {
        let term = Folding.fold(
          modules[next.module].categories[next.category].entries[next.entry].term)
        let owners = actorsListing(term: term)
        if owners.count == 1, let owner = owners.first { return found(.apposition, owner) }
      }
      if let run = nameRun(at: end), labelsAt[end] == nil {
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
      let mention = personEndingAt[before - 1],
      let name = modules[mention.module].target?.name
    {
      return found(.apposition, name)
    }
    if before >= 1, tokens[before].text == ",", let mention = personEndingAt[before],
      let name = modules[mention.module].target?.name
    {
      return found(.apposition, name)
    }
    // Apposition across a genitive or parenthesis: "der Generalsekretär der Partei der Arbeit
    // (PdAK), Kim Jong Un," — the material after the label must open as an attribute.
    if let name = appositionAcrossAttribute(after: end, in: tokens[start].sentence) {
      return found(.apposition, name)
    }
    // Predicative: "Putin ist ein Diktator", "Kim gilt als Despot", "nannte ihn einen
    // Despoten": the last person named in the label's clause before it.
    if let marker = predicativeMarker(before: start),
      hasPredicativeVerb(from: clauseStart(of: start), to: marker)
    {
      var t = marker - 1
      while t >= clauseStart(of: start) {
        if voices[t] == voices[start] || voices[t] == .author, let name = person(at: t) {
          return found(.predicative, name)
        }
        t -= 1
      }
    }
    // Country: "Nordkoreas Machthaber", "der nordkoreanische Diktator", "der russische Präsident".
    for t in max(0, before)..<start {
      if let country = countryMention(at: t), let name = modules[country.module].target?.name {
        return found(.country, name)
      }
    }
    // Definite reference: "erklärte der Diktator", "an den Machthaber". The person must be one
    // the label can stand for: the target, someone without a module, or an actor whose own
    // module lists the same term.
    if before >= 0, Self.definiteArticles.contains(folded(before)) {
      let actorsWithTerm = actorsListing(term: Folding.fold(entry.term))
      let actors = Set(modules.compactMap { $0.target?.name })
      // Persons in the label's own clause are its co-arguments ("Putin wendet sich an den
      // Machthaber"), not what it refers to.
      let clause = clauseStart(of: start)
      if let person = recentPerson(
        before: clause, window: target.window, sameSentence: true,
        outsideQuotes: voices[start] != .quote,
        canBe: { !actors.contains($0.name) || actorsWithTerm.contains($0.name) })
      {
        return found(.reference, person.name)
      }
    }
    return Attribution(rule: .unresolved, refersTo: "", isTarget: false)
  }

  /// Words right before a predicative label: indefinite articles and "als".
  static let predicativeMarkers: Set<String> = [
    "ein", "eine", "einen", "einem", "einer", "eines", "als",
  ]
  /// Copulas and verbs of naming (folded forms) that make a label predicative.
  static let predicativeVerbs: Set<String> = [
    "ist", "sei", "war", "wäre", "bleibt", "bleibe", "wird", "werde", "wurde", "gilt", "gelte",
    "galt", "nennt", "nannte", "nenne", "nennen", "nannten", "bezeichnet", "bezeichnete",
    "bezeichnen", "beschimpft", "beschimpfte", "schimpft", "schimpfte", "sieht", "sah",
  ]

  /// The indefinite article or "als" before a label, across adjectives and an opening quote
  /// mark ("ein brutaler Diktator", "einen „Diktator auf Einkaufstour“"), in its clause.
  func predicativeMarker(before start: Int) -> Int? {
    var t = start - 1
    let clause = clauseStart(of: start)
    while t >= clause, start - t <= 4 {
      if tokens[t].kind == .word {
        if Self.predicativeMarkers.contains(folded(t)) { return t }
        guard tokens[t].text.first?.isLowercase == true else { return nil }
      } else if tokens[t].kind != .quoteMark {
        return nil
      }
      t -= 1
    }
    return nil
  }

  /// Whether a copula or verb of naming stands in `from..<to`.
  func hasPredicativeVerb(from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return (from..<to).contains {
      tokens[$0].kind == .word && Self.predicativeVerbs.contains(folded($0))
    }
  }

  /// The actor named after a comma that closes a genitive or parenthetical attribute of the
  /// label ("Generalsekretär der Partei der Arbeit (PdAK), Kim Jong Un"), at most 10 tokens on.
  func appositionAcrossAttribute(after end: Int, in sentence: Int) -> String? {
    guard end < tokens.count, tokens[end].sentence == sentence,
      ["der", "des", "(", "für"].contains(folded(end)) || tokens[end].text == "("
    else { return nil }
    var t = end
    while t < tokens.count, t - end < 10, tokens[t].sentence == sentence {
      if tokens[t].text == "," {
        guard t + 1 < tokens.count, let mention = personMention(at: t + 1) else { return nil }
        return modules[mention.module].target?.name
      }
      guard tokens[t].kind == .word || ["(", ")", "-"].contains(tokens[t].text) else { return nil }
      t += 1
    }
    return nil
  }

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
