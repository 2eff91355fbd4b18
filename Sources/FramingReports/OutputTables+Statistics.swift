import FramingCore
import FramingStatistics

/// The CSVs of the statistics: tests, intervals, distinctive terms, correspondence analyses.
extension OutputTables {
  /// The tables of the statistics; `specificities.csv`, with a row per word and outlet, is
  /// streamed to a scratch file.
  public static func statistics(_ report: StatisticsReport, dialect: CSVDialect)
    throws(ScratchFileError) -> [TableOutput]
  {
    let words = try specificities(report, dialect: dialect)
    return [
      .memory(tests(report)), .memory(intervals(report)), .streamed(words),
      .memory(correspondence(report)),
    ]
  }

  static func number(_ value: Double?, _ decimals: Int = 6) -> String {
    NumberFormat.fixed(value, decimals)
  }

  /// How a p-value below the range of a double (it underflowed to 0 or a subnormal) is written.
  public static let belowDoubleRange = "< 1e-300"

  /// p-values keep their small magnitudes: fixed decimals would print 1e-12 as 0; a p below
  /// 1e-300 (underflowed: a true p is never 0) is written as "< 1e-300".
  static func probability(_ value: Double?) -> String {
    guard let value else { return "" }
    if value < 1e-300 { return belowDoubleRange }
    return value < 0.0001 ? NumberFormat.scientific(value, 6) : NumberFormat.fixed(value, 6)
  }

  static func tests(_ report: StatisticsReport) -> CSVTable {
    var table = CSVTable(
      name: "tests.csv",
      description:
        "Tests of difference between outlets, per module, with p-values adjusted across every test of the run.",
      columns: [
        C("module", .string, "Lexicon module id."),
        C(
          "test", .string,
          "What is compared: 'outlet × category' (the table of plain matches in the selected voices) or 'stance: A vs B' (two outlets' stance indices)."
        ),
        C(
          "method", .string,
          "permutation (outlet labels shuffled over whole documents, each keeping its counts together; exact when every arrangement is enumerated, see note) or 'not computed' (see flag and note)."
        ),
        C(
          "statistic", .number,
          "Pearson's χ² of the summed outlet × category table, or the absolute difference of the two stance indices."
        ),
        C("df", .number, "Degrees of freedom of the χ² (table tests)."),
        C(
          "p_value", .number,
          "p-value of the permutation test: the share of arrangements reaching the statistic (exact), or (1 + hits) / (1 + permutations). '< 1e-300' below the range of a double."
        ),
        C(
          "p_chi_square", .number,
          "Table tests: p of Pearson's χ² with matches as units (asymptotic), shown beside the permutation test; it ignores that an article's labels cluster."
        ),
        C(
          "p_value_mc_error", .number,
          "Monte Carlo standard error of p_value, √(p(1 − p)/permutations); empty when exact."),
        C(
          "p_adjusted", .number,
          "Benjamini–Hochberg adjusted p-value (false discovery rate) across all tests of this run."
        ),
        C(
          "p_holm", .number,
          "Holm adjusted p-value (family-wise error) across all tests of this run."),
        C(
          "effect_size", .number,
          "Bias-corrected Cramér's V (Bergsma 2013) for table tests; difference of stance indices (first minus second outlet) for stance tests."
        ),
        C("effect_measure", .string, "cramers-v-bias-corrected or difference-of-stance."),
        C("unit", .string, "The unit of inference: documents."),
        C(
          "documents", .integer,
          "Documents with matches in the module that the test is computed on (or would be)."),
        C("n", .integer, "Matches in those documents."),
        C(
          "flag", .string,
          "computed; too-few-documents (an outlet below --min-documents documents with matches; default 5); no-matches; one-category."
        ),
        C(
          "note", .string,
          "Exact enumeration or permutations and seed; outlets left out for too few documents; why a test was not computed."
        ),
      ])
    for t in report.tests {
      table.append([
        t.module, t.test, t.method, number(t.statistic), number(t.degreesOfFreedom, 4),
        probability(t.pValue), probability(t.pChiSquare),
        probability(t.pValueError), probability(t.pBH), probability(t.pHolm), number(t.effectSize),
        t.effectMeasure, t.unit, String(t.documents), String(t.n), t.flag, t.note,
      ])
    }
    return table
  }

  static func intervals(_ report: StatisticsReport) -> CSVTable {
    var table = CSVTable(
      name: "intervals.csv",
      description:
        "Intervals for every share, stance index and rate: Wilson and Clopper–Pearson for category shares, a document bootstrap (percentile) for stance and rate, Garwood's exact Poisson interval for rate; not computed below --min-documents documents.",
      columns: [
        C("outlet", .string, "Outlet."),
        C("module", .string, "Lexicon module id."),
        C("category", .string, "Category id for shares; empty for stance and rate."),
        C(
          "statistic", .string,
          "share (of the outlet's plain matches in the module), stance (mean weight) or rate (per 1,000 tokens of the selected voice(s))."
        ),
        C(
          "estimate", .number,
          "The point estimate, also when the interval is not computed; empty when undefined (no matches, no tokens)."
        ),
        C(
          "method", .string,
          "wilson, clopper-pearson (shares), bootstrap-percentile (stance: the outlet's documents with matches resampled whole; rate: all its documents), garwood (rate: exact Poisson)."
        ),
        C(
          "lower", .number,
          "Lower bound of the interval (confidence 0.95); empty when not computed (see flag)."),
        C("upper", .number, "Upper bound."),
        C("n", .integer, "Matches behind the estimate."),
        C(
          "documents", .integer,
          "Documents behind the estimate: with matches in the module (share, stance) or of the outlet (rate)."
        ),
        C(
          "flag", .string,
          "computed; too-few-documents (below --min-documents, default 5: 'not computed: n documents'); all-weights-equal (every match has one weight: said, not drawn); no-spread (the bootstrap's percentiles coincide: said, not drawn as a zero-width interval); no-matches; no-tokens."
        ),
        C(
          "note", .string,
          "Resamples and seed of a bootstrap (or 'exact' when every resample is enumerated), or why an interval is missing."
        ),
      ])
    for r in report.intervals {
      table.append([
        r.outlet, r.module, r.category, r.statistic, number(r.estimate), r.method, number(r.lower),
        number(r.upper), String(r.n), String(r.documents), r.flag, r.note,
      ])
    }
    return table
  }

