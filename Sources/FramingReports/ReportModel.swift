/// Everything a report template sees: the overview, one page per outlet, tables, figures and
/// evidence, as plain values that Mustache reads by name.
///
/// Escaping follows the output format. In Markdown templates every text field is ready Markdown
/// (article text escaped, file names as code spans), so templates write `{{field}}` and the
/// Markdown content type leaves it alone. In HTML templates every field is plain text and
/// Mustache's `{{field}}` escapes it (`<script>` stays text); only `svg` is markup, written with
/// `{{{svg}}}`. Numbers are already formatted. The field names are the template API, documented
/// in README.md ("Report templates").
public struct ReportModel: Sendable {
  public struct Column: Sendable {
    public var title: String
    public var isNumeric: Bool
  }

  public struct Cell: Sendable {
    public var text: String
    /// Target of a link, relative to the page (Markdown) or an anchor (HTML).
    public var link: String?
    public var isNumeric: Bool
  }

  public struct Row: Sendable {
    public var cells: [Cell]
  }

  public struct Table: Sendable {
    public var columns: [Column]
    public var rows: [Row]
  }

  public struct Figure: Sendable {
    /// Path relative to the report folder, e.g. `figures/kim-jong-un-labels-stance.svg`.
    public var file: String
    public var alt: String
    /// The SVG document itself (markup), for inlining in HTML.
    public var svg: String
    /// A sentence under the figure (what a map's axes mean); empty when there is none.
    public var caption: String
    public var hasCaption: Bool
  }

  /// A test of difference, in words and numbers.
  public struct TestSummary: Sendable {
    public var isComputed: Bool
    public var note: String
    public var name: String
    public var isSmallExpected: Bool
    public var statistic: String
    public var degreesOfFreedom: String
    public var p: String
    public var pError: String?
    public var pBH: String
    public var pHolm: String
    public var effectSize: String
    public var n: Int
  }

  public struct ModuleSection: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var scaleMin: String
    public var scaleMax: String
    public var negative: String
    public var positive: String
    public var scoresTable: Table
    public var categoryTable: Table
    public var test: TestSummary?
    public var stanceTable: Table?
    public var figures: [Figure]
    /// Why the correspondence map is not drawn (tied inertias, too few points); nil when it is
    /// drawn or was not computed.
    public var mapNote: String?
  }

  public struct Note: Sendable {
    public var location: String
    public var message: String
    public var skipped: String
  }

  public struct Passage: Sendable {
    public var location: String
    public var description: String
    public var before: String
    /// The matched text; empty (and `hasMatch` false) when the passage could not be split.
    public var match: String
    public var hasMatch: Bool
    public var after: String
  }

  public struct EvidenceGroup: Sendable {
    public var term: String
    public var category: String
    public var weight: String
    public var note: String
    public var passages: [Passage]
    public var more: Int
    public var hasMore: Bool
  }

  public struct OutletModule: Sendable {
    public var id: String
    public var title: String
    public var isNeverUsed: Bool
    public var tokens: Int
    public var author: Int
    public var quote: Int
    public var reported: Int
    public var distanced: Int
    public var hasTarget: Bool
    public var notTarget: Int
    public var targetName: String
    public var rate: String
    public var stance: String
    public var whoseWords: [String]
    public var evidence: [EvidenceGroup]
  }

  /// Agency copy: how much of each outlet's text and matches other outlets share word for word.
  public struct SharedCopySection: Sendable {
    public var hasPassages: Bool
    /// Passages found; `passages` lists the first ones.
    public var passageCount: Int
    /// Whether `passages` lists only the first ones, and how many.
    public var isSample: Bool
    public var shownPassages: Int
    public var isExcluded: Bool
    public var table: Table
    public var passages: [SharedPassageItem]
  }

  public struct SharedPassageItem: Sendable {
    public var location: String
    public var outlet: String
    public var words: Int
    public var matches: Int
    public var sharedWith: String
    public var excerpt: String
  }

  /// `--by`: the scores of each module per outlet and period, and the shifts of leading term.
  public struct PeriodSection: Sendable {
    public var unit: String
    public var undatedDocuments: Int
    public var hasUndated: Bool
    public var modules: [PeriodModule]
  }

  public struct PeriodModule: Sendable {
    public var id: String
    public var title: String
    public var table: Table
    public var shifts: [String]
    public var hasShifts: Bool
  }

  public struct OutletPage: Sendable {
    public var name: String
    /// The Markdown page, relative to the report folder: `outlets/alpenpost.md`.
    public var file: String
    /// The section's id in the HTML report: `outlet-alpenpost`.
    public var anchor: String
    public var documentsTable: Table
    /// About three sentences generated from the counts (`Profile`).
    public var profile: [String]
    public var modules: [OutletModule]
  }

  public var title: String
  public var toolVersion: String
  public var date: String
  public var commandLine: String
  public var corpus: String
  public var documents: Int
  public var corpusSHA256: String
  public var lexicons: String
  public var lexiconsSHA256: String
  public var voice: String
  public var isAuthorVoice: Bool
  public var isReportedAsQuote: Bool
  public var resamples: Int
  public var seed: UInt
  public var simulations: Int
  /// The outlet × module grid the overview opens with.
  public var grid: SummaryGrid
  /// Each outlet's profile, in outlet order.
  public var profiles: [Profile]
  /// The caveats that apply to this run's data (few documents, tests at low n, shared copy).
  public var caveats: [Caveat]
  public var hasCaveats: Bool
  /// The Methods section, one item per statistic, for both the Markdown and the HTML report.
  public var methods: [Method]
  public var outletsTable: Table
  public var modules: [ModuleSection]
  /// Present only with `--by`.
  public var periods: PeriodSection?
  public var sharedCopy: SharedCopySection
  public var skipped: [Note]
  public var hasSkipped: Bool
  public var warnings: [Note]
  public var hasWarnings: Bool
  public var removals: Int
  public var outlets: [OutletPage]
  /// The outlet whose page is being rendered (`outlet.md`); nil in the overview.
  public var outlet: OutletPage?
}
