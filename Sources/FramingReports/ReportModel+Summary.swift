import FramingCore
import FramingStatistics

extension ReportModel {
  /// Fewest matches below which the caveats call a test of difference one at low n.
  public static let lowTestMatches = 30

  /// The outlet × module grid the overview opens with: per cell the stance index with its
  /// document bootstrap interval, the rate per 1,000 tokens, and the documents that use the
  /// module. An interval that was not computed is "n.c." with its reason in a footnote.
  public struct SummaryGrid: Sendable {
    /// Module titles, in lexicon order: the grid's columns after the outlet.
    public var modules: [String]
    public var rows: [GridRow]
    /// "¹ not computed: 1 document …", numbered in order of first use.
    public var footnotes: [String]
    public var hasFootnotes: Bool
  }

  public struct GridRow: Sendable {
    public var outlet: String
    /// The outlet's page (Markdown) or section (HTML).
    public var link: String
    public var documents: Int
    /// "1 document", "3 documents".
    public var documentsText: String
    public var cells: [GridCell]
  }

  public struct GridCell: Sendable {
    /// Whether the outlet has a counted match in the module (in the selected voice).
    public var isUsed: Bool
    /// "-1.60", or "–" when unused.
    public var stance: String
    /// "[-1.83, -1.00]", or "n.c.¹" when not computed; empty when unused.
    public var interval: String
    public var rate: String
    /// Documents with a counted match in the module, of `outletDocuments`.
    public var documents: Int
    public var outletDocuments: Int
    /// The cell on one line: "-1.60 [-1.83, -1.00] · 24.45 · 2 of 3".
    public var text: String
    /// A pale background colour toward the pole of the stance (HTML); empty when unused.
    public var tint: String
  }

  /// About three sentences on one outlet, generated from its counts.
  public struct Profile: Sendable {
    public var outlet: String
    public var link: String
    public var documents: Int
    /// "1 document", "3 documents".
    public var documentsText: String
    public var lines: [String]
  }

  /// A caveat that applies to this run's data: a short title and the sentence.
  public struct Caveat: Sendable {
    public var title: String
    public var text: String
  }

  /// One item of the Methods section: the statistic, the file that holds it, what it assumes.
  public struct Method: Sendable {
    public var name: String
    /// The file(s) with the numbers, e.g. `scores.csv`; empty when none.
    public var source: String
    public var hasSource: Bool
    public var text: String
  }
}

extension ReportModel.Builder {
  /// The outlet × module grid; `pages` give each outlet's link.
  func summaryGrid(_ pages: [ReportModel.OutletPage]) -> ReportModel.SummaryGrid {
    var reasons: [String] = []
    func mark(_ reason: String) -> String {
      if let i = reasons.firstIndex(of: reason) { return Self.superscript(i + 1) }
      reasons.append(reason)
      return Self.superscript(reasons.count)
    }
    var rows: [ReportModel.GridRow] = []
    for (o, outlet) in summary.outletNames.enumerated() {
      let found = evidence.outlets[outlet] ?? ReportEvidence.Outlet()
      let outletDocuments = summary.outlets[outlet]?.documents ?? 0
      var cells: [ReportModel.GridCell] = []
      for (m, module) in modules.enumerated() {
        let score = scores.modules.first { $0.outlet == outlet && $0.module == m }
        let rate = NumberFormat.fixed(score?.ratePer1000 ?? 0, 2)
        let used = found.documents(module: m, voice: scores.voice)
        guard let mean = score?.stance.mean else {
          cells.append(
            ReportModel.GridCell(
              isUsed: false, stance: "–", interval: "", rate: rate, documents: used,
              outletDocuments: outletDocuments, text: "– · \(rate) · \(used) of \(outletDocuments)",
              tint: ""))
          continue
        }
        let interval: String
        switch stanceInterval(outlet: outlet, module: module, documentsUsing: used) {
        case .computed(let lower, let upper):
          interval = "[\(NumberFormat.fixed(lower, 2)), \(NumberFormat.fixed(upper, 2))]"
        case .notComputed(let reason):
          interval = "n.c." + mark(reason)
        }
        let stance = NumberFormat.fixed(mean, 2)
        cells.append(
          ReportModel.GridCell(
            isUsed: true, stance: stance, interval: interval, rate: rate, documents: used,
            outletDocuments: outletDocuments,
            text: "\(stance) \(interval) · \(rate) · \(used) of \(outletDocuments)",
            tint: SVGCharts.tint(weight: mean, scale: module.scale)))
      }
      // Pages are in outlet order.
      let page = o < pages.count ? pages[o] : nil
      rows.append(
        ReportModel.GridRow(
          outlet: text(outlet),
          link: page.map { isMarkdown ? $0.file : "#\($0.anchor)" } ?? "",
          documents: outletDocuments,
          documentsText: outletDocuments == 1 ? "1 document" : "\(outletDocuments) documents",
          cells: cells))
    }
    let footnotes = reasons.enumerated().map { "\(Self.superscript($0 + 1)) \(text($1))" }
    return ReportModel.SummaryGrid(
      modules: modules.map { text($0.title) }, rows: rows, footnotes: footnotes,
      hasFootnotes: !footnotes.isEmpty)
  }

