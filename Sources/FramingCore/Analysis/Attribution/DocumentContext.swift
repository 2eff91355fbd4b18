/// One analyzed document's tokens and voices, with the look-ups that attribution, speaker
/// finding and distancing share.
struct DocumentContext {
  let tokens: [Token]
  let keys: TokenKeys
  let voices: [Voice]
  let quotes: [ClosedRange<Int>]
  let blockQuoteParagraphs: Set<Int>
  /// Quotations without marks after a colon inside a paragraph ("Darin hieß es: …").
  let colonQuotes: [Range<Int>]
  let modules: [LexiconModule]
  /// Targets of the modules that list each folded term (see `actorsByTerm(_:)`).
  let actorsByTerm: [String: Set<String>]
  let mentions: [Mention]
  /// Mentions by first token.
  let mentionsAt: [Int: [Mention]]
  /// The first person mention ending at a token (its `tokens.upperBound`).
  let personEndingAt: [Int: Mention]
  /// First token of the clause holding each token (see `clauseStart(of:)`).
  let clauseStarts: [Int]
  /// The quotes, for look-up by range.
  let quoteRanges: Set<ClosedRange<Int>>
  /// Label matches of actor modules by first token.
  let labelsAt: [Int: Match]
  var persons: [PersonMention]
  /// People the text introduces by a role ("der Politologe Florian Haberl", "Ostasienexpertin
  /// Verena Pichler"), with whether the role noun is feminine: speakers a later "sagt sie"
  /// may mean. Kept apart from `persons`, since no label of an actor refers to them.
  var rolePersons: [RolePerson] = []
  /// Which tokens may be part of a person's name (see `isNameWord(_:)`).
  var nameWords: [Bool] = []
  /// The actors whose country or places the document names (for plurals: "die beiden
  /// Staatschefs" in an article that calls Kim only "Nordkoreas Machthaber").
  let actorsPlaced: Set<String>
  /// Attributions of actor-module labels by first token, filled by `attribute(_:)`.
  var attributions: [Int: Attribution] = [:]
  /// First token of each sentence (sentences are numbered from 0 without gaps).
  let sentenceStarts: [Int]
  /// The targets of the actor modules, by name.
  let actors: [String: LexiconTarget]
  /// How prominent each actor is in the document: its names, references and places (the seat
  /// of power: Pjöngjang, der Kreml), those in the first two paragraphs (headline and lead)
  /// counted twice.
  let prominence: [String: Int]
  /// Labels (folded terms) that a rule tied to an actor in this document ("Machthaber Kim Jong
  /// Un"): what a later "der Machthaber" far from any name most likely means.
  var labelOwners: [String: Set<String>] = [:]

