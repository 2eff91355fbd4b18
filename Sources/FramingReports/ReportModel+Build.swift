import FramingCore
import FramingStatistics

/// The formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// `overview.md`, one page per outlet in `outlets/`, and SVG files in `figures/`.
  case markdown
  /// One self-contained `report.html` with the charts inlined.
  case html
}

extension ReportModel {
  /// Evidence passages shown per entry on an outlet page; the rest are in matches.csv.
  public static let evidenceLimit = 12

  /// The model of one run, its text escaped for `format`.
  public init(
    summary: CorpusSummary, evidence: ReportEvidence, scores: Scores, statistics: StatisticsReport,
    provenance: Provenance, format: ReportFormat, periods breakdown: PeriodBreakdown? = nil
  ) {
    let builder = Builder(
      summary: summary, scores: scores, statistics: statistics, isMarkdown: format == .markdown,
      evidence: evidence)
    title = "Framing report"
    toolVersion = Provenance.toolVersion
    date = provenance.date
    commandLine = provenance.commandLine
    corpus = provenance.corpus
    documents = provenance.documents
    corpusSHA256 = String(provenance.corpusSHA256.prefix(16))
    lexicons = provenance.lexicons
    lexiconsSHA256 = String(provenance.lexiconsSHA256.prefix(16))
    voice = scores.voice.selection.rawValue
    isAuthorVoice = scores.voice.selection == .author
    isReportedAsQuote = scores.voice.reportedAs == .quote
    resamples = statistics.options.resamples
    seed = statistics.options.seed
    simulations = statistics.options.simulations
    let pages = builder.outletPages()
    outlets = pages
    grid = builder.summaryGrid(pages)
    profiles = pages.enumerated().map { o, page in
      let n = summary.outlets[summary.outletNames[o]]?.documents ?? 0
      return Profile(
        outlet: page.name, link: format == .markdown ? page.file : "#\(page.anchor)",
        documents: n, documentsText: n == 1 ? "1 document" : "\(n) documents",
        lines: page.profile)
    }
    caveats = builder.caveats()
    hasCaveats = !caveats.isEmpty
    methods = builder.methods()
    outletsTable = builder.outletsTable(pages)
    modules = summary.lexicon.modules.indices.map { builder.moduleSection($0) }
    periods = breakdown.map { builder.periodSection($0) }
    sharedCopy = builder.sharedCopySection()
    skipped = summary.diagnostics.filter { $0.skipped != nil }.sorted { $0.location < $1.location }
      .map {
        Note(
          location: builder.code($0.location.description), message: builder.text($0.message),
          skipped: $0.skipped ?? "")
      }
    hasSkipped = !skipped.isEmpty
    warnings = summary.diagnostics.filter { $0.skipped == nil && $0.severity >= .warning }
      .sorted { $0.location < $1.location }
      .map {
        Note(
          location: builder.code($0.location.description), message: builder.text($0.message),
          skipped: "")
      }
    hasWarnings = !warnings.isEmpty
    removals = summary.removalCount
  }

  /// Builds the parts of the model; `isMarkdown` decides how text is escaped.
  struct Builder {
    var summary: CorpusSummary
    var scores: Scores
    var statistics: StatisticsReport
    var isMarkdown: Bool
    /// Documents and matches as the pages show them.
    var evidence: ReportEvidence

    var modules: [LexiconModule] { summary.lexicon.modules }

    func text(_ s: String) -> String {
      isMarkdown ? Markdown.escape(VisibleText.escaped(s)) : VisibleText.escaped(s)
    }
    func code(_ s: String) -> String {
      isMarkdown ? Markdown.code(VisibleText.escaped(s)) : VisibleText.escaped(s)
    }
    func cell(_ s: String, numeric: Bool = false, link: String? = nil) -> Cell {
      Cell(text: text(s), link: link, isNumeric: numeric)
    }
    func number(_ n: Int) -> Cell { Cell(text: String(n), link: nil, isNumeric: true) }
    func number(_ s: String) -> Cell { Cell(text: s, link: nil, isNumeric: true) }
    /// Text we wrote ourselves (numbers with intervals, fixed words): never escaped.
    func plain(_ s: String) -> Cell { Cell(text: s, link: nil, isNumeric: false) }
    /// A table; `titles` are ready for the format (escape data in them before).
    func table(_ titles: [String], numeric: Set<Int> = [], _ rows: [[Cell]]) -> Table {
      Table(
        columns: titles.enumerated().map { Column(title: $1, isNumeric: numeric.contains($0)) },
        rows: rows.map { Row(cells: $0) })
    }

