import FramingCore
import FramingStatistics

extension ReportModel.Builder {
  /// The Methods section: what each statistic is, where its numbers are, what it assumes and
  /// when not to trust it. One text for the Markdown and the HTML report.
  func methods() -> [ReportModel.Method] {
    let options = statistics.options
    let voice = scores.voice
    let reportedWith = voice.reportedAs == .quote ? "the speaker" : "the outlet"
    let items: [(String, String, String)] = [
      (
        "Summary", "",
        "the grid at the top restates numbers from the module sections (the stance index with its document bootstrap interval from intervals.csv, the rate per 1,000 tokens from scores.csv) and adds the documents with at least one counted match in the module. An interval is shown only from \(options.minimumDocuments) documents with matches on (--min-documents); below that the cell says n.c. with the reason. The profiles count articles, not matches: an article counts for a term when it uses the term at least once, in the outlet's own voice for the first two sentences, by a quoted or reported speaker (terms with a non-zero weight only, distanced uses left out) for the third. Terms are ranked by articles, then uses, then the strength of their weight."
      ),
      (
        "Counts", "",
        "a match counts in a module's scores when it is plain (not distanced) and, in modules about an actor, when it refers to that actor. Scores use \(voice.selection.rawValue) voice; reported speech counts with \(reportedWith)."
      ),
      (
        "Documents as the unit", "",
        "labels cluster in articles, so intervals and tests resample or permute whole documents, never single matches. Below \(options.minimumDocuments) documents with matches per outlet (--min-documents), intervals and tests are not computed and the tables say so (flag too-few-documents); when every match has the same weight the tables say that instead of drawing a zero-width interval (flag all-weights-equal)."
      ),
      (
        "Stance index", "scores.csv, intervals.csv",
        "the mean category weight of the counted matches (Σ weights / Σ matches). Its interval is a percentile bootstrap over the outlet's documents with matches, resampled whole (all resamples enumerated up to 6 documents, otherwise \(options.resamples) resamples, seed \(options.seed)); each resample is again a weighted mean of weights, so the interval stays inside the scale by construction."
      ),
      (
        "Rates", "scores.csv, intervals.csv",
        "counted matches per 1,000 tokens of the same voice (author-voice matches per author-voice token), so an outlet that quotes a lot does not seem to use terms less. The Garwood exact Poisson interval (zero counts included) treats matches as independent; the document bootstrap beside it does not."
      ),
      (
        "Shares", "intervals.csv",
        "Wilson and Clopper–Pearson intervals for each category's share of an outlet's matches in a module, computed only from \(options.minimumDocuments) documents on; they treat matches as independent, so read them as optimistic. Clopper–Pearson is conservative; both are wide when a module has few matches."
      ),
      (
        "Tests of difference", "tests.csv",
        "per module, a permutation test of outlet × category: outlet labels are shuffled over whole documents, each keeping its category counts, and Pearson's χ² of the summed table is the statistic (exact when all arrangements fit in \(options.simulations), otherwise \(options.simulations) permutations, seed \(options.seed), p with its Monte Carlo error). Pearson's χ² p with matches as units stands beside it for comparison (its own column in tests.csv). The effect size is Cramér's V with Bergsma's (2013) bias correction, 0 when the table shows no more association than chance. Pairs of outlets are compared on stance by the same permutation of documents. All p-values of the run are adjusted together, by Benjamini–Hochberg and by Holm; read the adjusted ones. Every row states its unit and its number of documents."
      ),
      (
        "Distinctive terms", "specificities.csv",
        "Lafon's hypergeometric specificity (signed −log10 of the tail probability, positive for over-use) and the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) with its z-score, for every lexicon entry and every word used at least \(options.minimumWordFrequency) times in the corpus; p-values are adjusted by Benjamini–Hochberg, separately for entries and words. p-values below the double range are written as less than 1e-300."
      ),
      (
        "Correspondence analysis", "ca_coordinates.csv",
        "the outlet × category and outlet × entry tables decomposed with GSL's singular value decomposition; the maps show the outlet × category analysis on its first two axes. Each axis carries a share of the table's inertia (its χ² divided by the number of matches); the origin is the average mix of categories, and an outlet far out toward a category uses it more than the others do. A map is drawn only with at least \(SVGMap.minimumPoints) outlets and \(SVGMap.minimumPoints) categories and when the first two axes differ by more than \(NumberFormat.fixed(SVGMap.tiedInertia * 100, 0))% in inertia (tied axes can be rotated at will); otherwise the module says why. Axes explaining little inertia, or tables with few matches, make a map fragile."
      ),
    ]
    return items.map { name, source, body in
      ReportModel.Method(
        name: name, source: source, hasSource: !source.isEmpty, text: text(body))
    }
  }
}
