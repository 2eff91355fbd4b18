import FramingCore

/// Every statistic of a run: tests with adjusted p-values, intervals, distinctive terms and
/// correspondence analyses, computed from a `CorpusSummary` as plain value tables.
public struct StatisticsReport: Sendable {
  public struct Options: Sendable {
    public var voice: VoiceFilter
    public var confidence = 0.95
    public var resamples = SamplingDefaults.resamples
    public var simulations = SamplingDefaults.simulations
    public var seed = SamplingDefaults.seed
    public init(voice: VoiceFilter) { self.voice = voice }
  }

  public struct TestRow: Sendable, Hashable {
    public var module: String
    /// What is compared: "outlet × category" or "stance: A vs B".
    public var test: String
    /// pearson-chi-square, fisher-exact, monte-carlo-exact, welch-t, or "not computed".
    public var method: String
    public var statistic: Double?
    public var degreesOfFreedom: Double?
    public var pValue: Double?
    public var pValueError: Double?
    public var pBH: Double?
    public var pHolm: Double?
    /// Cramér's V for table tests, the difference of means for stance comparisons.
    public var effectSize: Double?
    public var effectMeasure: String
    public var n: Int
    public var note: String
  }

  public struct IntervalRow: Sendable, Hashable {
    public var outlet: String
    public var module: String
    public var category: String
    /// share, stance or rate.
    public var statistic: String
    public var estimate: Double?
    /// wilson, clopper-pearson, t, bootstrap.
    public var method: String
    public var lower: Double?
    public var upper: Double?
    public var n: Int
    public var note: String
  }

  public struct SpecificityRow: Sendable, Hashable {
    public var outlet: String
    /// entry (a lexicon entry) or word (any word form).
    public var kind: String
    public var module: String
    public var term: String
    public var inOutlet: Int
    public var outletTokens: Int
    public var inCorpus: Int
    public var corpusTokens: Int
    public var specificity: Double
    public var logOdds: Double?
    public var z: Double?
  }

  public struct Map: Sendable {
    public var module: String
    /// category or entry.
    public var table: String
    public var rows: [String]
    public var columns: [String]
    public var analysis: CorrespondenceAnalysis
  }

  public var options: Options
  public var tests: [TestRow] = []
  public var intervals: [IntervalRow] = []
  public var specificities: [SpecificityRow] = []
  public var maps: [Map] = []
  /// Analyses that could not be run, with the reason (a single outlet, an empty table).
  public var skipped: [String] = []

  /// Every statistic of a run. `bootstrap` has seen the run's documents (`contribution(of:…)`
  /// of each), its groups being `summary.outletNames` and its measures the lexicon's modules.
  public static func compute(
    _ summary: CorpusSummary, scores: Scores, options: Options, bootstrap: Bootstrap.Stream
  ) -> StatisticsReport {
    var report = StatisticsReport(options: options)
    let outlets = summary.outletNames
    let modules = summary.lexicon.modules
    for (m, module) in modules.enumerated() {
      // Outlet × category table of plain matches in the selected voices.
      let table = outlets.map { outlet in
        module.categories.indices.map { c in
          options.voice.count(summary.categoryCounts(outlet: outlet, module: m, category: c))
        }
      }
      let n = table.reduce(0) { $0 + $1.reduce(0, +) }
      do {
        let r = try ContingencyTest.test(
          table, simulations: options.simulations, seed: options.seed)
        report.tests.append(
          TestRow(
            module: module.id, test: "outlet × category", method: r.method.rawValue,
            statistic: r.statistic,
            degreesOfFreedom: Double(r.degreesOfFreedom), pValue: r.pValue,
            pValueError: r.method == .monteCarlo ? r.pValueError : nil, effectSize: r.cramersV,
            effectMeasure: "cramers-v", n: r.n,
            note: note(for: r, table: table)))
      } catch {
        report.tests.append(
          TestRow(
            module: module.id, test: "outlet × category", method: "not computed", effectMeasure: "",
            n: n,
            note: error.message))
      }
      report.addPairwise(summary, module: m, outlets: outlets, table: table)
      report.addIntervals(
        summary, module: m, outlets: outlets, table: table, bootstrap: bootstrap)
      report.addMaps(summary, module: m, outlets: outlets, categoryTable: table)
    }
    report.adjust()
    report.addSpecificities(summary)
    return report
  }

