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
    let actorNames = Set(lexicon.modules.compactMap { $0.target?.actorID })
    for result in results where result.isIncluded {
      for m in result.matches {
        let module = lexicon.modules[m.module]
        let entry = module.categories[m.category].entries[m.entry].term
        var referent = ""
        if module.target != nil {
          switch m.attribution.rule {
          // A plural counts for each actor it covers: in that actor's module it says so.
          case .plural: referent = m.attribution.isTarget ? module.evaluationTarget : "plural"
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

extension LexiconModule {
  /// What a coding names as `target` for this module's matches: the actor's id for a module
  /// about an actor, the module's id for a topic (`war-names`).
  public var evaluationTarget: String { target?.actorID ?? id }
}
