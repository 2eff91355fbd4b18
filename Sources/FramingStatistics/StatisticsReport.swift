import FramingCore

/// Every statistic of a run: tests with adjusted p-values, intervals, distinctive terms and
/// correspondence analyses, computed from a `CorpusSummary` as plain value tables.
public struct StatisticsReport: Sendable {
  public struct Options: Sendable {
    public var voice: VoiceFilter
    public var confidence = 0.95
    public var resamples = SamplingDefaults.resamples
    /// Random permutations of a document-level test when its arrangements are too many to
    /// enumerate.
    public var simulations = SamplingDefaults.simulations
    public var seed = SamplingDefaults.seed
    /// Below this many documents (with matches in the module, for shares, stance and tests;
    /// of the outlet, for rates) an outlet's intervals and tests are not computed.
    public var minimumDocuments = StatisticsReport.defaultMinimumDocuments
    /// Words used fewer times in the whole corpus get no specificity row.
    public var minimumWordFrequency = StatisticsReport.defaultMinimumWordFrequency
    public init(voice: VoiceFilter) { self.voice = voice }
  }

  /// `--min-documents`: 5 documents per outlet.
  public static let defaultMinimumDocuments = 5
  /// Words used fewer than 5 times in the corpus are not tested for specificity.
  public static let defaultMinimumWordFrequency = 5

  public struct TestRow: Sendable, Hashable {
    public var module: String
    /// What is compared: "outlet × category" or "stance: A vs B".
    public var test: String
    /// permutation (outlet labels shuffled over documents) or "not computed".
    public var method: String
    /// Pearson's χ² of the summed table, or the absolute difference of two stance indices.
    public var statistic: Double?
    /// Degrees of freedom of the χ² beside a table test.
    public var degreesOfFreedom: Double?
    /// The permutation test's p-value.
    public var pValue: Double?
    /// Monte Carlo standard error of p; nil when the permutations were enumerated exactly.
    public var pValueError: Double?
    public var pBH: Double?
    public var pHolm: Double?
    /// Bias-corrected Cramér's V for table tests, the difference of stance indices (first
    /// minus second) for stance comparisons.
    public var effectSize: Double?
    public var effectMeasure: String
    /// Matches in the test.
    public var n: Int
    /// The unit of inference: "documents".
    public var unit = "documents"
    /// Documents in the test (with matches in the module, of the outlets tested).
    public var documents = 0
    /// computed, too-few-documents, no-matches or one-category.
    public var flag = "computed"
    /// p of Pearson's χ² with matches as units (asymptotic), beside a table test.
    public var pChiSquare: Double?
    public var note: String
  }

  public struct IntervalRow: Sendable, Hashable {
    public var outlet: String
    public var module: String
    public var category: String
    /// share, stance or rate.
    public var statistic: String
    public var estimate: Double?
    /// wilson, clopper-pearson (shares), bootstrap-percentile (stance, rate), garwood (rate).
    public var method: String
    public var lower: Double?
    public var upper: Double?
    /// Matches behind the estimate.
    public var n: Int
    /// Documents behind the estimate: with matches in the module (shares, stance), or of the
    /// outlet (rates).
    public var documents = 0
    /// computed, too-few-documents, all-weights-equal, no-spread, no-matches or no-tokens.
    public var flag = "computed"
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
    /// Two-sided p of the hypergeometric test behind the specificity: min(1, 2 · tail);
    /// 0 when it is below the double range.
    public var pValue: Double
    /// Benjamini–Hochberg adjusted p over the rows of the same kind (all entries, or all words).
    public var pBH: Double = 1
  }

  public struct Map: Sendable {
    public var module: String
    /// category or entry.
    public var table: String
    public var rows: [String]
    public var columns: [String]
    public var analysis: CorrespondenceAnalysis
    /// Whether a two-axis map of the analysis means something: false with fewer than three
    /// rows or columns, one axis, or tied inertias of the first three axes (`reason` says which).
    public var isDrawable = true
    /// Why the map is not drawn; empty when it is.
    public var reason = ""
  }

  public var options: Options
  public var tests: [TestRow] = []
  public var intervals: [IntervalRow] = []
  /// The lexicon entries' rows of `specificities.csv`; the words' follow them
  /// (`wordSpecificities`).
  public var specificities: [SpecificityRow] = []
  public var wordSpecificities = WordSpecificities()
  public var maps: [Map] = []
  /// Analyses that could not be run, with the reason (a single outlet, an empty table).
  public var skipped: [String] = []

  /// Every statistic of a run. `bootstrap` has seen the run's documents (`contribution(of:…)`
  /// of each), its groups being `summary.outletNames` and its measures the lexicon's modules;
  /// `documents` holds the same documents' category counts. Throws when the word counts on
  /// disk cannot be read back.
  public static func compute(
    _ summary: CorpusSummary, scores: Scores, options: Options, bootstrap: Bootstrap.Stream,
    documents: DocumentTable
  ) throws(ScratchFileError) -> StatisticsReport {
    var report = StatisticsReport(options: options)
    let outlets = summary.outletNames
    precondition(documents.outlets == outlets, "the document table's outlets are the summary's")
    let modules = summary.lexicon.modules
    for m in modules.indices {
      // Outlet × category table of plain matches in the selected voices.
      let table = outlets.map { outlet in
        modules[m].categories.indices.map { c in
          options.voice.count(summary.categoryCounts(outlet: outlet, module: m, category: c))
        }
      }
      report.addTableTest(module: m, documents: documents)
      report.addPairwise(module: m, documents: documents)
      report.addIntervals(
        summary, module: m, table: table, documents: documents, bootstrap: bootstrap)
      report.addMaps(summary, module: m, outlets: outlets, categoryTable: table)
    }
    report.adjust()
    try report.addSpecificities(summary)
    return report
  }