  static func note(for r: ContingencyResult, table: [[Int]]) -> String {
    switch r.method {
    case .monteCarlo: return "\(r.simulations) simulated tables, seed \(r.seed)"
    case .pearson where (try? ContingencyTest.needsExactTest(table)) == true:
      return
        "expected counts are small, but \(r.n) matches exceed the Monte Carlo limit of \(ContingencyTest.monteCarloLimit): χ² approximation"
    default: return ""
    }
  }

  /// Welch tests of the stance weights of every pair of outlets in a module.
  /// `table` is the module's outlet × category table of plain matches, rows in `outlets` order.
  mutating func addPairwise(
    _ summary: CorpusSummary, module m: Int, outlets: [String], table: [[Int]]
  ) {
    let module = summary.lexicon.modules[m]
    let samples = table.map {
      WelchTest.Sample(values: module.categories.map(\.weight), counts: $0)
    }
    for (i, a) in outlets.enumerated() {
      for (j, b) in outlets.enumerated() where j > i {
        let wa = samples[i]
        let wb = samples[j]
        guard wa.n > 0 || wb.n > 0 else { continue }
        let name = "stance: \(a) vs \(b)"
        do {
          let r = try WelchTest.test(wa, wb)
          tests.append(
            TestRow(
              module: module.id, test: name, method: "welch-t", statistic: r.t,
              degreesOfFreedom: r.degreesOfFreedom,
              pValue: r.pValue, effectSize: r.difference, effectMeasure: "difference-of-means",
              n: wa.n + wb.n, note: ""))
        } catch {
          tests.append(
            TestRow(
              module: module.id, test: name, method: "not computed", effectMeasure: "",
              n: wa.n + wb.n, note: error.message))
        }
      }
    }
  }

  /// Shares of categories (Wilson, Clopper–Pearson) and bootstrap intervals of stance and rate.
  mutating func addIntervals(
    _ summary: CorpusSummary, module m: Int, outlets: [String], table: [[Int]],
    bootstrap: Bootstrap.Stream
  ) {
    let module = summary.lexicon.modules[m]
    for (o, outlet) in outlets.enumerated() {
      let counts = table[o]
      let total = counts.reduce(0, +)
      for (c, category) in module.categories.enumerated() {
        for (method, compute) in [
          ("wilson", ProportionInterval.wilson),
          ("clopper-pearson", ProportionInterval.clopperPearson),
        ] {
          var row = IntervalRow(
            outlet: outlet, module: module.id, category: category.id, statistic: "share",
            estimate: nil, method: method,
            lower: nil, upper: nil, n: total, note: "")
          do {
            let interval = try compute(counts[c], total, options.confidence)
            row.estimate = Double(counts[c]) / Double(total)
            row.lower = interval.lower
            row.upper = interval.upper
          } catch {
            row.note = "no matches in the module"
          }
          intervals.append(row)
        }
      }
      let documents = summary.outlets[outlet]?.documents ?? 0
      let note =
        "\(options.resamples) resamples of the outlet's \(documents) documents, seed \(options.seed)"
      let weights = module.categories.indices.reduce(0.0) {
        $0 + Double(counts[$1]) * module.categories[$1].weight
      }
      let matches = total
      let tokens = summary.outlets[outlet]?.tokens.total ?? 0
      do {
        let b = try bootstrap.intervals(group: o, measure: m, confidence: options.confidence)
        intervals.append(
          IntervalRow(
            outlet: outlet, module: module.id, category: "", statistic: "stance",
            estimate: matches > 0 ? weights / Double(matches) : nil,
            method: "bootstrap", lower: b.stance?.lower, upper: b.stance?.upper, n: matches,
            note: b.stance == nil ? "no matches in most resamples; " + note : note))
        intervals.append(
          IntervalRow(
            outlet: outlet, module: module.id, category: "", statistic: "rate",
            estimate: tokens > 0 ? Double(matches) * 1000 / Double(tokens) : nil,
            method: "bootstrap", lower: b.rate.lower, upper: b.rate.upper, n: matches, note: note))
      } catch {
        skipped.append("\(module.id), \(outlet): bootstrap not computed: \(error.message)")
      }
    }
  }

