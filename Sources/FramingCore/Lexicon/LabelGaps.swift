/// Labels that reach one actor and not another: a term that one actor's module lists and
/// another actor's module does not, so "der Diktator" could never count for the second. A
/// shared inventory (`actors: all`) has no gaps by construction; per-actor modules written by
/// hand do. Terms that name one person (`names_target`, or an inventory entry limited by
/// `actors:`) are meant for one actor and left out.
public enum LabelGaps {
  /// One warning per term and actor that lacks it, at the term's first place.
  public static func find(in lexicon: Lexicon) -> [Diagnostic] {
    let actorModules = lexicon.modules.filter { $0.target != nil }
    guard actorModules.count >= 2 else { return [] }
    func shared(_ module: LexiconModule) -> [String: LexiconEntry] {
      var terms: [String: LexiconEntry] = [:]
      for entry in module.entries where !entry.namesTarget && entry.actors == .all {
        for term in [entry.term] + entry.patterns.map(\.source) {
          let key = Folding.fold(term)
          if terms[key] == nil { terms[key] = entry }
        }
      }
      return terms
    }
    let terms = actorModules.map(shared)
    var warnings: [Diagnostic] = []
    for (i, module) in actorModules.enumerated() {
      for entry in module.entries where !entry.namesTarget && entry.actors == .all {
        let key = Folding.fold(entry.term)
        for (j, other) in actorModules.enumerated() where j != i && terms[j][key] == nil {
          let name = other.target?.name ?? other.id
          warnings.append(
            Diagnostic(
              .warning, entry.location,
              "label '\(entry.term)' reaches \(module.target?.name ?? module.id) (\(module.id)) "
                + "but not \(name) (\(other.id)): list it in a shared inventory (actors: all) "
                + "or add it to \(other.id)"))
        }
      }
    }
    return warnings
  }
}
