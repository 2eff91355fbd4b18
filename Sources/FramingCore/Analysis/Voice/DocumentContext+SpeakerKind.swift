extension DocumentContext {
  /// Names of news agencies, papers and broadcasters that no media ending gives away (folded).
  static let mediaNames: Set<String> = [
    "kcna", "tass", "ria", "ria nowosti", "interfax", "yonhap", "rodong sinmun", "staatsmedien",
    "staatsfernsehen", "staatsagentur", "nachrichtenagentur", "agentur", "blatt", "afp", "dpa",
    "medien", "sender", "fernsehen", "magazin", "zentralorgan",
    "reuters", "ap", "bbc", "cnn", "rt", "sputnik", "pravda", "iswestija", "kommersant",
  ]
  /// Endings (folded) of institutions that speak: those of `organisationEndings` that are no
  /// medium and no spokesperson, and more: "die Bundesregierung", "der Generalstab", "das
  /// Pentagon".
  static let institutionEndings = Endings(
    organisationEndings.filter {
      !$0.hasPrefix("sprecher") && !$0.hasSuffix("medien") && !mediumNouns.contains($0)
    } + [
      "partei", "armee", "militär", "generalstab", "nato", "uno", "eu", "kommando",
      "departement", "pentagon", "rat", "parlament", "bundestag", "nationalrat", "duma",
      "botschaft", "weisse haus", "weissen haus", "stab", "führung",
      "seite", "zentralkomitee",
      "nis", "ministry", "gericht", "staaten", "union", "dienste",
    ])

  /// What kind of speaker `name` is (the speaker of a quote or reported match): a person
  /// found in the text (an actor, a name, a role person), a medium by its name or ending
  /// (`SpeechVerbs.mediaEndings`, `mediaNames`), an organisation by the ending of its name, a
  /// person again for a run of two or more capitalized words that names none of these
  /// ("Jelena Trubina"), else unknown.
  func speakerKind(_ name: String) -> SpeakerKind {
    guard !name.isEmpty else { return .unknown }
    if persons.contains(where: { $0.name == name })
      || rolePersons.contains(where: { $0.person.name == name })
      || actors.keys.contains(name)
    {
      return .person
    }
    let folded = Folding.fold(name)
    let last = folded.split(separator: " ").last.map(String.init) ?? folded
    if Self.mediaNames.contains(folded) || Self.mediaNames.contains(last)
      || SpeechVerbs.mediaEndings.isEnding(of: last)
    {
      return .medium
    }
    if Self.institutionEndings.isEnding(of: folded) { return .organisation }
    // A capital or country speaks for its government ("Moskau erklärte", "laut Seoul").
    if Self.placeSpeakers.contains(folded) { return .organisation }
    let words = name.split(separator: " ")
    guard words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else {
      return .unknown
    }
    // All capitals and no medium: an organisation ("NIS", "NATO"); else a name, one word
    // ("Selenskyj") or several ("Jelena Trubina").
    if words.count == 1, name.count >= 2, name.allSatisfy({ $0.isUppercase || $0.isNumber }) {
      return .organisation
    }
    return .person
  }

  /// Capitals and countries that speak for their governments (folded).
  static let placeSpeakers: Set<String> = [
    "moskau", "pjöngjang", "seoul", "kiew", "washington", "peking", "berlin", "brüssel", "wien",
    "bern", "tokio", "russland", "nordkorea", "südkorea", "china", "ukraine", "usa", "japan",
    "deutschland", "österreich", "schweiz", "der westen", "westen", "dvrk",
  ]
}
