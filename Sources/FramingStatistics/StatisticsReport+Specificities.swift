import Foundation
import FramingCore

extension StatisticsReport {
  /// Lafon specificities and log-odds of every lexicon entry and of every word used at least
  /// `minimumWordFrequency` times in the corpus, per outlet, with two-sided p-values adjusted by
  /// Benjamini–Hochberg within each kind (all entry rows; all word rows). Throws when the word
  /// counts on disk cannot be read back.
  mutating func addSpecificities(_ summary: CorpusSummary) throws(ScratchFileError) {
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
            z: lo?.z, pValue: Self.pValue(specificity: s)))
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
    let entryRows = specificities.indices
    let adjusted = MultipleTesting.benjaminiHochberg(entryRows.map { specificities[$0].pValue })
    for (k, i) in entryRows.enumerated() { specificities[i].pBH = adjusted[k] }
    // The word rows, one per word and outlet, are too many to hold (a vocabulary of 200,000
    // words in 8 outlets is 1.6 million): only their specificities and adjusted p are kept,
    // past half a million on disk, and `WordSpecificities.forEachRow` makes the rows again,
    // one at a time, for the CSV.
    var words = WordSpecificities(
      words: summary.words, outlets: outlets, tokens: tokens, corpusTokens: corpusTokens,
      minimumFrequency: options.minimumWordFrequency)
    var (cell, missing) = (0, [Int]())
    let (found, pValues) = (NumberColumn(), NumberColumn())
    var failure: ScratchFileError?
    try words.forEachCell { _, k, n, total in
      defer { cell += 1 }
      guard
        let s = try? Specificity.lafon(
          k: k, partTokens: n, termTotal: total, corpusTokens: corpusTokens)
      else {
        missing.append(cell)
        return
      }
      do throws(ScratchFileError) {
        try found.append(s)
        try pValues.append(Self.pValue(specificity: s))
      } catch { failure = failure ?? error }
    }
    if let failure { throw failure }
    try found.finish()
    try pValues.finish()
    (words.missing, words.specificities) = (missing, found)
    words.adjusted = try MultipleTesting.benjaminiHochberg(pValues)
    wordSpecificities = words
  }

  /// Two-sided p of the hypergeometric test behind a specificity: min(1, 2 · 10^−|s|).
  static func pValue(specificity s: Double) -> Double { min(1, 2 * pow(10, -abs(s))) }
}

/// The distinctive-word rows of `specificities.csv`, made one at a time from the word counts.
public struct WordSpecificities: Sendable {
  var words = WordCounts()
  var outlets: [String] = []
  var tokens: [String: Int] = [:]
  var corpusTokens = 0
  var minimumFrequency = StatisticsReport.defaultMinimumWordFrequency
  /// Lafon's specificity of each row, in row order: a row per word (used often enough) and
  /// outlet, but for the cells where it could not be computed.
  var specificities = NumberColumn()
  /// The cells without a row, in order (cells count every word and outlet).
  var missing: [Int] = []
  /// The Benjamini–Hochberg adjusted p of each row, in row order.
  var adjusted = NumberColumn()

  /// The number of rows.
  public var count: Int { adjusted.count }

  /// Hands every word and outlet in row order (words sorted, outlets in order) with the word's
  /// uses in the outlet, the outlet's tokens and the word's uses in the corpus.
  func forEachCell(_ body: (_ cell: (word: String, outlet: String), Int, Int, Int) -> Void)
    throws(ScratchFileError)
  {
    try words.forEachWord { word, perOutlet in
      let total = perOutlet.values.reduce(0, +)
      guard total >= minimumFrequency, total > 0 else { return }
      for outlet in outlets {
        body((word, outlet), perOutlet[outlet] ?? 0, tokens[outlet] ?? 0, total)
      }
    }
  }

  /// Hands every row, in order.
  public func forEachRow(_ body: (StatisticsReport.SpecificityRow) -> Void)
    throws(ScratchFileError)
  {
    var cell = 0
    var nextMissing = missing.startIndex
    var (values, adjustedValues) = (specificities.reader(), adjusted.reader())
    var failure: ScratchFileError?
    try forEachCell { at, k, n, total in
      defer { cell += 1 }
      if nextMissing < missing.endIndex, missing[nextMissing] == cell {
        nextMissing += 1
        return
      }
      let (specificity, adjustedP): (Double?, Double?)
      do throws(ScratchFileError) {
        (specificity, adjustedP) = (try values.next(), try adjustedValues.next())
      } catch {
        failure = failure ?? error
        return
      }
      guard let s = specificity, let pBH = adjustedP else { return }
      let lo = try? Specificity.logOdds(
        k: k, partTokens: n, termTotal: total, corpusTokens: corpusTokens)
      var r = StatisticsReport.SpecificityRow(
        outlet: at.outlet, kind: "word", module: "", term: at.word, inOutlet: k, outletTokens: n,
        inCorpus: total, corpusTokens: corpusTokens, specificity: s, logOdds: lo?.delta,
        z: lo?.z, pValue: StatisticsReport.pValue(specificity: s))
      r.pBH = pBH
      body(r)
    }
    if let failure { throw failure }
  }
}
