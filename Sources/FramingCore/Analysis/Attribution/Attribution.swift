/// Who a label in an actor module refers to, and by which rule.
public struct Attribution: Sendable, Hashable, Codable {
  public enum Rule: String, Sendable, Hashable, CaseIterable, Codable {
    /// Next to a name: "Machthaber Kim Jong Un", "Kim Jong Un, der Diktator,".
    case apposition
    /// With the actor's country: "Nordkoreas Machthaber", "der nordkoreanische Diktator".
    case country
    /// Said of a person named in its clause: "Putin ist ein Diktator", "Kim gilt als
    /// Despot", "Kang nannte Kim einen Despoten".
    case predicative
    /// With a place or country after it that stands for the actor's power: "der Despot im
    /// Kreml", "der Machthaber in Pjöngjang", "der Staatschef Nordkoreas".
    case place
    /// A definite reference back to the most recent person named: "…, erklärte der Diktator".
    case reference
    /// A definite reference with no person named in its window, resolved by who the article is
    /// about: the actor this document already calls so, the one whose office the label names,
    /// or the one the article names far more often than any other.
    case salience
    /// The term names the actor itself ("Kim-Regime", "Kremlchef"); see `names_target`.
    case term
    /// A plural label, counted for each registered actor it covers ("die beiden Diktatoren",
    /// "die Machthaber in Moskau und Pjöngjang"); `refersTo` lists them, joined by " + ".
    case plural
    /// No rule applied, or compatible actors compete: the label's referent is unknown
    /// (`refersTo` lists the competing candidates, joined by " | ").
    case unresolved
    /// In a `cited_only` module: cited as a source, by a verb of saying or a source cue in the
    /// match's clause ("teilte der Kreml mit", "laut Pentagon", "nach Angaben des Ministeriums").
    case cited
    /// In a `cited_only` module: named, not cited ("hatte den Kreml blamiert"); not counted.
    case uncited
    /// The module has no target; attribution does not apply.
    case notApplicable = "n/a"
  }

  public var rule: Rule
  /// The person the rule found: the target's name, another actor's, another person's, or "".
  public var refersTo: String
  /// True when the label counts for the module's target.
  public var isTarget: Bool

  public static let notApplicable = Attribution(rule: .notApplicable, refersTo: "", isTarget: false)
}

/// A person named in the text: an actor's name or reference, or a name found next to a label or
/// as a quoted speaker. The timeline of these is what pronouns and definite labels refer back to.
struct PersonMention: Sendable, Hashable {
  var token: Int
  var end: Int
  var sentence: Int
  var name: String
}
