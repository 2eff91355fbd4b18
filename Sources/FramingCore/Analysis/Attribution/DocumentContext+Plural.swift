/// Plural labels: when a label stands for several people, and whom it covers.
extension DocumentContext {
  /// Words before a label that make it singular ("dem Diktator", "seinen Amtskollegen").
  static let singularDeterminers: Set<String> = [
    "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "sein", "seine", "seinem",
    "seinen", "seines", "seiner", "ihr", "ihrem", "ihren", "ihres", "ihrer", "unser", "unserem",
    "unseren", "jeder", "jedem", "jeden", "jedes", "kein", "keinem", "keinen",
    // A preposition with the article in it ("vom Vorsitzenden begrüßt").
    "vom", "zum", "beim", "im", "am",
  ]
  /// Words that coordinate the places, countries and names a plural label lists after it.
  static let listLinks: Set<String> = [
    "und", "sowie", ",", "in", "aus", "von", "vom", "im", "der", "des", "mit", "zwischen",
  ]

  /// Whether a label stands for several people: after a plural determiner ("die beiden
  /// Diktatoren", "zwei Despoten", "beider Staatschefs"), or in a plural form where the case
  /// tells ("Gipfel der Despoten", "den Machthabern", "Diktatoren-Party", "mit Autokraten").
  /// A bare form that may be singular ("der Machthaber", "den Despoten") stays singular.
  func isPlural(start: Int, end: Int, term: String, determiner: Int) -> Bool {
    // Country adjectives stop `skipAdjectives` (the country rule needs them); here they are
    // adjectives like others: "den russischen Präsidenten" has "den" as its determiner.
    // So are opening quote marks: "den „Autokraten mit dem längsten Atem“", "den „treuesten
    // Genossen“".
    var d = determiner
    while d >= 0,
      tokens[d].kind == .quoteMark
        || (tokens[d].text.first?.isLowercase == true && countryMention(at: d) != nil)
    {
      d = skipAdjectives(before: d)
    }
    let lastWord = term.split(separator: " ").last.map(String.init) ?? term
    let stem = Self.withoutUmlauts(Folding.fold(lastWord))
    let word = Self.withoutUmlauts(folded(end - 1))
    let suffix = word.hasPrefix(stem) ? String(word.dropFirst(stem.count)) : nil
    let pluralForm =
      suffix.map {
        ["en", "n", "e", "er", "innen"].contains($0) || ($0.hasPrefix("en") && $0.count > 3)
      }
      ?? false
    let sameSentence = d >= 0 && tokens[d].sentence == tokens[start].sentence
    let article = sameSentence && tokens[d].kind == .word ? folded(d) : ""
    // "einem anderen Despoten", "einer der brutalsten Despoten": one person.
    let previous = sameSentence && d >= 1 ? folded(d - 1) : ""
    if Self.singularDeterminers.contains(previous) || Self.partitives.contains(previous) {
      return false
    }
    if Self.pluralDeterminers.contains(article) {
      // "die Vorsitzende" is a woman or several people: the verb tells ("Die Vorsitzende des
      // Kulturvereins lebt …").
      let folded = Folding.fold(term)
      if article == "die", folded.hasSuffix("er"),
        Folding.fold(tokens[end - 1].text) == String(folded.dropLast()),
        let verb = firstFiniteVerb(after: end)
      {
        return !Self.singularVerbs.contains(verb)
      }
      return suffix != "in" && !isFeminineSingular(lastToken: end - 1)
    }
    if Self.singularDeterminers.contains(article) { return false }
    switch article {
    case "als":
      // "bezeichnete Kim als Despoten" (singular), "als Diktatoren" (plural).
      return pluralForm && !Self.isWeakNoun(stem)
    case "der", "dieser", "jener":
      // "der Despoten", "der Diktatoren": only a genitive plural has these forms after "der".
      return pluralForm
    case "den", "diesen":
      // "den Diktatoren", "den Machthabern" (dative plural); "den Despoten" may be singular.
      return pluralForm && word.hasSuffix("n") && !Self.isWeakNoun(stem)
    default:
      // No article ("mit Autokraten", "Zwei Diktatoren", "Diktatoren-Party"), unless a name
      // follows: "Despoten Kim" is an apposition.
      if personMention(at: end) != nil { return false }
      return pluralForm
    }
  }

