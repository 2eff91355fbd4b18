import Foundation

/// The tool's own coding of a corpus, in the terms of a human coding: what `framing report`
/// counts, as occurrences with a target, entry, voice and speaker.
public struct ToolCoding: Sendable {
  /// One match as the evaluation sees it.
  public struct Item: Sendable, Hashable {
    public var occurrence: CodedOccurrence
    public var outlet: String
    public var module: String
    public var status: MatchStatus
    public var rule: Attribution.Rule
    /// Who the tool thinks the label refers to: an actor id, `other`, `plural`, `unresolved`.
    public var referent: String
    /// The evidence passage (the sentence).
    public var passage: String
    /// True when the report counts it for `occurrence.target` (not `not-target`).
    public var isCounted: Bool { status != .notTarget }
  }

  /// Every match of every module, in document order.
  public var items: [Item]

  public init(items: [Item]) { self.items = items }

  /// The tool's occurrences from analyzed documents.
  public init(results: [DocumentResult], lexicon: Lexicon) {
    var items: [Item] = []
    let actorNames = Set(lexicon.modules.compactMap { $0.target.map { ActorID.of($0.name) } })
    for result in results where result.isIncluded {
      for m in result.matches {
        let module = lexicon.modules[m.module]
        let entry = module.categories[m.category].entries[m.entry].term
        var referent = ""
        if module.target != nil {
          switch m.attribution.rule {
          case .plural: referent = "plural"
          case .unresolved: referent = "unresolved"
          default:
            let id = ActorID.of(m.attribution.refersTo)
            referent =
              m.attribution.refersTo.isEmpty
              ? "unresolved" : actorNames.contains(id) ? id : CodedOccurrence.otherTarget
          }
        }
        let occurrence = CodedOccurrence(
          document: result.source.id, start: m.start, end: m.end,
          target: module.evaluationTarget, entry: entry, voice: m.voice,
          isDistanced: !m.distancing.isEmpty, speaker: m.speaker, text: m.text)
        items.append(
          Item(
            occurrence: occurrence, outlet: result.source.outlet, module: module.id,
            status: m.status, rule: m.attribution.rule, referent: referent, passage: m.passage))
      }
    }
    self.items = items
  }

  /// What the report counts, as a coding: matches counted for their module's target.
  public func coding(file: String = "framing") -> Coding {
    Coding(file: file, occurrences: items.filter(\.isCounted).map(\.occurrence))
  }
}

/// Actor ids: the registry's ids once there is one; until then the slug of a module target's
/// name ("Kim Jong Un" → `kim-jong-un`), which is what a coding names as `target`.
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

extension LexiconModule {
  /// What a coding names as `target` for this module's matches: the actor's id for a module
  /// about an actor, the module's id for a topic (`war-names`).
  public var evaluationTarget: String { target.map { ActorID.of($0.name) } ?? id }
}