  /// What one document adds to the bootstrap, per module: the weight sum and number of its
  /// counted matches in the selected voices.
  public static func contribution(
    of document: DocumentResult, lexicon: Lexicon, voice: VoiceFilter
  ) -> (weightSums: [Double], matches: [Int]) {
    var weightSums = Array(repeating: 0.0, count: lexicon.modules.count)
    var matches = Array(repeating: 0, count: lexicon.modules.count)
    for match in document.matches where match.status == .counted && voice.includes(match.voice) {
      weightSums[match.module] += lexicon.modules[match.module].categories[match.category].weight
      matches[match.module] += 1
    }
    return (weightSums, matches)
  }

  /// Correspondence analyses of outlet × category and outlet × entry tables.
  mutating func addMaps(
    _ summary: CorpusSummary, module m: Int, outlets: [String], categoryTable: [[Int]]
  ) {
    let module = summary.lexicon.modules[m]
    var entries: [(c: Int, e: Int, term: String)] = []
    for (c, category) in module.categories.enumerated() {
      for (e, entry) in category.entries.enumerated() { entries.append((c, e, entry.term)) }
    }
    let tables: [(String, [String], [[Int]])] = [
      ("category", module.categories.map(\.id), categoryTable),
      (
        "entry", entries.map(\.term),
        outlets.map { o in
          entries.map {
            options.voice.count(
              summary.entryCounts(outlet: o, module: m, category: $0.c, entry: $0.e))
          }
        }
      ),
    ]
    for (name, columns, table) in tables {
      let rowKeep = table.indices.filter { table[$0].reduce(0, +) > 0 }
      let columnKeep = columns.indices.filter { j in table.contains { $0[j] > 0 } }
      let reduced = rowKeep.map { i in columnKeep.map { table[i][$0] } }
      do throws(StatisticsError) {
        let analysis = try CorrespondenceAnalysis.compute(reduced)
        guard !analysis.inertia.isEmpty else { throw .invalidArgument("the table has no inertia") }
        maps.append(
          Map(
            module: module.id, table: name, rows: rowKeep.map { outlets[$0] },
            columns: columnKeep.map { columns[$0] }, analysis: analysis))
      } catch {
        skipped.append(
          "\(module.id), outlet × \(name): correspondence analysis not computed: \(error.message)")
      }
    }
  }

  /// Benjamini–Hochberg and Holm across every computed test of the report.
  mutating func adjust() {
    let computed = tests.indices.filter { tests[$0].pValue != nil }
    let p = computed.map { tests[$0].pValue ?? 1 }
    let bh = MultipleTesting.benjaminiHochberg(p)
    let holm = MultipleTesting.holm(p)
    for (k, i) in computed.enumerated() {
      tests[i].pBH = bh[k]
      tests[i].pHolm = holm[k]
    }
  }

  /// Lafon specificities and log-odds of every lexicon entry and every word, per outlet.
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
            inCorpus: total,
            corpusTokens: corpusTokens, specificity: s, logOdds: lo?.delta, z: lo?.z))
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
    for word in vocabulary.keys.sorted() { add("word", "", word, vocabulary[word] ?? [:]) }
  }
}

extension StatisticsError {
  public var message: String {
    switch self {
    case .invalidArgument(let text): text
    }
  }
}
