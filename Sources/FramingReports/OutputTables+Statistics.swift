import FramingCore
import FramingStatistics

/// The CSVs of the statistics: tests, intervals, distinctive terms, correspondence analyses.
extension OutputTables {
  public static func statistics(_ report: StatisticsReport) -> [CSVTable] {
    [tests(report), intervals(report), specificities(report), correspondence(report)]
  }

  static func number(_ value: Double?, _ decimals: Int = 6) -> String {
    NumberFormat.fixed(value, decimals)
  }

  /// p-values keep their small magnitudes: fixed decimals would print 1e-12 as 0.
  static func probability(_ value: Double?) -> String {
    guard let value else { return "" }
    return value < 0.0001 && value > 0
      ? NumberFormat.scientific(value, 6) : NumberFormat.fixed(value, 6)
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
          "What is compared: 'outlet × category' (the table of plain matches in the selected voices) or 'stance: A vs B' (two outlets' stance weights)."
        ),
        C(
          "method", .string,
          "pearson-chi-square (no continuity correction), fisher-exact (2 × 2, small expected counts), monte-carlo-exact (larger tables with small expected counts), welch-t, or 'not computed' (see note)."
        ),
        C("statistic", .number, "Pearson's χ² of the observed table, or Welch's t."),
        C("df", .number, "Degrees of freedom (Welch–Satterthwaite for the t test)."),
        C("p_value", .number, "p-value; for monte-carlo-exact (1 + hits) / (1 + tables)."),
        C(
          "p_value_mc_error", .number,
          "Monte Carlo standard error of p_value, empty for other methods."),
        C(
          "p_adjusted", .number,
          "Benjamini–Hochberg adjusted p-value (false discovery rate) across all tests of this run."
        ),
        C(
          "p_holm", .number,
          "Holm adjusted p-value (family-wise error) across all tests of this run."),
        C(
          "effect_size", .number,
          "Cramér's V for table tests; difference of mean stance weights (first minus second outlet) for stance tests."
        ),
        C("effect_measure", .string, "cramers-v or difference-of-means."),
        C("n", .integer, "Matches the test is computed on."),
        C(
          "note", .string,
          "Simulations and seed of a Monte Carlo test, or why a test was not computed."),
      ])
    for t in report.tests {
      table.append([
        t.module, t.test, t.method, number(t.statistic), number(t.degreesOfFreedom, 4),
        probability(t.pValue),
        probability(t.pValueError), probability(t.pBH), probability(t.pHolm), number(t.effectSize),
        t.effectMeasure,
        String(t.n), t.note,
      ])
    }
    return table
  }

  static func intervals(_ report: StatisticsReport) -> CSVTable {
    var table = CSVTable(
      name: "intervals.csv",
      description:
        "Intervals for every share, stance index and rate: Wilson and Clopper–Pearson for category shares, a document bootstrap for stance and rate.",
      columns: [
        C("outlet", .string, "Outlet."),
        C("module", .string, "Lexicon module id."),
        C("category", .string, "Category id for shares; empty for stance and rate."),
        C(
          "statistic", .string,
          "share (of the outlet's plain matches in the module), stance (mean weight) or rate (per 1,000 tokens)."
        ),
        C("estimate", .number, "The point estimate; empty when undefined (no matches)."),
        C(
          "method", .string,
          "wilson, clopper-pearson or bootstrap (percentile, documents resampled within the outlet)."
        ),
        C("lower", .number, "Lower bound of the interval (confidence 0.95)."),
        C("upper", .number, "Upper bound."),
        C("n", .integer, "Matches behind the estimate."),
        C("note", .string, "Resamples and seed of a bootstrap, or why an interval is missing."),
      ])
    for r in report.intervals {
      table.append([
        r.outlet, r.module, r.category, r.statistic, number(r.estimate), r.method, number(r.lower),
        number(r.upper),
        String(r.n), r.note,
      ])
    }
    return table
  }

  static func specificities(_ report: StatisticsReport) -> CSVTable {
    var table = CSVTable(
      name: "specificities.csv",
      description:
        "Distinctive terms of each outlet against the whole corpus: every lexicon entry and every word, no frequency cut-off.",
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
      ])
    for r in report.specificities {
      table.append([
        r.outlet, r.kind, r.module, r.term, String(r.inOutlet), String(r.outletTokens),
        String(r.inCorpus),
        String(r.corpusTokens), number(r.specificity, 4), number(r.logOdds, 4), number(r.z, 4),
      ])
    }
    return table
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
      ])
    for map in report.maps {
      let a = map.analysis
      for (k, inertia) in a.inertia.enumerated() {
        for (i, label) in map.rows.enumerated() {
          table.append([
            map.module, map.table, "outlet", label, number(a.rowMasses[i]), String(k + 1),
            number(a.rowCoordinates[i][k]), number(a.rowContributions[i][k]), number(inertia),
            number(a.explained[k]),
          ])
        }
        for (j, label) in map.columns.enumerated() {
          table.append([
            map.module, map.table, map.table, label, number(a.columnMasses[j]), String(k + 1),
            number(a.columnCoordinates[j][k]), number(a.columnContributions[j][k]), number(inertia),
            number(a.explained[k]),
          ])
        }
      }
    }
    return table
  }
}