  enum GridInterval: Equatable {
    case computed(lower: Double, upper: Double)
    case notComputed(reason: String)
  }

  /// The document-level interval of an outlet's stance in a module, or why there is none.
  func stanceInterval(outlet: String, module: LexiconModule, documentsUsing: Int) -> GridInterval {
    Self.gridInterval(
      statistics.intervals.first {
        $0.module == module.id && $0.outlet == outlet && $0.statistic == "stance"
      }, documentsUsing: documentsUsing)
  }

  /// The interval of `row`, or why there is none: no interval row, an interval left empty (its
  /// note says why), or fewer than two documents using the module (a bootstrap over one
  /// document has no spread).
  static func gridInterval(_ row: StatisticsReport.IntervalRow?, documentsUsing: Int)
    -> GridInterval
  {
    guard let row else {
      return .notComputed(reason: "not computed: no document interval for this outlet")
    }
    guard let lower = row.lower, let upper = row.upper else {
      let note = row.note.isEmpty ? "no interval" : row.note
      return .notComputed(
        reason: note.hasPrefix("not computed") ? note : "not computed: \(note)")
    }
    if documentsUsing < 2 {
      return .notComputed(
        reason:
          "not computed: \(documentsUsing) document (resampling one document gives no spread, so an interval would look exact)"
      )
    }
    return .computed(lower: lower, upper: upper)
  }

  /// "¹", "²", …, "¹⁰": footnote marks.
  static func superscript(_ n: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
  }

  /// The caveats that apply to this run: few documents, single-document outlets, tests at low
  /// n or not computed, shared copy counted or left out.
  func caveats() -> [ReportModel.Caveat] {
    var out: [ReportModel.Caveat] = []
    func add(_ title: String, _ body: String) {
      out.append(ReportModel.Caveat(title: title, text: text(body)))
    }
    let outlets = summary.outletNames
    let documents = outlets.map { summary.outlets[$0]?.documents ?? 0 }
    // The run's `--min-documents`: below it intervals and tests are not computed.
    let minimum = statistics.options.minimumDocuments
    let few = outlets.indices.filter { documents[$0] < minimum }
    if !few.isEmpty {
      let who =
        few.count == outlets.count
        ? (outlets.count == 1 ? "The outlet has" : "Every outlet has")
        : "\(few.count) of \(outlets.count) outlets have"
      let list = Self.list(few.map { "\(outlets[$0]) \(documents[$0])" }, limit: 10)
      add(
        "Few documents.",
        "\(who) fewer than \(minimum) documents (\(list), `--min-documents \(minimum)`): the numbers describe these articles, not the outlet's coverage; intervals and tests are not computed for them."
      )
    }
    let single = outlets.indices.filter { documents[$0] == 1 }.map { outlets[$0] }
    if !single.isEmpty {
      let verb = single.count == 1 ? "has a single article" : "have a single article each"
      add(
        "One document.",
        "\(Self.list(single, limit: 10)) \(verb): the grid gives no interval for \(single.count == 1 ? "it" : "them") (n.c.), and \(single.count == 1 ? "its profile is" : "their profiles are") that article's."
      )
    }
    var lowTests: [String] = []
    var notComputed: [String] = []
    for module in modules {
      guard
        let t = statistics.tests.first(where: {
          $0.module == module.id && $0.test == "outlet × category"
        })
      else { continue }
      if t.method == "not computed" {
        notComputed.append("\(module.title): \(t.note)")
      } else if t.n < ReportModel.lowTestMatches {
        lowTests.append("\(t.n) in \(module.title)")
      }
    }
    if !lowTests.isEmpty {
      add(
        "Tests at low n.",
        "The outlet × category tests rest on fewer than \(ReportModel.lowTestMatches) matches (\(Self.list(lowTests, limit: 10))) from \(documents.reduce(0, +)) documents: a small p-value from so few says little about the outlets' coverage, and a large one says only that the data cannot tell."
      )
    }
    if !notComputed.isEmpty {
      add("No test.", notComputed.joined(separator: "; ") + ".")
    }
    var shared: [String] = []
    for outlet in outlets {
      let found = evidence.outlets[outlet] ?? ReportEvidence.Outlet()
      if found.sharedCopyMatches > 0 {
        let matches = found.matches == 1 ? "1 match" : "\(found.matches) matches"
        shared.append("\(found.sharedCopyMatches) of \(outlet)'s \(matches)")
      }
    }
    if !shared.isEmpty {
      let how =
        summary.excludesSharedCopy
        ? "this run leaves them out of the scores (--exclude-shared-copy)"
        : "this run counts them as the outlet's own; --exclude-shared-copy leaves them out"
      add(
        "Shared copy.",
        "\(Self.list(shared, limit: 10)) stand in passages that another outlet prints word for word (agency copy, see \"Shared agency copy\"): \(how)."
      )
    }
    return out
  }

}