    /// Page file and anchor of each outlet, unique even when two names share a slug.
    func outletPages() -> [OutletPage] {
      var used = Set<String>()
      return summary.outletNames.map { outlet in
        let slug = Markdown.slug(outlet)
        var name = slug
        var suffix = 2
        while used.contains(name) {
          name = "\(slug)-\(suffix)"
          suffix += 1
        }
        used.insert(name)
        return outletPage(outlet, file: "outlets/\(name).md", anchor: "outlet-\(name)")
      }
    }

    func outletsTable(_ pages: [OutletPage]) -> Table {
      let rows = pages.map { page in
        let t = summary.outlets[page.name] ?? CorpusSummary.OutletTotals()
        return [
          cell(page.name, link: isMarkdown ? page.file : "#\(page.anchor)"), number(t.documents),
          number(t.tokens.total), number(t.tokens.author), number(t.tokens.quote),
          number(t.tokens.reported),
        ]
      }
      return table(
        ["outlet", "documents", "tokens", "author", "quote", "reported"], numeric: [1, 2, 3, 4, 5],
        rows)
    }

    static func stance(_ s: StanceEstimate) -> String {
      guard let mean = s.mean else { return "–" }
      let m = NumberFormat.fixed(mean, 2)
      guard let lower = s.lower, let upper = s.upper else { return "\(m) (n = 1)" }
      return "\(m) [\(NumberFormat.fixed(lower, 2)), \(NumberFormat.fixed(upper, 2))]"
    }

    static func p(_ value: Double?) -> String {
      guard let value else { return "–" }
      return value < 0.001 ? "< 0.001" : NumberFormat.fixed(value, 3)
    }

    static func voices(_ counts: VoiceCounts) -> String {
      "\(counts.author)/\(counts.quote)/\(counts.reported)"
    }

    func moduleSection(_ m: Int) -> ModuleSection {
      let module = modules[m]
      let figures = self.figures(m)
      var rows: [[Cell]] = []
      for s in scores.modules where s.module == m {
        let isUnused = s.matchesByVoice.total == 0 && s.distanced == 0 && s.notTarget == 0
        rows.append([
          cell(s.outlet), number(s.matchesByVoice.author), number(s.matchesByVoice.quote),
          number(s.matchesByVoice.reported), number(s.distanced),
          number(module.target == nil ? "–" : String(s.notTarget)),
          number(NumberFormat.fixed(s.ratePer1000, 2)), plain(Self.stance(s.stance)),
          cell(
            isUnused ? "never used (\(s.tokens) tokens)" : topEntries(outlet: s.outlet, module: m)),
        ])
      }
      let scoresTable = table(
        [
          "outlet", "author", "quote", "reported", "distanced", "not target", "per 1,000 tokens",
          "stance [95% CI]", "terms (author/quote/reported)",
        ], numeric: [1, 2, 3, 4, 5, 6], rows)
      var header = ["outlet"]
      for c in module.categories {
        header.append("\(text(c.label)) (\(NumberFormat.fixed(c.weight, 0)))")
      }
      let categoryRows = summary.outletNames.map { outlet in
        [cell(outlet)]
          + module.categories.indices.map { c in
            let counts = summary.categoryCounts(outlet: outlet, module: m, category: c)
            return plain(counts.total == 0 ? "·" : Self.voices(counts))
          }
      }
      let stanceRows = statistics.intervals.filter {
        $0.module == module.id && $0.statistic == "stance" && $0.estimate != nil
      }
      let stanceTable =
        stanceRows.isEmpty
        ? nil
        : table(
          ["outlet", "stance", "bootstrap interval", "matches"], numeric: [1, 3],
          stanceRows.map { r in
            [
              cell(r.outlet), number(NumberFormat.fixed(r.estimate, 2)),
              plain(stanceIntervalText(r, module: m)), number(r.n),
            ]
          })
      return ModuleSection(
        id: module.id, title: text(module.title),
        description: text(module.description.trimmingCharacters(in: .whitespacesAndNewlines)),
        scaleMin: NumberFormat.fixed(module.scale.min, 0),
        scaleMax: NumberFormat.fixed(module.scale.max, 0), negative: text(module.scale.negative),
        positive: text(module.scale.positive), scoresTable: scoresTable,
        categoryTable: table(header, categoryRows), test: testSummary(module),
        stanceTable: stanceTable, figures: figures.figures, mapNote: figures.mapNote)
    }

