import FramingCore
import FramingStatistics

extension ReportModel.Builder {
  typealias Model = ReportModel

  /// The page of one outlet: its documents, its scores, whose words carry which terms, and the
  /// evidence passage of every match.
  func outletPage(_ outlet: String, file: String, anchor: String) -> Model.OutletPage {
    let documents = documentsByOutlet[outlet] ?? []
    // Every match of the outlet by module, category and entry, in document order.
    var uses: [Int: [Int: [Int: [(DocumentResult, MatchRecord)]]]] = [:]
    for d in documents {
      for match in d.matches {
        uses[match.module, default: [:]][match.category, default: [:]][match.entry, default: []]
          .append((d, match))
      }
    }
    let documentsTable = table(
      ["document", "date", "title", "tokens", "matches"], numeric: [3, 4],
      documents.map { d in
        [
          Model.Cell(text: code(d.source.id), link: nil, isNumeric: false), cell(d.source.date),
          cell(d.source.title), number(d.tokens.total), number(d.matches.count),
        ]
      })
    var sections: [Model.OutletModule] = []
    for (m, module) in modules.enumerated() {
      guard let s = scores.modules.first(where: { $0.outlet == outlet && $0.module == m }) else {
        continue
      }
      let moduleUses = uses[m] ?? [:]
      var evidence: [Model.EvidenceGroup] = []
      for (c, category) in module.categories.enumerated() {
        for (e, entry) in category.entries.enumerated() {
          let uses = moduleUses[c]?[e] ?? []
          guard !uses.isEmpty else { continue }
          let limit = Model.evidenceLimit
          evidence.append(
            Model.EvidenceGroup(
              term: text(entry.term), category: text(category.label),
              weight: NumberFormat.fixed(category.weight, 0), note: text(entry.note),
              passages: uses.prefix(limit).map { passage($0.0, $0.1) },
              more: max(0, uses.count - limit), hasMore: uses.count > limit))
        }
      }
      sections.append(
        Model.OutletModule(
          id: module.id, title: text(module.title), isNeverUsed: moduleUses.isEmpty,
          tokens: s.tokens, author: s.matchesByVoice.author, quote: s.matchesByVoice.quote,
          reported: s.matchesByVoice.reported, distanced: s.distanced,
          hasTarget: module.target != nil, notTarget: s.notTarget,
          targetName: text(module.target?.name ?? ""), rate: NumberFormat.fixed(s.ratePer1000, 2),
          stance: Self.stance(s.stance), whoseWords: whoseWords(moduleUses, module),
          evidence: evidence))
    }
    return Model.OutletPage(
      name: text(outlet), file: file, anchor: anchor, documentsTable: documentsTable,
      modules: sections)
  }

  /// "Spezialoperation: 1× own voice, 2× quoting Kim Jong Un": who says each term.
  func whoseWords(
    _ matches: [Int: [Int: [(DocumentResult, MatchRecord)]]], _ module: LexiconModule
  ) -> [String] {
    var lines: [String] = []
    for (c, category) in module.categories.enumerated() {
      for (e, entry) in category.entries.enumerated() {
        let uses = (matches[c]?[e] ?? []).map(\.1)
        guard !uses.isEmpty else { continue }
        var parts = ["\(uses.filter { $0.voice == .author }.count)× own voice"]
        var bySpeaker: [String: Int] = [:]
        for use in uses where use.voice != .author {
          let verb = use.voice == .quote ? "quoting" : "reporting"
          bySpeaker[
            "\(verb) \(use.speaker.isEmpty ? "an unnamed speaker" : use.speaker)", default: 0] += 1
        }
        for (who, n) in bySpeaker.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
          parts.append("\(n)× \(who)")
        }
        lines.append(text("\(entry.term): \(parts.joined(separator: ", "))"))
      }
    }
    return lines
  }

  /// "quote, Kim Jong Un; about Kim Jong Un by apposition; distanced: sogenannt".
  static func describe(_ match: MatchRecord) -> String {
    var parts = [match.voice.rawValue + (match.speaker.isEmpty ? "" : ", \(match.speaker)")]
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
  func passage(_ d: DocumentResult, _ match: MatchRecord) -> Model.Passage {
    let location = code("\(d.source.id):\(match.line):\(match.column)")
    let description = text(Self.describe(match))
    let scalars = Array(match.passage.unicodeScalars)
    let length = match.text.unicodeScalars.count
    guard match.passageOffset >= 0, match.passageOffset + length <= scalars.count else {
      return Model.Passage(
        location: location, description: description, before: text(match.passage), match: "",
        hasMatch: false, after: "")
    }
    func slice(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return text(String(view))
    }
    let end = match.passageOffset + length
    return Model.Passage(
      location: location, description: description, before: slice(0..<match.passageOffset),
      match: slice(match.passageOffset..<end), hasMatch: true, after: slice(end..<scalars.count))
  }
}
