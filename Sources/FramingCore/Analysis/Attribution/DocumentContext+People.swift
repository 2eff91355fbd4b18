/// A person the text names who is no actor of the lexicon: introduced by a role ("der
/// Politologe Florian Haberl"), followed by one ("Marlene Okonek-Baek, Koreanistin an …"), or
/// taken up again by the surname alone ("Okonek-Baek hält das für …"). `isFeminine` is what the
/// role noun says, nil where no role noun says it.
struct RolePerson: Sendable, Hashable {
  var person: PersonMention
  var isFeminine: Bool?
}

extension DocumentContext {
  /// Endings of role nouns that introduce or stand for a person (folded, masculine).
  static let roleEndings: Endings = [
    "experte", "experten", "politiker", "politologe", "sprecher", "forscher", "historiker",
    "analyst", "minister", "botschafter", "diplomat", "professor", "korrespondent",
    "abgeordnete", "abgeordneter", "direktor", "leiter", "koreanist", "wissenschaftler",
    "journalist", "aktivist", "beobachter", "kommentator", "ökonom", "okonom", "berater",
    "kenner", "soziologe", "jurist", "völkerrechtler", "autor",
  ]

  /// The feminine forms of the role endings: "expertin", "politologin".
  static let feminineRoleEndings = Endings(
    roleEndings.map { ($0.hasSuffix("e") ? String($0.dropLast()) : $0) + "in" })

  /// Whether a folded word is a role noun, and then whether feminine: "expertin" true,
  /// "politologe" false, "zeitung" nil.
  static func roleGender(_ word: String) -> Bool? {
    if feminineRoleEndings.isEnding(of: word) { return true }
    return roleEndings.isEnding(of: word) ? false : nil
  }

  /// Every person the text names outside the lexicon, in text order (see `RolePerson`).
  func findRolePersons() -> [RolePerson] {
    var found: [RolePerson] = []
    var taken = Set<Int>()
    func add(_ run: Range<Int>, _ isFeminine: Bool?, name: String? = nil) {
      guard !taken.contains(run.lowerBound) else { return }
      taken.insert(run.lowerBound)
      found.append(
        RolePerson(
          person: PersonMention(
            token: run.lowerBound, end: run.upperBound, sentence: tokens[run.lowerBound].sentence,
            name: name ?? text(run)),
          isFeminine: isFeminine))
    }
    // Capitalized words as written alone, for surnames taken up again.
    var alone: [String: Int] = [:]
    for i in tokens.indices where isNameWord(i) && !isNameWord(i + 1) {
      let afterArticle = i > 0 && Self.articles.contains(folded(i - 1))
      let afterName = i > 0 && isNameWord(i - 1) && tokens[i - 1].sentence == tokens[i].sentence
      if !afterArticle && !afterName { alone[tokens[i].text, default: 0] += 1 }
    }
    // Runs of two or three name words, counted where no sentence starts with them (a
    // capitalized adjective opens "Hohe Verluste an der Front").
    var fullNames: [String: Int] = [:]
    var insideSentence = Set<String>()
    for i in tokens.indices where isNameWord(i) && !isNameWord(i - 1) {
      // A name has no article: "im Fernen Osten" is a place.
      let afterArticle =
        i > 0
        && (Self.articles.contains(folded(i - 1)) || Self.contractions.contains(folded(i - 1)))
      if let run = personNameRun(at: i), !isNameWord(run.upperBound), !afterArticle {
        fullNames[text(run), default: 0] += 1
        if i > 0, tokens[i - 1].sentence == tokens[i].sentence { insideSentence.insert(text(run)) }
      }
    }
    fullNames = fullNames.filter { insideSentence.contains($0.key) }
    for i in tokens.indices where tokens[i].kind == .word {
      // "der Politologe Florian Haberl", "Kremlsprecher Dmitri Peskow": a role noun, then two
      // or three name words.
      if tokens[i].text.first?.isUppercase == true, let feminine = Self.roleGender(keys.folded[i]),
        let run = personNameRun(at: i + 1)
      {
        add(run, feminine)
        continue
      }
      guard isNameWord(i) else { continue }
      // A name has no article: "im Fernen Osten" is a place.
      guard i == 0 || !isNameWord(i - 1) || tokens[i - 1].sentence != tokens[i].sentence,
        i == 0
          || !(Self.articles.contains(folded(i - 1)) || Self.contractions.contains(folded(i - 1))),
        let run = personNameRun(at: i)
      else { continue }
      // "Marlene Okonek-Baek, Koreanistin an der …": a name, a comma and a role noun.
      let end = run.upperBound
      if end + 1 < tokens.count, tokens[end].text == ",",
        tokens[end + 1].sentence == tokens[i].sentence,
        let feminine = Self.roleGender(keys.folded[end + 1])
      {
        add(run, feminine)
        continue
      }
      // "Marlene Okonek-Baek … Okonek-Baek hält das für …": the surname again, alone; also
      // from the genitive ("in Malte Ohlendorfs Büro … Ohlendorf sagt").
      guard Self.roleGender(keys.folded[i]) == nil else { continue }
      // "Olena Martschuk hat … Für Olena Martschuk bleibt …": the same names again.
      if fullNames[text(run), default: 0] >= 2 {
        add(run, nil)
        continue
      }
      // The surname is the run's last word, or its second when a noun follows the name ("in
      // Malte Ohlendorfs Büro").
      for last in stride(from: end, through: run.lowerBound + 2, by: -1) {
        let surname = tokens[last - 1].text
        if alone[surname, default: 0] >= 1 {
          add(run.lowerBound..<last, nil)
          break
        } else if surname.hasSuffix("s"), alone[String(surname.dropLast()), default: 0] >= 1 {
          add(
            run.lowerBound..<last, nil,
            name: text(run.lowerBound..<(last - 1)) + " " + surname.dropLast())
          break
        }
      }
    }
    return found.sorted { $0.person.token < $1.person.token }
  }

