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
        "the grid at the top restates numbers from the module sections (the stance index with its document bootstrap interval from intervals.csv, the rate per 1,000 tokens from scores.csv) and adds the documents with at least one counted match in the module. An interval from fewer than two such documents is not shown: resampling one document gives no spread. The profiles count articles, not matches: an article counts for a term when it uses the term at least once, in the outlet's own voice for the first two sentences, by a quoted or reported speaker (terms with a non-zero weight only, distanced uses left out) for the third. Terms are ranked by articles, then uses, then the strength of their weight."
      ),
      (
        "Counts", "",
        "a match counts in a module's scores when it is plain (not distanced) and, in modules about an actor, when it refers to that actor. Scores use \(voice.selection.rawValue) voice; reported speech counts with \(reportedWith)."
      ),
      (
        "Stance index", "scores.csv",
        "the mean category weight of the counted matches, with a t interval that treats every match as independent. Labels cluster in articles, so the bootstrap interval (intervals.csv), which resamples whole documents within an outlet (\(options.resamples) resamples, seed \(options.seed)), is the honest one; with one or two documents per outlet neither says much."
      ),
      (
        "Shares", "intervals.csv",
        "Wilson and Clopper–Pearson intervals for each category's share of an outlet's matches in a module. Clopper–Pearson is conservative; both are wide when a module has few matches."
      ),
      (
        "Tests of difference", "tests.csv",
        "per module, Pearson's χ² test of independence of the outlet × category table (no continuity correction) with Cramér's V as effect size. When expected counts are small (any below 1 or more than 20% below 5), Fisher's exact test for 2 × 2 tables and a Monte Carlo exact test for larger ones (\(options.simulations) tables with the observed margins, seed \(options.seed), p reported with its Monte Carlo error). Pairs of outlets are compared on their stance weights with Welch's t test, which again treats matches as independent. All p-values of the run are adjusted together, by Benjamini–Hochberg (false discovery rate) and by Holm (family-wise error); read the adjusted ones. A small p with a tiny V is a real but small difference; a large p with few matches says only that the data cannot tell."
      ),
      (
        "Distinctive terms", "specificities.csv",
        "Lafon's hypergeometric specificity (signed −log10 of the tail probability, positive for over-use) and the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) with its z-score, for every lexicon entry and every word, without a frequency cut-off. With thousands of words, some specificities above 2 are expected by chance."
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