  /// Finite verbs in the third person singular, and their plural forms.
  static let singularVerbs: Set<String> = [
    "ist", "hat", "war", "wird", "wurde", "sagt", "sagte", "lebt", "lebte", "bleibt", "kann",
    "will", "muss", "soll", "darf", "erklärt", "erklarte", "erklärte", "meint", "meinte",
    "fordert", "forderte", "sieht", "sah", "kommt", "kam", "steht", "stand", "gilt", "galt",
  ]
  static let pluralVerbs: Set<String> = [
    "sind", "haben", "waren", "werden", "wurden", "sagen", "sagten", "leben", "lebten",
    "bleiben", "können", "konnen", "wollen", "müssen", "mussen", "sollen", "dürfen", "durfen",
    "erklären", "erklaren", "erklärten", "meinen", "meinten", "fordern", "forderten", "sehen",
    "sahen", "kommen", "kamen", "stehen", "standen", "gelten", "galten",
  ]

  /// The first of the verbs above after `t` in its sentence, within twelve tokens.
  func firstFiniteVerb(after t: Int) -> String? {
    var i = t
    while i < tokens.count, i - t < 12, tokens[i].sentence == tokens[max(0, t - 1)].sentence {
      let word = folded(i)
      if Self.singularVerbs.contains(word) || Self.pluralVerbs.contains(word) { return word }
      i += 1
    }
    return nil
  }

  /// The registered actors a plural label covers: those it lists after it ("die Machthaber in
  /// Moskau und Pjöngjang"), else those named in its sentence and the `window` before, else all
  /// registered actors the document names.
  func pluralCoverage(start: Int, end: Int) -> Set<String> {
    let sentence = tokens[start].sentence
    // A place no actor stands for: "die Kriegstreiber in Washington" are other people.
    if end + 1 < tokens.count, tokens[end + 1].sentence == sentence,
      ["in", "aus"].contains(folded(end)), tokens[end + 1].kind == .word,
      tokens[end + 1].text.first?.isUppercase == true, mentionsAt[end + 1] == nil
    {
      return []
    }
    var listed = Set<String>()
    var t = end
    while t < tokens.count, t - end < 12, tokens[t].sentence == sentence {
      if let mention = mentionsAt[t]?.first(where: { $0.kind != .other }),
        let name = modules[mention.module].target?.name
      {
        listed.insert(name)
        t = max(t + 1, mention.tokens.upperBound)
        continue
      }
      guard Self.listLinks.contains(folded(t)) || tokens[t].text == "," else { break }
      t += 1
    }
    if listed.count >= 2 { return listed }
    let window = actors.values.map(\.window).max() ?? 3
    var near = Set<String>()
    var i = personIndex(before: start)
    while i > 0 {
      i -= 1
      if persons[i].sentence < sentence - window { break }
      if actors[persons[i].name] != nil { near.insert(persons[i].name) }
    }
    if near.count >= 2 { return near }
    // The actors the document names, or whose country or places it names ("die beiden
    // Staatschefs" in an article that calls Kim only "Nordkoreas Machthaber").
    return Set(prominence.keys).union(near).union(actorsPlaced)
  }

  /// A feminine form of the label ("Diktatorin", "Präsidentin").
  func isFeminineForm(word: String, term: String) -> Bool {
    let stem = Folding.fold(term.split(separator: " ").last.map(String.init) ?? term)
    return word.hasPrefix(stem) && word.dropFirst(stem.count) == "in"
  }

  /// Weak masculine nouns ("der Despot, den Despoten"): their "-en" forms are also singular.
  static func isWeakNoun(_ stem: String) -> Bool {
    ["e", "ot", "at", "ant", "ent", "ist", "ann", "oge", "soph", "graf", "nom", "urk"].contains {
      stem.hasSuffix($0)
    }
  }

  static func withoutUmlauts(_ word: String) -> String {
    guard word.contains(where: { "äöü".contains($0) }) else { return word }
    return String(
      word.map { ch -> Character in
        switch ch {
        case "ä": return "a"
        case "ö": return "o"
        case "ü": return "u"
        default: return ch
        }
      })
  }
}