  static func specificities(_ report: StatisticsReport, dialect: CSVDialect)
    throws(ScratchFileError) -> CSVStream
  {
    let table = CSVTable(
      name: "specificities.csv",
      description:
        "Distinctive terms of each outlet against the whole corpus: every lexicon entry, and every word used at least 5 times in the corpus, with Benjamini–Hochberg adjusted p-values.",
      columns: [
        C("outlet", .string, "Outlet."),
        C(
          "kind", .string,
          "entry (a lexicon entry, plain matches in the selected voices) or word (a folded word form)."
        ),
        C("module", .string, "Module of an entry; empty for words."),
        C("term", .string, "The entry's canonical term or the folded word."),
        C("k", .integer, "Uses in the outlet."),
        C("outlet_tokens", .integer, "Tokens of the outlet."),
        C("corpus_uses", .integer, "Uses in the whole corpus."),
        C("corpus_tokens", .integer, "Tokens of the whole corpus."),
        C(
          "specificity", .number,
          "Lafon's specificity: −log10 P(X ≥ k) when over-used (positive), log10 P(X ≤ k) when under-used (negative), hypergeometric."
        ),
        C(
          "log_odds", .number,
          "Log-odds ratio, outlet versus the rest, with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)."
        ),
        C("z", .number, "z-score of the log-odds ratio."),
        C(
          "p_value", .number,
          "Two-sided p of the hypergeometric test behind the specificity, min(1, 2 · 10^−|specificity|); '< 1e-300' below the range of a double."
        ),
        C(
          "p_adjusted", .number,
          "Benjamini–Hochberg adjusted p across all rows of the same kind (every entry row; every word row)."
        ),
      ])
    let stream = try CSVStream(table, dialect: dialect)
    func append(_ r: StatisticsReport.SpecificityRow) {
      stream.append([
        r.outlet, r.kind, r.module, r.term, String(r.inOutlet), String(r.outletTokens),
        String(r.inCorpus),
        String(r.corpusTokens), number(r.specificity, 4), number(r.logOdds, 4), number(r.z, 4),
        probability(r.pValue), probability(r.pBH),
      ])
    }
    report.specificities.forEach(append)
    try report.wordSpecificities.forEachRow(append)
    return stream
  }

  static func correspondence(_ report: StatisticsReport) -> CSVTable {
    var table = CSVTable(
      name: "ca_coordinates.csv",
      description:
        "Correspondence analyses of outlet × category and outlet × entry tables, one row per point and axis.",
      columns: [
        C("module", .string, "Lexicon module id."),
        C("table", .string, "category (outlet × category) or entry (outlet × entry)."),
        C("point", .string, "outlet (a row of the table) or the column kind (category or entry)."),
        C("label", .string, "The outlet, category id or entry term."),
        C("mass", .number, "The point's share of the table's total."),
        C("axis", .integer, "Axis number, 1 first."),
        C("coordinate", .number, "Principal coordinate on the axis."),
        C(
          "contribution", .number,
          "Share of the axis' inertia the point accounts for (mass · coordinate² / inertia)."),
        C("inertia", .number, "Principal inertia of the axis."),
        C("explained", .number, "Share of the table's total inertia the axis explains."),
        C(
          "drawable", .boolean,
          "Whether a two-axis map of this analysis means something: false with fewer than 3 outlets or 3 columns with matches, one axis, or the first two (or second and third) axes' inertias within 5% of each other."
        ),
        C("map_note", .string, "Why the map is not drawn; empty when it is."),
      ])
    for map in report.maps {
      let a = map.analysis
      for (k, inertia) in a.inertia.enumerated() {
        for (i, label) in map.rows.enumerated() {
          table.append([
            map.module, map.table, "outlet", label, number(a.rowMasses[i]), String(k + 1),
            number(a.rowCoordinates[i][k]), number(a.rowContributions[i][k]), number(inertia),
            number(a.explained[k]), String(map.isDrawable), map.reason,
          ])
        }
        for (j, label) in map.columns.enumerated() {
          table.append([
            map.module, map.table, map.table, label, number(a.columnMasses[j]), String(k + 1),
            number(a.columnCoordinates[j][k]), number(a.columnContributions[j][k]), number(inertia),
            number(a.explained[k]), String(map.isDrawable), map.reason,
          ])
        }
      }
    }
    return table
  }
}
