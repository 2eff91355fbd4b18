extension DocumentContext {
  // Predicatives: "Putin ist ein Diktator", "Kim gilt als Despot", "nannte ihn einen Despoten",
  // "der in Seoul als Tyrann gilt"; used by `attribute(_:)`.

  /// Words right before a predicative label: indefinite articles and "als".
  static let predicativeMarkers: Set<String> = [
    "ein", "eine", "einen", "einem", "einer", "eines", "als",
  ]
  static let partitives: Set<String> = ["einer", "eines", "einen", "einem"]
  /// Copulas, before a definite predicative ("ist der Diktator").
  static let copulas: Set<String> = [
    "ist", "sei", "war", "wäre", "bleibt", "bleibe", "blieb", "wird", "werde", "wurde",
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
        // "Kim ist bereits der dritte Diktator": a definite article right after a copula.
        // "gilt als einer der brutalsten Despoten": the partitive's "einer" is the marker.
        if folded(t) == "der", t > clause, Self.partitives.contains(folded(t - 1)) {
          return t - 1
        }
        if Self.definiteArticles.contains(folded(t)) || folded(t) == "die" {
          let verbs = max(clause, t - 2)..<t
          if verbs.contains(where: { Self.copulas.contains(folded($0)) }) { return t }
          // "nennt Putin den Autokraten", "nannte seinen Gast den treuesten Genossen".
          return namingVerb(from: clause, to: max(clause, t - 1)) != nil ? t : nil
        }
        guard tokens[t].text.first?.isLowercase == true else { return nil }
      } else if tokens[t].kind != .quoteMark {
        return nil
      }
      t -= 1
    }
    return nil
  }

  /// The clause a predicative may span: a clause opened by "sondern", "aber", "doch" or
  /// "und" continues the one before ("ist Kim kein Provokateur, sondern ein kühl rechnender
  /// Gewaltherrscher").
  func predicativeClauseStart(of t: Int) -> Int {
    let clause = clauseStart(of: t)
    guard clause >= 2, tokens[clause - 1].text == ",",
      tokens[clause].sentence == tokens[clause - 2].sentence,
      ["sondern", "aber", "doch", "und", "oder"].contains(folded(clause))
    else { return clause }
    return clauseStart(of: clause - 2)
  }

  /// Verbs that close a subordinate clause with a predicative: naming ("nennt") and holding
  /// for ("hielt … für"), and the copulas of `predicativeVerbs`.
  static let finalPredicativeVerbs: Set<String> = [
    "gilt", "gelten", "galt", "galten", "gelte", "nennt", "nennen", "nannte", "nannten",
    "bezeichnet", "bezeichnen", "bezeichnete", "bezeichneten", "dargestellt", "genannt",
    "hielt", "hält", "halten", "hielten", "ist", "sei", "war", "wäre", "sind", "waren",
    // "den der Strafgerichtshof als mutmaßlichen Kriegsverbrecher sucht".
    "sucht", "suchen", "gesucht", "ausgeschrieben", "verurteilt", "anklagt",
  ]
  static let relativePronouns: Set<String> = ["den", "der", "dem", "die", "wer", "welcher"]

  /// The person a predicative label describes when its verb follows it, or "X als Y".
  func predicativeWithVerbAfter(start: Int, end: Int, marker: Int) -> String? {
    let clause = clauseStart(of: start)
    // "Putin als junger Präsident": a name right before "als".
    if folded(marker) == "als", let mention = personEndingAt[marker],
      mention.tokens.lowerBound >= clause, let name = personName(mention)
    {
      return name
    }
    var verb: Int? = nil
    var t = end
    while t < tokens.count, t - end < 4, tokens[t].sentence == tokens[start].sentence,
      clauseStart(of: t) == clause
    {
      if tokens[t].kind == .word, Self.finalPredicativeVerbs.contains(folded(t)) {
        verb = t
        break
      }
      t += 1
    }
    guard verb != nil, clause < marker else { return nil }
    // A person or an object pronoun between the clause's start and the marker.
    for i in clause..<marker {
      if let mention = personMention(at: i), mention.kind != .other,
        let name = personName(mention)
      {
        return name
      }
      if tokens[i].kind == .word, Self.objectPronouns.contains(folded(i)) {
        let person = recentPerson(
          before: clause, window: 2, sameSentence: true, outsideQuotes: voices[i] != .quote,
          canBe: { actors[$0.name] != nil })
        return recentLabel(before: clause, after: person?.token ?? -1) ?? person?.name
      }
    }
    // A relative clause: the person before its comma ("Kim, den man einen Despoten nennt").
    if Self.relativePronouns.contains(folded(clause)), clause >= 2, tokens[clause - 1].text == "," {
      if let mention = personEndingAt[clause - 1] { return personName(mention) }
      // A label as the antecedent, already resolved: "Der Staatschef, den man in Seoul einen
      // Despoten nennt, …".
      // Also with its place between ("Der Kriegsherr im Kreml, den …").
      for t in max(0, clause - 6)..<(clause - 1) {
        if let label = labelsAt[t], label.tokens.upperBound >= clause - 3,
          label.tokens.upperBound <= clause - 1, let name = labelReferent(label),
          actors[name] != nil
        {
          return name
        }
      }
      if let name = genericAntecedent(noun: clause - 2) { return name }
    }
    return nil
  }

  /// Nouns that stand for a person without naming him: "ein Mann, den …".
  static let genericPersonNouns: Set<String> = ["mann", "mannes", "person", "herrn"]

  /// The actor a generic noun before a relative clause stands for: in apposition (", ein Mann,
  /// den …") the actor named or labelled last before it in the sentence; as an object ("der
  /// Präsident hofiert einen Mann, der …") the registered actor its clause does not name, when
  /// the document has just one other.
  func genericAntecedent(noun t: Int) -> String? {
    guard t >= 1, tokens[t].kind == .word, Self.genericPersonNouns.contains(folded(t)),
      ["ein", "einen", "einem", "eines", "der", "den", "dem"].contains(folded(t - 1))
    else { return nil }
    let clause = clauseStart(of: t)
    var first = t
    while first > 0, tokens[first - 1].sentence == tokens[t].sentence { first -= 1 }
    func actor(at i: Int) -> String? {
      if let mention = personMention(at: i), mention.kind != .other, let name = personName(mention),
        actors[name] != nil
      {
        return name
      }
      if let label = labelsAt[i], let name = labelReferent(label), actors[name] != nil {
        return name
      }
      return nil
    }
    if clause == t - 1 {
      return (first..<(t - 1)).reversed().lazy.compactMap { actor(at: $0) }.first
    }
    let named = Set((clause..<t).compactMap { actor(at: $0) })
    let others = actors.keys.filter { !named.contains($0) && prominence[$0] != nil }
    return named.isEmpty || others.count != 1 ? nil : others.first
  }

  /// Verbs of naming whose object the predicative label describes (folded forms).
  static let namingVerbs: Set<String> = [
    "nennt", "nannte", "nenne", "nennen", "nannten", "bezeichnet", "bezeichnete", "bezeichnen",
    "bezeichneten", "beschimpft", "beschimpfte", "schimpft", "schimpfte", "sieht", "sah",
  ]
  static let reflexives: Set<String> = ["sich", "mich", "uns"]
  static let objectPronouns: Set<String> = ["ihn", "ihm", "diesen", "jenen"]

  /// The last verb of naming in `from..<to`.
  func namingVerb(from: Int, to: Int) -> Int? {
    guard from < to else { return nil }
    return (from..<to).last { tokens[$0].kind == .word && Self.namingVerbs.contains(folded($0)) }
  }

  enum NamingObject { case person(String), subject, unknown }

  /// The object between a verb of naming and the label's marker: a named person, a reflexive
  /// (the subject names itself), or a pronoun resolved to the most recent man named before the
  /// clause who is not the clause's subject.
  func objectOfNaming(verb: Int, marker: Int) -> NamingObject {
    let clause = clauseStart(of: verb)
    for t in verb + 1..<marker where tokens[t].kind == .word {
      if let mention = personMention(at: t), let name = personName(mention) { return .person(name) }
      // A label already attributed: "bezeichnete den russischen Präsidenten als …".
      if let label = labelsAt[t], let name = labelReferent(label) { return .person(name) }
      let word = folded(t)
      // "nannte seinen Gast …": the counterpart of the subject.
      if Self.possessives.contains(word), t + 1 < marker,
        Self.counterpartLabels.contains(where: { folded(t + 1).hasPrefix($0) }),
        let name = otherActor(label: t + 1, before: t)
      {
        return .person(name)
      }
      if Self.reflexives.contains(word) { return .subject }
      if Self.objectPronouns.contains(word) {
        let subject = (clause..<verb).compactMap { personMention(at: $0).flatMap(personName) }
        let person = recentPerson(
          before: clause, window: 2, sameSentence: true, outsideQuotes: voices[t] != .quote,
          canBe: { !subject.contains($0.name) && actors[$0.name]?.gender != .female })
        // A label already attributed counts as a mention too, when nearer ("der angebliche
        // Diktator im Kreml? … Dass Politiker ihn einen Kriegsverbrecher nennen").
        if let label = recentLabel(before: clause, after: person?.token ?? -1),
          !subject.contains(label)
        {
          return .person(label)
        }
        return person.map { .person($0.name) } ?? .unknown
      }
    }
    // The object before the verb: "Seinen Gast nannte er einen …".
    for t in clause..<verb where tokens[t].kind == .word && t + 1 < verb {
      if Self.possessives.contains(folded(t)),
        Self.counterpartLabels.contains(where: { folded(t + 1).hasPrefix($0) }),
        let name = otherActor(label: t + 1, before: t)
      {
        return .person(name)
      }
    }
    return .subject
  }

  /// The person that alone opens the label's clause when the clause before, in the same
  /// sentence, has the copula the label's clause leaves out ("Putin ist ein Kriegsverbrecher,
  /// Kim ein Tyrann").
  func gappedSubject(marker: Int) -> String? {
    let clause = clauseStart(of: marker)
    guard clause >= 2, tokens[clause - 1].text == ",",
      tokens[clause - 2].sentence == tokens[clause].sentence,
      let mention = personMention(at: clause), mention.tokens.upperBound == marker,
      mention.kind != .other,
      hasPredicativeVerb(from: clauseStart(of: clause - 2), to: clause - 1)
    else { return nil }
    return personName(mention)
  }

  /// The registered actor of the last label attributed to one between `after` and `before`,
  /// within two sentences of `before`.
  func recentLabel(before: Int, after: Int) -> String? {
    guard before > 0 else { return nil }
    let first = tokens[min(before, tokens.count - 1)].sentence - 2
    var t = before - 1
    while t > after, t >= 0, tokens[t].sentence >= first {
      if let label = labelsAt[t], let name = labelReferent(label), actors[name] != nil {
        return name
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
}
