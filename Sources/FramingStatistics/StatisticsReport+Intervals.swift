import FramingCore

extension StatisticsReport {
  /// Per outlet: category shares (Wilson, Clopper–Pearson), the stance index (document
  /// bootstrap, percentile) and the rate (document bootstrap, percentile; Garwood's exact
  /// Poisson interval). Below `minimumDocuments` documents the estimate is written and the
  /// interval is not; an interval without spread (every weight equal, no match) is said, not
  /// drawn. `table` is the module's outlet × category table, rows in outlet order.
  mutating func addIntervals(
    _ summary: CorpusSummary, module m: Int, table: [[Int]], documents: DocumentTable,
    bootstrap: Bootstrap.Stream
  ) {
    let module = summary.lexicon.modules[m]
    let outlets = documents.outlets
    let withMatches = documents.documentsWithMatches(module: m)
    let minimum = options.minimumDocuments
    let voice = options.voice.selection.rawValue
    for (o, outlet) in outlets.enumerated() {
      let counts = table[o]
      let total = counts.reduce(0, +)
      let d = withMatches[o]
      for (c, category) in module.categories.enumerated() {
        for (method, compute) in [
          ("wilson", ProportionInterval.wilson),
          ("clopper-pearson", ProportionInterval.clopperPearson),
        ] {
          var row = IntervalRow(
            outlet: outlet, module: module.id, category: category.id, statistic: "share",
            estimate: total > 0 ? Double(counts[c]) / Double(total) : nil, method: method,
            lower: nil, upper: nil, n: total, documents: d, note: "")
          if total == 0 {
            row.flag = "no-matches"
            row.note = "no matches in the module"
          } else if d < minimum {
            row.flag = "too-few-documents"
            row.note = tooFew(d)
          } else if let interval = try? compute(counts[c], total, options.confidence) {
            row.lower = interval.lower
            row.upper = interval.upper
          }
          intervals.append(row)
        }
      }
      intervals.append(stanceRow(outlet: o, module: m, documents: documents, matches: total))
      let outletDocuments = summary.outlets[outlet]?.documents ?? 0
      let tokens = options.voice.count(summary.outlets[outlet]?.tokens ?? VoiceCounts())
      let rate = tokens > 0 ? Double(total) * 1000 / Double(tokens) : nil
      var boot = IntervalRow(
        outlet: outlet, module: module.id, category: "", statistic: "rate", estimate: rate,
        method: "bootstrap-percentile", lower: nil, upper: nil, n: total,
        documents: outletDocuments, note: "")
      var garwood = boot
      garwood.method = "garwood"
      if tokens == 0 {
        for i in [0, 1] {
          var row = i == 0 ? boot : garwood
          row.flag = "no-tokens"
          row.note = "no tokens in the \(voice) voice"
          intervals.append(row)
        }
        continue
      }
      if outletDocuments < minimum {
        boot.flag = "too-few-documents"
        boot.note = tooFew(outletDocuments)
        garwood.flag = boot.flag
        garwood.note = boot.note
      } else {
        if total == 0 {
          boot.flag = "no-matches"
          boot.note =
            "no matches in \(outletDocuments) documents: every resample has rate 0; see the garwood row"
        } else if let b = try? bootstrap.rateInterval(
          group: o, measure: m, confidence: options.confidence)
        {
          if b.lower < b.upper {
            boot.lower = b.lower
            boot.upper = b.upper
            boot.note =
              "\(b.resamples) resamples of the outlet's \(outletDocuments) documents, seed \(b.seed)"
          } else {
            boot.flag = "no-spread"
            boot.note =
              "not drawn: the resampled rates' percentiles coincide at \(b.lower) (\(outletDocuments) documents)"
          }
        }
        if let g = try? PoissonInterval.garwood(
          count: total, exposure: tokens, confidence: options.confidence)
        {
          garwood.lower = g.lower
          garwood.upper = g.upper
          garwood.note =
            "exact Poisson: \(total) matches in \(tokens) tokens of the \(voice) voice; treats matches as independent"
        }
      }
      intervals.append(boot)
      intervals.append(garwood)
    }
  }

  /// The stance row of one outlet: the document bootstrap's percentile interval, or why not.
  func stanceRow(outlet o: Int, module m: Int, documents: DocumentTable, matches: Int)
    -> IntervalRow
  {
    let module = documents.lexicon.modules[m]
    let docs = documents.stanceDocuments(outlet: o, module: m)
    let weightSum = docs.reduce(0) { $0 + $1.weightSum }
    var row = IntervalRow(
      outlet: documents.outlets[o], module: module.id, category: "", statistic: "stance",
      estimate: matches > 0 ? weightSum / Double(matches) : nil, method: "bootstrap-percentile",
      lower: nil, upper: nil, n: matches, documents: docs.count, note: "")
    let used = documents.weightsUsed(outlet: o, module: m)
    if matches == 0 {
      row.flag = "no-matches"
      row.note = "no matches in the module"
    } else if docs.count < options.minimumDocuments {
      row.flag = "too-few-documents"
      row.note = tooFew(docs.count)
    } else if used.count == 1, let weight = used.first {
      row.flag = "all-weights-equal"
      row.note =
        "all \(matches) matches in \(docs.count) documents have weight \(weight == weight.rounded() ? String(Int(weight)) : String(weight)): no spread to draw an interval from"
    } else {
      do throws(StatisticsError) {
        let b = try StanceBootstrap.interval(
          docs, confidence: options.confidence, resamples: options.resamples, seed: options.seed)
        guard b.lower < b.upper else {
          row.flag = "no-spread"
          row.note =
            "not drawn: the resampled indices' percentiles coincide at \(b.lower) (\(docs.count) documents, little variation)"
          return row
        }
        row.lower = b.lower
        row.upper = b.upper
        row.note =
          b.isExact
          ? "exact: all \(b.resamples) resamples of the outlet's \(docs.count) documents with matches"
          : "\(b.resamples) resamples of the outlet's \(docs.count) documents with matches, seed \(b.seed)"
      } catch {
        row.flag = "no-matches"
        row.note = "not computed: " + error.message
      }
    }
    return row
  }
}
