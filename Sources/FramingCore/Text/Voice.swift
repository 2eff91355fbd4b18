/// Whose words a token is: the outlet's own, a quoted speaker's, or a speaker's reported in
/// indirect speech.
public enum Voice: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  /// The outlet's own words.
  case author
  /// Inside direct quotation („…“, «…», »…«, "…", …) or a block quote.
  case quote
  /// Indirect speech: a sentence in Konjunktiv I attributed to a speaker ("Russland sei ein
  /// autarkes Land, erklärte Putin"). `--reported-as` decides whether it counts with the outlet
  /// or with the speaker.
  case reported

  public static func < (a: Voice, b: Voice) -> Bool { a.rank < b.rank }

  var rank: Int {
    switch self {
    case .author: 0
    case .quote: 1
    case .reported: 2
    }
  }
}

/// The rule that gave a token its voice: what `matches.csv` shows as `voice_rule`, so each
/// quote or reported match can be audited (README, "Whose words").
public enum VoiceRule: String, Sendable, Hashable, CaseIterable, Codable {
  /// The outlet's own words: no rule applied.
  case none = ""
  /// Between paired quotation marks („…“, «…», »…«, "…").
  case quoteMarks = "quote-marks"
  /// Words in quotation marks after a verb of saying or naming in the same clause ("sprach von
  /// einem „hegemonialen“ Kurs"): the speaker's words, not the outlet's scare quotes.
  case partialQuote = "partial-quote"
  /// A paragraph after one that ends with a colon after a verb of saying or a medium's name
  /// ("In der Erklärung heißt es:"), without quotation marks.
  case blockQuote = "block-quote"
  /// The rest of a paragraph after a colon that closes a verb of saying ("Darin hieß es: Der
  /// Besuch zeigt …"), without quotation marks and in the indicative.
  case colonQuote = "colon-quote"
  /// A clause with a Konjunktiv I verb ("Russland sei ein autarkes Land").
  case konjunktiv
  /// A sentence that goes on with someone's indirect speech: a verb in the subjunctive (also
  /// Konjunktiv II or a form not listed) right after a reported sentence of the paragraph.
  case reportedChain = "reported-chain"
  /// A dass-clause after a verb of saying ("Kim bestätigte, dass sein Land … unterstützt").
  case dassClause = "dass-clause"
  /// An infinitive clause after a verb of saying ("Er sagte zu, die Führung zu unterstützen").
  case infinitiveClause = "infinitive-clause"
  /// A main clause in the indicative after a sentence-opening verb of saying and a comma
  /// ("Westliche Stimmen behaupten, der Kremlchef kauft Granaten").
  case mainClause = "main-clause"
  /// Attributed by "laut X", "X zufolge", "nach Angaben X", "wie X meldete".
  case sourcePhrase = "source-phrase"
  /// Clauses before a closing attribution in the indicative ("…, sagt Okonek-Baek").
  case closingAttribution = "closing-attribution"
  /// What someone is called by a naming verb ("Er nannte Putin einen Kriegstreiber"): the
  /// subject's words, not the outlet's.
  case namingVerb = "naming-verb"
}

/// Who speaks in a quote or reported match: `matches.csv`'s `speaker_kind`.
public enum SpeakerKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// The outlet's own words: no speaker.
  case none = ""
  /// A person: a registered actor, a name found in the text, someone introduced by a role.
  case person
  /// An institution that speaks: a ministry, the Kremlin, a government, a party, an army.
  case organisation
  /// A news agency, newspaper or broadcaster: KCNA, TASS, Rodong Sinmun, "das Blatt".
  case medium
  /// No speaker found, or one the rules cannot tell ("Westliche Stimmen", "man in Seoul").
  case unknown
}
