import FramingCore
import FramingStatistics

extension ReportModel.Builder {
  typealias Model = ReportModel

  /// The page of one outlet: its documents, its scores, whose words carry which terms, and the
  /// evidence passage of every match.
  func outletPage(_ outlet: String, file: String, anchor: String) -> Model.OutletPage {
    let found = evidence.outlets[outlet] ?? ReportEvidence.Outlet()
    var rows = found.documents.map { d in
      [
        Model.Cell(text: code(d.id), link: nil, isNumeric: false), cell(d.date), cell(d.title),
        number(d.tokens), number(d.matches),
      ]
    }
    if found.documentCount > found.documents.count {
      let more = found.documentCount - found.documents.count
      rows.append([
        cell("…"), cell(""),
        cell("\(more) more document\(more == 1 ? "" : "s"): see documents.csv"), cell(""), cell(""),
      ])
    }
    let documentsTable = table(
      ["document", "date", "title", "tokens", "matches"], numeric: [3, 4], rows)
    var sections: [Model.OutletModule] = []
    for (m, module) in modules.enumerated() {
      guard let s = scores.modules.first(where: { $0.outlet == outlet && $0.module == m }) else {
        continue
      }
      var evidenceGroups: [Model.EvidenceGroup] = []
      var whose: [String] = []
      for (c, category) in module.categories.enumerated() {
        for (e, entry) in category.entries.enumerated() {
          guard let uses = found.uses[.init(module: m, category: c, entry: e)] else { continue }
          let limit = Model.evidenceLimit
          evidenceGroups.append(
            Model.EvidenceGroup(
              term: text(entry.term), category: text(category.label),
              weight: NumberFormat.fixed(category.weight, 0), note: text(entry.note),
              passages: uses.first.prefix(limit).map { passage($0.document, $0.match) },
              more: max(0, uses.count - limit), hasMore: uses.count > limit))
          whose.append(whoseWords(entry.term, uses))
        }
      }
      sections.append(
        Model.OutletModule(
          id: module.id, title: text(module.title), isNeverUsed: whose.isEmpty,
          tokens: s.tokens, author: s.matchesByVoice.author, quote: s.matchesByVoice.quote,
          reported: s.matchesByVoice.reported, distanced: s.distanced,
          hasTarget: module.target != nil, notTarget: s.notTarget,
          targetName: text(module.target?.name ?? ""), rate: NumberFormat.fixed(s.ratePer1000, 2),
          stance: Self.stance(s.stance), whoseWords: whose,
          evidence: evidenceGroups))
    }
    return Model.OutletPage(
      name: text(outlet), file: file, anchor: anchor, documentsTable: documentsTable,
      profile: profile(outlet), modules: sections)
  }

  /// "Spezialoperation: 1× own voice, 2× quoting Kim Jong Un": who says a term.
  func whoseWords(_ term: String, _ uses: ReportEvidence.EntryUses) -> String {
    var parts = ["\(uses.ownVoice)× own voice"]
    for (who, n) in uses.bySpeaker.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
      parts.append("\(n)× \(who)")
    }
    return text("\(term): \(parts.joined(separator: ", "))")
  }

  /// "reported by konjunktiv, Kim Jong Un (person); about Kim Jong Un by apposition;
  /// distanced: sogenannt": voice, the rule that decided it, speaker and its kind.
  static func describe(_ match: MatchRecord) -> String {
    var voice = match.voice.rawValue
    if match.voiceRule != .none { voice += " by \(match.voiceRule.rawValue)" }
    if !match.speaker.isEmpty {
      voice += ", \(match.speaker)"
      if match.speakerKind != .none { voice += " (\(match.speakerKind.rawValue))" }
    }
    var parts = [voice]
    switch match.attribution.rule {
    case .notApplicable: break
    case .plural: parts.append("plural label")
    case .unresolved: parts.append("referent unknown")
    default:
      parts.append("about \(match.attribution.refersTo) by \(match.attribution.rule.rawValue)")
    }
    if !match.distancing.isEmpty { parts.append("distanced: \(match.distancing)") }
    return parts.joined(separator: "; ")
  }

  /// The passage split around the matched text, so that a template can highlight it.
  func passage(_ document: String, _ match: MatchRecord) -> Model.Passage {
    let location = code("\(document):\(match.line):\(match.column)")
    let description = text(Self.describe(match))
    let scalars = Array(match.passage.unicodeScalars)
    let length = match.text.unicodeScalars.count
    guard match.passageOffset >= 0, match.passageOffset + length <= scalars.count else {
      return Model.Passage(
        location: location, description: description, before: VisibleText.cut(text(match.passage)),
        match: "",
        hasMatch: false, after: "")
    }
    func slice(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return text(String(view))
    }
    let end = match.passageOffset + length
    return Model.Passage(
      location: location, description: description,
      before: VisibleText.cut(slice(0..<match.passageOffset), keepsEnd: true),
      match: VisibleText.cut(slice(match.passageOffset..<end)), hasMatch: true,
      after: VisibleText.cut(slice(end..<scalars.count)))
  }
}
