import Foundation
import FramingCore

extension StatisticsReport {
  /// Lafon specificities and log-odds of every lexicon entry and of every word used at least
  /// `minimumWordFrequency` times in the corpus, per outlet, with two-sided p-values adjusted by
  /// Benjamini–Hochberg within each kind (all entry rows; all word rows).
  mutating func addSpecificities(_ summary: CorpusSummary) {
    let outlets = summary.outletNames
    let tokens = Dictionary(
      uniqueKeysWithValues: outlets.map { ($0, summary.outlets[$0]?.tokens.total ?? 0) })
    let corpusTokens = tokens.values.reduce(0, +)
    guard outlets.count >= 2, corpusTokens > 0 else {
      skipped.append("distinctive terms not computed: they need at least two outlets")
      return
    }
    func add(_ kind: String, _ module: String, _ term: String, _ perOutlet: [String: Int]) {
      let total = perOutlet.values.reduce(0, +)
      guard total > 0 else { return }
      for outlet in outlets {
        let k = perOutlet[outlet] ?? 0
        let n = tokens[outlet] ?? 0
        guard
          let s = try? Specificity.lafon(
            k: k, partTokens: n, termTotal: total, corpusTokens: corpusTokens)
        else { continue }
        let lo = try? Specificity.logOdds(
          k: k, partTokens: n, termTotal: total, corpusTokens: corpusTokens)
        specificities.append(
          SpecificityRow(
            outlet: outlet, kind: kind, module: module, term: term, inOutlet: k, outletTokens: n,
            inCorpus: total, corpusTokens: corpusTokens, specificity: s, logOdds: lo?.delta,
            z: lo?.z, pValue: min(1, 2 * pow(10, -abs(s)))))
      }
    }
    for (m, module) in summary.lexicon.modules.enumerated() {
      for (c, category) in module.categories.enumerated() {
        for (e, entry) in category.entries.enumerated() {
          let perOutlet = Dictionary(
            uniqueKeysWithValues: outlets.map { o in
              (
                o,
                options.voice.count(
                  summary.entryCounts(outlet: o, module: m, category: c, entry: e))
              )
            })
          add("entry", module.id, entry.term, perOutlet)
        }
      }
    }
    var vocabulary: [String: [String: Int]] = [:]
    for (outlet, words) in summary.words {
      for (word, count) in words { vocabulary[word, default: [:]][outlet] = count }
    }
    for word in vocabulary.keys.sorted() {
      let perOutlet = vocabulary[word] ?? [:]
      guard perOutlet.values.reduce(0, +) >= options.minimumWordFrequency else { continue }
      add("word", "", word, perOutlet)
    }
    for kind in ["entry", "word"] {
      let rows = specificities.indices.filter { specificities[$0].kind == kind }
      let adjusted = MultipleTesting.benjaminiHochberg(rows.map { specificities[$0].pValue })
      for (k, i) in rows.enumerated() { specificities[i].pBH = adjusted[k] }
    }
  }
}