    /// "[-1.83, -1.00]", or "not computed: 1 document" (the grid's rule, reason shortened).
    func stanceIntervalText(_ r: StatisticsReport.IntervalRow, module m: Int) -> String {
      let found = evidence.outlets[r.outlet] ?? ReportEvidence.Outlet()
      switch Self.gridInterval(r, documentsUsing: found.documents(module: m, voice: scores.voice))
      {
      case .computed(let lower, let upper):
        return "[\(NumberFormat.fixed(lower, 2)), \(NumberFormat.fixed(upper, 2))]"
      case .notComputed(let reason):
        return reason.components(separatedBy: " (").first ?? reason
      }
    }

    func testSummary(_ module: LexiconModule) -> TestSummary? {
      guard
        let t = statistics.tests.first(where: {
          $0.module == module.id && $0.test == "outlet × category"
        })
      else { return nil }
      let names = ["permutation": "a permutation test over documents"]
      return TestSummary(
        isComputed: t.method != "not computed", note: text(t.note),
        name: names[t.method] ?? t.method, isSmallExpected: false,
        statistic: NumberFormat.fixed(t.statistic, 2),
        degreesOfFreedom: NumberFormat.fixed(t.degreesOfFreedom, 0), p: Self.p(t.pValue),
        pError: t.pValueError.map { NumberFormat.fixed($0, 4) }, pBH: Self.p(t.pBH),
        pHolm: Self.p(t.pHolm), effectSize: NumberFormat.fixed(t.effectSize, 2), n: t.n)
    }

    /// The module's charts: stance per outlet, category shares per outlet, and the
    /// correspondence map when one was computed and means something (else why not).
    func figures(_ m: Int) -> (figures: [Figure], mapNote: String?) {
      let module = modules[m]
      var figures: [Figure] = []
      let stance = summary.outletNames.map { outlet in
        let r = statistics.intervals.first {
          $0.module == module.id && $0.outlet == outlet && $0.statistic == "stance"
        }
        // No bar where the grid says n.c. (one document gives an exact-looking interval).
        let used = (evidence.outlets[outlet] ?? ReportEvidence.Outlet())
          .documents(module: m, voice: scores.voice)
        let shown: (Double?, Double?) =
          if case .computed(let lower, let upper) = Self.gridInterval(r, documentsUsing: used) {
            (lower, upper)
          } else {
            (nil, nil)
          }
        return SVGCharts.StanceRow(
          outlet: outlet, estimate: r?.estimate, lower: shown.0, upper: shown.1, n: r?.n ?? 0)
      }
      if stance.contains(where: { $0.estimate != nil }) {
        let alt = "\(module.title): stance index per outlet with bootstrap intervals"
        figures.append(
          Figure(
            file: "figures/\(module.id)-stance.svg", alt: text(alt),
            svg: SVGCharts.stance(
              stance, scale: module.scale, title: alt,
              intervalName: "95% document bootstrap interval"), caption: "", hasCaption: false))
      }
      let shares = summary.outletNames.map { outlet in
        SVGCharts.ShareRow(
          outlet: outlet,
          counts: module.categories.indices.map { c in
            scores.categories.first { $0.outlet == outlet && $0.module == m && $0.category == c }?
              .matches ?? 0
          })
      }
      if shares.contains(where: { $0.counts.contains { $0 > 0 } }) {
        let alt = "\(module.title): share of each category in an outlet's counted matches"
        figures.append(
          Figure(
            file: "figures/\(module.id)-shares.svg", alt: text(alt),
            svg: SVGCharts.shares(
              shares, categories: module.categories, scale: module.scale, title: alt),
            caption: "", hasCaption: false))
      }
      var mapNote: String?
      if let map = statistics.maps.first(where: { $0.module == module.id && $0.table == "category" }
      ) {
        let alt = "\(module.title): outlets and categories (correspondence analysis)"
        let labels = map.columns.map { id in module.categories.first { $0.id == id }?.label ?? id }
        switch SVGMap.mapOrReason(map, title: alt, rowLabels: map.rows, columnLabels: labels) {
        case .drawn(let svg, let caption):
          figures.append(
            Figure(
              file: "figures/\(module.id)-ca.svg", alt: text(alt), svg: svg, caption: text(caption),
              hasCaption: true))
        case .notDrawn(let reason):
          mapNote = text(reason)
        }
      }
      return (figures, mapNote)
    }