  /// "not computed: 3 documents (fewer than 5)".
  func tooFew(_ documents: Int) -> String {
    "not computed: \(documents) document\(documents == 1 ? "" : "s") (fewer than \(options.minimumDocuments))"
  }

  static func permutationNote(_ r: PermutationResult, what: String) -> String {
    r.isExact
      ? "exact: all \(r.permutations) arrangements of the \(what)"
      : "\(r.permutations) random permutations of the \(what), seed \(r.seed)"
  }

  /// The outlet × category test of a module with documents as the unit: outlets with fewer
  /// than `minimumDocuments` documents with matches are left out (the note names them).
  mutating func addTableTest(module m: Int, documents: DocumentTable) {
    let module = documents.lexicon.modules[m]
    let perOutlet = documents.documentsWithMatches(module: m)
    let kept = Set(perOutlet.indices.filter { perOutlet[$0] >= options.minimumDocuments })
    let matches = documents.matches(module: m)
    let left = perOutlet.indices.filter { perOutlet[$0] > 0 && !kept.contains($0) }.map {
      "\(documents.outlets[$0]) (\(perOutlet[$0]))"
    }
    let leftNote =
      left.isEmpty
      ? ""
      : "left out, fewer than \(options.minimumDocuments) documents with matches: "
        + left.joined(separator: ", ")
    var row = TestRow(
      module: module.id, test: "outlet × category", method: "not computed", effectMeasure: "",
      n: matches, documents: documents.documents(module: m), note: "")
    guard kept.count >= 2 else {
      row.flag = matches == 0 ? "no-matches" : "too-few-documents"
      row.note =
        matches == 0
        ? "not computed: no matches in the module"
        : "not computed: fewer than two outlets with \(options.minimumDocuments) or more documents with matches"
          + (left.isEmpty ? "" : " (" + left.joined(separator: ", ") + ")")
      tests.append(row)
      return
    }
    let rows = documents.columns(module: m, outlets: kept)
    do throws(StatisticsError) {
      let r = try PermutationTest.table(
        groups: rows.outlets, counts: rows.counts,
        width: module.categories.count, permutations: options.simulations, seed: options.seed)
      row.method = "permutation"
      row.statistic = r.permutation.statistic
      row.degreesOfFreedom = Double(r.chiSquare.degreesOfFreedom)
      row.pValue = r.permutation.pValue
      row.pValueError = r.permutation.isExact ? nil : r.permutation.pValueError
      row.pChiSquare = r.chiSquare.pValue
      row.effectSize = r.cramersV
      row.effectMeasure = "cramers-v-bias-corrected"
      row.n = r.matches
      row.documents = r.documents
      row.note = [
        Self.permutationNote(r.permutation, what: "documents' outlet labels"), leftNote,
      ].filter { !$0.isEmpty }.joined(separator: "; ")
    } catch {
      row.flag = "one-category"
      row.documents = rows.outlets.count
      row.note = "not computed: " + error.message
    }
    tests.append(row)
  }

  /// Stance comparisons of every pair of outlets in a module that use it, documents as the
  /// unit (permutation of outlet labels over the two outlets' documents with matches).
  mutating func addPairwise(module m: Int, documents: DocumentTable) {
    let module = documents.lexicon.modules[m]
    let outlets = documents.outlets
    let perOutlet = documents.documentsWithMatches(module: m)
    let stance = outlets.indices.map { documents.stanceDocuments(outlet: $0, module: m) }
    for i in outlets.indices {
      for j in outlets.indices where j > i && (perOutlet[i] > 0 || perOutlet[j] > 0) {
        let matches = (stance[i] + stance[j]).reduce(0) { $0 + $1.matches }
        var row = TestRow(
          module: module.id, test: "stance: \(outlets[i]) vs \(outlets[j])",
          method: "not computed", effectMeasure: "", n: matches,
          documents: perOutlet[i] + perOutlet[j], note: "")
        let small = [i, j].filter { perOutlet[$0] < options.minimumDocuments }
        guard small.isEmpty else {
          row.flag = "too-few-documents"
          row.note =
            "not computed: "
            + small.map {
              "\(outlets[$0]) \(perOutlet[$0]) document\(perOutlet[$0] == 1 ? "" : "s") with matches"
            }
            .joined(separator: ", ") + " (fewer than \(options.minimumDocuments))"
          tests.append(row)
          continue
        }
        do throws(StatisticsError) {
          let r = try PermutationTest.stanceDifference(
            stance[i], stance[j], permutations: options.simulations, seed: options.seed)
          row.method = "permutation"
          row.statistic = r.result.statistic
          row.pValue = r.result.pValue
          row.pValueError = r.result.isExact ? nil : r.result.pValueError
          row.effectSize = r.difference
          row.effectMeasure = "difference-of-stance"
          row.note = Self.permutationNote(r.result, what: "two outlets' documents")
        } catch {
          row.flag = "no-matches"
          row.note = "not computed: " + error.message
        }
        tests.append(row)
      }
    }
  }

  /// What one document adds to the rate bootstrap, per module: the number of its counted
  /// matches in the selected voices.
  public static func contribution(
    of document: DocumentResult, lexicon: Lexicon, voice: VoiceFilter
  ) -> [Int] {
    var matches = Array(repeating: 0, count: lexicon.modules.count)
    for match in document.matches where match.status == .counted && voice.includes(match.voice) {
      matches[match.module] += 1
    }
    return matches
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
}

extension StatisticsError {
  public var message: String {
    switch self {
    case .invalidArgument(let text): text
    }
  }
}