  static let articles: Set<String> = [
    "der", "des", "dem", "den", "die", "das", "dieser", "diesem", "diesen", "dieses", "jener",
  ]
  static let definiteArticles: Set<String> = [
    "der", "des", "dem", "den", "dieser", "diesem", "diesen", "dieses",
  ]
  static let pluralDeterminers: Set<String> = [
    "die", "beide", "beiden", "beider", "zwei", "zweier", "drei", "vier", "fünf", "mehrere", "alle",
    "aller", "viele", "vieler", "einige", "zahlreiche", "andere", "anderen",
  ]
  static let pronouns: Set<String> = ["er", "sie", "ihm", "ihn", "seine", "seiner", "sein"]
  static let nameStoplist: Set<String> = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "im", "in", "am", "an", "auf", "aus",
    "bei", "mit", "nach", "von", "vor", "zu", "und", "oder", "aber", "doch", "auch", "er", "sie",
    "es", "wir", "ihr", "man", "nun", "so", "dann", "dazu", "daher", "denn",
    // Words that open a sentence without naming anyone ("Wörtlich heißt es:", "Darin heißt
    // es:", "Deutlicher wurde …").
    "wörtlich", "darin", "dort", "hier", "deutlich", "deutlicher", "weiter", "zudem",
    "ausserdem", "später", "zuvor", "bereits", "schon", "dabei", "damit", "darauf", "heute",
    "gestern", "jetzt", "diese", "dieser", "dieses", "wie", "was", "wer", "wo", "als", "ob",
    "dass", "wenn", "weil", "für", "über", "gegen", "seit", "um", "unter", "ganz", "anders",
    "mehr", "noch", "erst", "laut", "zufolge", "zum", "zur", "beim", "vom", "ins",
    // Adverbs that open a sentence before its verb ("Damals nannte er …").
    "damals", "erstmals", "inzwischen", "seither", "bislang", "gleichzeitig", "trotzdem",
    "allerdings", "immerhin", "offenbar", "tatsächlich", "zunächst", "schliesslich", "danach",
    "anschliessend", "ebenfalls", "lediglich", "kürzlich", "zuletzt", "morgen", "abends",
    "stattdessen", "dennoch", "jedoch", "womöglich", "vermutlich", "angeblich",
  ]

  init(
    tokens: [Token], keys: TokenKeys, voices: [Voice], quoting: QuoteDetector.Result,
    matches: [Match], mentions: [Mention], modules: [LexiconModule],
    actorsByTerm: [String: Set<String>]
  ) {
    self.actorsByTerm = actorsByTerm
    self.tokens = tokens
    self.keys = keys
    self.voices = voices
    self.quotes = quoting.quotes.sorted { $0.lowerBound < $1.lowerBound }
    self.blockQuoteParagraphs = Set(quoting.blockQuoteParagraphs)
    self.colonQuotes = quoting.colonQuotes
    self.modules = modules
    self.mentions = mentions
    var at: [Int: [Mention]] = [:]
    for m in mentions { at[m.tokens.lowerBound, default: []].append(m) }
    self.mentionsAt = at
    var ending: [Int: Mention] = [:]
    for m in mentions where m.isPerson && ending[m.tokens.upperBound] == nil {
      ending[m.tokens.upperBound] = m
    }
    self.personEndingAt = ending
    self.quoteRanges = Set(quoting.quotes)
    self.clauseStarts = Self.clauseStarts(tokens)
    var labels: [Int: Match] = [:]
    for m in matches where modules[m.module].target != nil && labels[m.tokens.lowerBound] == nil {
      labels[m.tokens.lowerBound] = m
    }
    self.labelsAt = labels
    var starts: [Int] = []
    for (t, token) in tokens.enumerated() where starts.count <= token.sentence {
      while starts.count <= token.sentence { starts.append(t) }
    }
    self.sentenceStarts = starts
    var actors: [String: LexiconTarget] = [:]
    for module in modules { if let target = module.target { actors[target.name] = target } }
    self.actors = actors
    var prominence: [String: Int] = [:]
    for m in mentions where m.isActor || m.kind == .place {
      guard let name = modules[m.module].target?.name else { continue }
      prominence[name, default: 0] += tokens[m.tokens.lowerBound].paragraph <= 1 ? 2 : 1
    }
    self.prominence = prominence
    var placed = Set<String>()
    for m in mentions where m.kind == .country || m.kind == .place {
      if let name = modules[m.module].target?.name { placed.insert(name) }
    }
    self.actorsPlaced = placed
    self.persons = []
    for m in mentions where m.isPerson {
      guard let name = personName(m) else { continue }
      persons.append(
        PersonMention(
          token: m.tokens.lowerBound, end: m.tokens.upperBound,
          sentence: tokens[m.tokens.lowerBound].sentence, name: name))
    }
    persons.sort { $0.token < $1.token }
    nameWords = findNameWords()
    rolePersons = findRolePersons()
  }

  /// Who a person mention names: the module's actor, or for `other` (a family member) the name
  /// as written.
  func personName(_ mention: Mention) -> String? {
    mention.kind == .other ? text(mention.tokens) : modules[mention.module].target?.name
  }

  func folded(_ t: Int) -> String { t >= 0 && t < tokens.count ? keys.folded[t] : "" }

  /// A person mention (name or reference) starting at `t`.
  func personMention(at t: Int) -> Mention? {
    mentionsAt[t]?.first { $0.isPerson }
  }

  func countryMention(at t: Int) -> Mention? { mentionsAt[t]?.first { $0.kind == .country } }

  /// Capitalized word tokens from `t` on (at most three), stopping at punctuation, lower-case
  /// words and function words: a person's name such as "Alexander Lukaschenko".
  func nameRun(at t: Int) -> Range<Int>? {
    var end = t
    while end < tokens.count, end - t < 3, tokens[end].kind == .word, personMention(at: end) == nil,
      let first = tokens[end].text.unicodeScalars.first, first.properties.isUppercase,
      !Self.nameStoplist.contains(keys.folded[end]), !tokens[end].isAbbreviation,
      countryMention(at: end) == nil
    {
      end += 1
    }
    return end > t ? t..<end : nil
  }

  func text(_ range: Range<Int>) -> String { range.map { tokens[$0].text }.joined(separator: " ") }

  /// Index of the first token before `t` that is not a lower-case adjective-like word.
  func skipAdjectives(before t: Int) -> Int {
    var i = t - 1
    while i >= 0, tokens[i].kind == .word, tokens[i].sentence == tokens[t].sentence,
      let first = tokens[i].text.unicodeScalars.first, first.properties.isLowercase,
      !Self.articles.contains(keys.folded[i]), !Self.pluralDeterminers.contains(keys.folded[i]),
      !Self.singularDeterminers.contains(keys.folded[i]), keys.folded[i] != "als",
      countryMention(at: i) == nil
    {
      i -= 1
    }
    return i
  }

  /// The most recent person named before token `t`, within `window` sentences; `sameSentence`
  /// says whether the sentence of `t` itself may hold it, `outsideQuotes` whether names inside
  /// quotations are skipped, `canBe` which persons qualify.
  func recentPerson(
    before t: Int, window: Int, sameSentence: Bool, outsideQuotes: Bool = false,
    canBe: (PersonMention) -> Bool = { _ in true }
  ) -> PersonMention? {
    // `persons` is sorted by token, and sentences grow with tokens: walk back from `t` (or from
    // the sentence's start) and stop at the window's edge or once a nearer person was found,
    // so that a long document costs each match a few steps, not a pass over every person.
    let sentence = tokens[t].sentence
    let bound = sameSentence ? t : sentenceStarts[min(sentence, sentenceStarts.count - 1)]
    var i = personIndex(before: bound)
    var best: PersonMention? = nil
    while i > 0 {
      i -= 1
      let p = persons[i]
      if p.sentence < sentence - window { break }
      if let b = best, p.token < b.token { break }
      if p.end <= t && (sameSentence || p.sentence < sentence)
        && (!outsideQuotes || voices[p.token] != .quote) && canBe(p)
        && best.map({ ($0.token, $0.name) < (p.token, p.name) }) ?? true
      {
        best = p
      }
    }
    return best
  }

  /// Index of the first person whose first token is at `t` or after.
  func personIndex(before t: Int) -> Int {
    var low = 0
    var high = persons.count
    while low < high {
      let mid = (low + high) / 2
      if persons[mid].token < t { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Adds a person mention, keeping `persons` sorted by token.
  mutating func addPerson(_ person: PersonMention) {
    var i = personIndex(before: person.token + 1)
    while i < persons.count, persons[i].token == person.token { i += 1 }
    persons.insert(person, at: i)
  }

}