    func topEntries(outlet: String, module m: Int) -> String {
      var items: [(String, VoiceCounts)] = []
      for (c, category) in modules[m].categories.enumerated() {
        for (e, entry) in category.entries.enumerated() {
          let counts = summary.entryCounts(outlet: outlet, module: m, category: c, entry: e)
          if counts.total > 0 { items.append((entry.term, counts)) }
        }
      }
      items.sort { ($1.1.total, $0.0) < ($0.1.total, $1.0) }
      return items.map { "\($0.0) \(Self.voices($0.1))" }.joined(separator: ", ")
    }
  }
}

extension ReportModel.Builder {
  /// Per module: outlet × period rows with matches, stance and leading term, and the shifts.
  func periodSection(_ breakdown: PeriodBreakdown) -> ReportModel.PeriodSection {
    var sections: [ReportModel.PeriodModule] = []
    for (m, module) in modules.enumerated() {
      var rows: [(outlet: String, period: String, cells: [ReportModel.Cell])] = []
      for slice in breakdown.slices {
        for s in slice.scores.modules where s.module == m {
          let leader = breakdown.leaders[s.outlet]?[m]?.first { $0.period == slice.period }
          rows.append(
            (
              s.outlet, slice.period,
              [
                cell(s.outlet), plain(slice.period), number(s.documents), number(s.matches),
                plain(Self.stance(s.stance)),
                leader.map { cell("\($0.term) (\($0.count))") } ?? plain("–"),
              ]
            ))
        }
      }
      rows.sort { ($0.outlet, $0.period) < ($1.outlet, $1.period) }
      let shifts = breakdown.shifts.filter { $0.module == m }.map { shift in
        func side(_ l: PeriodBreakdown.Leader) -> String {
          "\(l.term) (\(l.count) of \(l.matches)) in \(l.period)"
        }
        return text(
          "\(shift.outlet): \(side(shift.from)) → \(side(shift.to)); stance \(NumberFormat.fixed(shift.from.stance, 2)) → \(NumberFormat.fixed(shift.to.stance, 2))"
        )
      }
      sections.append(
        ReportModel.PeriodModule(
          id: module.id, title: text(module.title),
          table: table(
            [
              "outlet", breakdown.unit.rawValue, "documents", "matches", "stance [95% CI]",
              "leading term (matches)",
            ],
            numeric: [2, 3], rows.map(\.cells)),
          shifts: shifts, hasShifts: !shifts.isEmpty))
    }
    return ReportModel.PeriodSection(
      unit: breakdown.unit.rawValue, undatedDocuments: breakdown.undatedDocuments,
      hasUndated: breakdown.undatedDocuments > 0, modules: sections)
  }
}

extension ReportModel.Builder {
  /// Per outlet: documents and words in shared copy, and the matches that stand in it.
  func sharedCopySection() -> ReportModel.SharedCopySection {
    var rows: [[ReportModel.Cell]] = []
    for outlet in summary.outletNames {
      let found = evidence.outlets[outlet] ?? ReportEvidence.Outlet()
      let totals = summary.sharedCopyTotals[outlet] ?? CorpusSummary.SharedCopyTotals()
      let words = totals.words
      let tokens = summary.outlets[outlet]?.tokens.total ?? 0
      let matches = found.matches
      let shared = found.sharedCopyMatches
      func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : NumberFormat.fixed(Double(part) * 100 / Double(whole), 1) + "%"
      }
      rows.append([
        cell(outlet), number(found.documentCount), number(totals.documents),
        number(words), number(percent(words, tokens)), number(matches), number(shared),
        number(percent(shared, matches)),
      ])
    }
    let items = summary.sharedCopySample.map { p in
      let excerpt = p.text.count > 240 ? String(p.text.prefix(239)) + "…" : p.text
      return ReportModel.SharedPassageItem(
        location: code("\(p.document):\(p.start)-\(p.end)"), outlet: text(p.outlet),
        words: p.words, matches: p.matches,
        sharedWith: text(
          zip(p.sharedWith, p.sharedWithOutlets).map { "\($0.1) (\($0.0))" }
            .joined(separator: ", ")),
        excerpt: text(excerpt.replacingOccurrences(of: "\n", with: " ")))
    }
    return ReportModel.SharedCopySection(
      hasPassages: !items.isEmpty, passageCount: summary.sharedCopyPassages,
      isSample: summary.sharedCopyPassages > items.count, shownPassages: items.count,
      isExcluded: summary.excludesSharedCopy,
      table: table(
        [
          "outlet", "documents", "with shared copy", "shared words", "of all words", "matches",
          "in shared copy", "share",
        ], numeric: [1, 2, 3, 4, 5, 6, 7], rows),
      passages: items)
  }
}