  /// A capitalized word that may be part of a person's name: no lexicon mention, no function
  /// word, no abbreviation, no all-capital acronym, no medium or institution.
  func isNameWord(_ i: Int) -> Bool { i >= 0 && i < nameWords.count && nameWords[i] }

  /// `isNameWord` of every token, computed once per document (`nameWords`): the people pass
  /// asks it several times of each capitalized word.
  func findNameWords() -> [Bool] { tokens.indices.map { nameWord($0) } }

  private func nameWord(_ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].kind == .word,
      let first = tokens[i].text.unicodeScalars.first, first.properties.isUppercase
    else { return false }
    let word = keys.folded[i]
    // Inside or right after a mention: the rest of an actor's name ("Kim Dschong Un").
    let isMentioned = (max(0, i - 3)...i).contains { k in
      mentionsAt[k]?.contains {
        $0.tokens.contains(i) || ($0.isPerson && $0.tokens.upperBound == i)
      } == true
    }
    return !isMentioned && labelsAt[i] == nil && !Self.nameStoplist.contains(word)
      && !tokens[i].isAbbreviation && tokens[i].text.dropFirst().contains(where: \.isLowercase)
      && !SpeechVerbs.mediaEndings.isEnding(of: word)
      && !Self.organisationEndings.isEnding(of: word)
      && !Self.placeSpeakers.contains(word)
      && !Self.institutionNouns.isEnding(of: word)
  }

  /// A preposition and article in one word ("im Fernen Osten").
  static let contractions: Set<String> = ["im", "am", "zum", "zur", "vom", "beim", "ins", "ans"]

  /// Endings of nouns for institutions and places that stand before a name ("Universität
  /// Lahnfels", "Institut für …").
  static let institutionNouns: Endings = [
    "universität", "institut", "hochschule", "akademie", "stiftung", "zentrum", "schule",
    "verband", "gesellschaft", "forum", "klinik", "bahnhof", "flughafen", "platz", "strasse",
    "region", "gebiet", "oblast",
  ]

  /// Two or three name words from `t` on, in one sentence: "Florian Haberl", "Jelena
  /// Trubina", "Marlene Okonek-Baek".
  func personNameRun(at t: Int) -> Range<Int>? {
    var end = t
    while end - t < 3, isNameWord(end), tokens[end].sentence == tokens[t].sentence { end += 1 }
    return end - t >= 2 ? t..<end : nil
  }

  /// The person a role noun after a cue stands for ("sagt die Expertin", "so der Forscher"):
  /// the last person named before `t` with a role or a surname taken up, of the role noun's
  /// gender where both are known; nil where `t` is no role noun or none such was named.
  func roleReferent(at t: Int) -> String? {
    guard let feminine = Self.roleGender(keys.folded[t]) else { return nil }
    let first = tokens[t].sentence - 12
    return rolePersons.last(where: {
      $0.person.end <= t && $0.person.sentence >= first
        && ($0.isFeminine == nil || $0.isFeminine == feminine)
        && (voices[t] == .quote || voices[$0.person.token] != .quote)
    })?.person.name
  }
}
