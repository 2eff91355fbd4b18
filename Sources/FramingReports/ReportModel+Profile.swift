import FramingCore
import FramingStatistics

/// An outlet's profile: about three sentences generated from its counts, the same for the same
/// input. Documents are the unit ("in 2 of 3 articles"): a term counts for an article when the
/// article uses it at least once.
///
/// 1. Labels for the actors of the lexicon's actor modules, in the outlet's own voice: "Calls
///    Kim Jong Un ‘Diktator’ in its own voice in 2 of 3 articles and ‘Machthaber’ in 2; …". Per
///    module the leading term, and the next one of another weight when there is one.
/// 2. The leading terms of the other modules, in the outlet's own voice: "Writes ‘Angriffskrieg’
///    in 1 of 3 articles (Names for the war in Ukraine); …; no term of Distancing markers."
/// 3. Terms with a stance weight that only quoted or reported speakers bring in: "Quotes
///    ‘Despot’ in 1 of 3 articles (quoting Jana Weber)."
extension ReportModel.Builder {
  /// Terms named in the sentence on quotes.
  static let profileQuotedTerms = 3

  /// One entry's use by one outlet, as the profile ranks it.
  struct RankedEntry {
    var term: String
    var weight: Double
    var documents: Int
    var uses: Int
    /// Lexicon order, the last tie-breaker.
    var order: Int
    var speaker: String

    /// More documents first, then more uses, then the stronger weight, then lexicon order.
    static func ranks(_ a: RankedEntry, before b: RankedEntry) -> Bool {
      (-a.documents, -a.uses, -abs(a.weight), a.order)
        < (-b.documents, -b.uses, -abs(b.weight), b.order)
    }
  }

  func profile(_ outlet: String) -> [String] {
    let found = evidence.outlets[outlet] ?? ReportEvidence.Outlet()
    let articles = summary.outlets[outlet]?.documents ?? found.documentCount
    var lines: [String] = []
    let actorModules = modules.indices.filter { modules[$0].target != nil }
    let otherModules = modules.indices.filter { modules[$0].target == nil }
    var isFirst = true
    /// "‘Diktator’ in its own voice in 2 of 3 articles and ‘Machthaber’ in 2".
    func terms(_ ranked: [RankedEntry], ownVoice: Bool) -> String {
      var parts: [String] = []
      // The runner-up only when it says something new: a category of another weight.
      var shown = Array(ranked.prefix(1))
      if let leader = ranked.first,
        let other = ranked.dropFirst().first(where: { $0.weight != leader.weight })
      {
        shown.append(other)
      }
      for (i, r) in shown.enumerated() {
        if i == 0 {
          let voice = ownVoice && isFirst ? " in its own voice" : ""
          let of = isFirst ? " of \(Self.articles(articles))" : " of \(articles)"
          parts.append("‘\(r.term)’\(voice) in \(r.documents)\(of)")
          isFirst = false
        } else {
          parts.append("‘\(r.term)’ in \(r.documents)")
        }
      }
      return parts.joined(separator: " and ")
    }
    /// One sentence over `group`: "Calls X …; Y …; no label for Z." or, when nothing is
    /// used, "Uses no label for X or Y in its own voice."
    func ownVoiceLine(
      _ group: [Int], verb: String, noun: String, name: (Int) -> String,
      clause: (Int, [RankedEntry]) -> String
    ) {
      guard !group.isEmpty else { return }
      isFirst = true
      var clauses: [String] = []
      var unused: [String] = []
      for m in group {
        let ranked = ownVoiceEntries(found, module: m)
        if ranked.isEmpty { unused.append(name(m)) } else { clauses.append(clause(m, ranked)) }
      }
      let none = Self.list(unused, limit: 10, or: true)
      if clauses.isEmpty {
        lines.append("Uses no \(noun) \(none) in its own voice.")
      } else {
        var line = "\(verb) " + clauses.joined(separator: "; ")
        if !unused.isEmpty { line += "; no \(noun) \(none)" }
        lines.append(line + ".")
      }
    }
    func actorName(_ m: Int) -> String { modules[m].target?.name ?? modules[m].title }
    ownVoiceLine(actorModules, verb: "Calls", noun: "label for", name: actorName) {
      "\(actorName($0)) \(terms($1, ownVoice: true))"
    }
    ownVoiceLine(otherModules, verb: "Writes", noun: "term of", name: { modules[$0].title }) {
      "\(terms($1, ownVoice: false)) (\(modules[$0].title))"
    }
    let quoted = quotedEntries(found).prefix(Self.profileQuotedTerms)
    if quoted.isEmpty {
      lines.append("No quoted or reported speaker brings in a term with a stance weight.")
    } else {
      let parts = quoted.enumerated().map { i, r in
        let of = i == 0 ? " of \(Self.articles(articles))" : ""
        return "‘\(r.term)’ in \(r.documents)\(of) (\(r.speaker))"
      }
      lines.append("Quotes " + parts.joined(separator: "; ") + ".")
    }
    return lines.map(text)
  }

  /// The entries of module `m` the outlet uses, counted and in its own voice, ranked.
  func ownVoiceEntries(_ found: ReportEvidence.Outlet, module m: Int) -> [RankedEntry] {
    var ranked: [RankedEntry] = []
    var order = 0
    for (c, category) in modules[m].categories.enumerated() {
      for (e, entry) in category.entries.enumerated() {
        defer { order += 1 }
        guard let uses = found.uses[.init(module: m, category: c, entry: e)],
          uses.ownVoiceDocuments > 0
        else { continue }
        ranked.append(
          RankedEntry(
            term: entry.term, weight: category.weight, documents: uses.ownVoiceDocuments,
            uses: uses.ownVoiceCounted, order: order, speaker: ""))
      }
    }
    return ranked.sorted(by: RankedEntry.ranks)
  }

  /// Entries with a non-zero weight used by quoted or reported speakers (not distanced), over
  /// every module, ranked; each with its most frequent speaker.
  func quotedEntries(_ found: ReportEvidence.Outlet) -> [RankedEntry] {
    var ranked: [RankedEntry] = []
    var order = 0
    for (m, module) in modules.enumerated() {
      for (c, category) in module.categories.enumerated() {
        for (e, entry) in category.entries.enumerated() {
          defer { order += 1 }
          guard category.weight != 0,
            let uses = found.uses[.init(module: m, category: c, entry: e)],
            uses.othersDocuments > 0
          else { continue }
          let speaker =
            uses.bySpeaker.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key ?? "quoting"
          ranked.append(
            RankedEntry(
              term: entry.term, weight: category.weight, documents: uses.othersDocuments,
              uses: uses.count - uses.ownVoice, order: order, speaker: speaker))
        }
      }
    }
    // A term in two modules (the labels of two actors) is named once.
    var seen = Set<String>()
    return ranked.sorted(by: RankedEntry.ranks).filter { seen.insert($0.term).inserted }
  }

  /// "1 article", "3 articles".
  static func articles(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }

  /// "A, B and C" (or "A, B or C"); past `limit` items, "A, B, … and 7 more".
  static func list(_ items: [String], limit: Int, or: Bool = false) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    if items.count > limit {
      return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }
    return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + (items.last ?? "")
  }
}
