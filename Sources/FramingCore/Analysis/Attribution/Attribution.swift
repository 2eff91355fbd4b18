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
    /// A definite reference back to the most recent person named: "…, erklärte der Diktator".
    case reference
    /// The term names the actor itself ("Kim-Regime", "Kremlchef"); see `names_target`.
    case term
    /// A plural label covering several people: "die Machthaber Russlands und Nordkoreas".
    case plural
    /// No rule applied: the label's referent is unknown.
    case unresolved
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
