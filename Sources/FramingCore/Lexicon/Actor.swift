/// A person labels are about, as the actor registry (a `kind: actors` file) lists them.
///
/// The registry says who an actor is once (names and their variants, the other people who share
/// a name, gender, offices, country and places); a shared label inventory (a module with
/// `actors:`) then gives every registered actor every label.
public struct Actor: Sendable, Hashable {
  /// An office the actor held or holds, with the labels that name it.
  public struct Office: Sendable, Hashable {
    public var title: String
    /// Lexicon terms that name this office ("Präsident", "Generalsekretär"): a definite
    /// reference with one of them fits this actor ("role fit").
    public var terms: [String]
    /// Years or dates as written (`2012`, `2021-01`); `to` is empty while the office is held.
    public var from: String
    public var to: String
  }

  public enum Gender: String, Sendable, Hashable, CaseIterable {
    case male, female, unknown
  }

  /// Lower-case letters, digits and hyphens: what codings and outputs name the actor by.
  public var id: String
  /// The display name ("Kim Jong Un").
  public var name: String
  /// Wikidata item (`Q56226`), so outputs join other data; may be empty.
  public var wikidata: String
  public var gender: Gender
  /// Names, transliterations and typos: "=Kim Jong Un", "=Kim Dschong Un", "=Kim Jung Un".
  public var names: [Pattern]
  /// Other people whose names the actor's patterns would take: family members ("=Kim Jong Il",
  /// "=Kim Yo Jong"). Found as persons of their own, never as the actor.
  public var others: [Pattern]
  /// Expressions that always mean the actor ("der Nordkoreaner").
  public var references: [Pattern]
  /// The actor's country as genitive or adjective ("=Nordkoreas", "nordkoreanisch*").
  public var country: [Pattern]
  /// Places that stand for the actor's power after a label: "der Despot im Kreml", "der
  /// Machthaber in Pjöngjang", "der Herrscher aus Moskau".
  public var places: [Pattern]
  public var offices: [Office]
  /// Sentences a definite reference looks back for a person named before it.
  public var window: Int
  public var location: SourceLocation

  /// The actor as a module's target.
  public var target: LexiconTarget {
    var target = LexiconTarget(name: name, patterns: names)
    target.id = id
    target.references = references
    target.country = country
    target.places = places
    target.others = others
    target.gender = gender
    target.officeTerms = Set(offices.flatMap(\.terms).map(Folding.fold))
    target.wikidata = wikidata
    target.window = window
    return target
  }
}

/// The actors of a lexicon folder (`kind: actors`).
public struct ActorRegistry: Sendable, Hashable {
  public var id: String
  public var title: String
  public var actors: [Actor]
  public var file: String
}

/// Actor ids: the registry's ids, or the slug of a module target's name ("Kim Jong Un" →
/// `kim-jong-un`) for a module that names its target itself; what a coding names as `target`.
public enum ActorID {
  public static func of(_ name: String) -> String {
    var out = ""
    let spelled: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"]
    for ch in name.lowercased() {
      if let s = spelled[ch] {
        out += s
      } else if ch.isASCII, ch.isLetter || ch.isNumber {
        out.append(ch)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out += "-"
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }
}
