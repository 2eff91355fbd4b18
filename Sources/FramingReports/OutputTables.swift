import FramingCore
import FramingStatistics

/// A table of a run: built in memory, or streamed to a scratch file.
public enum TableOutput {
  case memory(CSVTable)
  case streamed(CSVStream)

  public var table: CSVTable {
    switch self {
    case .memory(let table): table
    case .streamed(let stream): stream.table
    }
  }
}

/// Builds every CSV of a run from the summary and the scores. Column order is stable and each
/// column is described here, once: the data dictionary is generated from these definitions.
public enum OutputTables {
  typealias C = CSVTable.Column

  /// Every table of a run, in file order: the streamed ones (`Streams`) and those built from
  /// the summary and scores.
  public static func all(
    _ streams: Streams, _ summary: CorpusSummary, _ scores: Scores, _ provenance: Provenance
  ) -> [TableOutput] {
    [
      .streamed(streams.matches), .streamed(streams.counts),
      .memory(scoresTable(summary, scores)), .memory(categories(summary, scores)),
      .streamed(streams.documents), .streamed(streams.documentScores), .streamed(streams.removed),
      .memory(diagnostics(summary)),
      .streamed(streams.sharedCopy), .memory(provenanceTable(provenance)),
    ]
  }

  /// The tables with a row per document, match or shared passage, written row by row as
  /// documents pass (from one queue at a time).
  public final class Streams: @unchecked Sendable {
    public let matches: CSVStream
    public let counts: CSVStream
    public let documents: CSVStream
    public let removed: CSVStream
    public let sharedCopy: CSVStream
    public let documentScores: CSVStream
    /// The voices the scores count (`--voice`, `--reported-as`), for `document_scores.csv`.
    public let voice: VoiceFilter

    public init(dialect: CSVDialect, voice: VoiceFilter = VoiceFilter(.author))
      throws(ScratchFileError)
    {
      self.voice = voice
      sharedCopy = try CSVStream(OutputTables.sharedCopyTable, dialect: dialect)
      documentScores = try CSVStream(OutputTables.documentScoresTable, dialect: dialect)
      matches = try CSVStream(OutputTables.matchesTable, dialect: dialect)
      counts = try CSVStream(OutputTables.countsTable, dialect: dialect)
      documents = try CSVStream(OutputTables.documentsTable, dialect: dialect)
      removed = try CSVStream(OutputTables.removedTable, dialect: dialect)
    }

    /// Writes a document's rows (its matches marked for shared copy already).
    public func add(_ document: DocumentResult, lexicon: Lexicon) {
      documents.append(OutputTables.documentRow(document))
      guard document.isIncluded else { return }
      for m in document.matches { matches.append(OutputTables.matchRow(document, m, lexicon)) }
      for row in OutputTables.countRows(document, lexicon) { counts.append(row) }
      for row in OutputTables.documentScoreRows(document, lexicon, voice) {
        documentScores.append(row)
      }
      for row in OutputTables.removedRows(document) { removed.append(row) }
    }
  }

  static var matchesTable: CSVTable {
    CSVTable(
      name: "matches.csv",
      description:
        "One row per lexicon match, in document and text order: the evidence behind every count.",
      columns: [
        C("document", .string, "Document id: the article's path relative to the corpus folder."),
        C("outlet", .string, "Outlet (publication) of the document."),
        C("date", .date, "Publication date from the manifest (yyyy-mm-dd), empty when unknown."),
        C("module", .string, "Lexicon module id (one framing dimension)."),
        C(
          "target", .string,
          "The module's target actor when the match counts for it; empty for modules without a target and for labels that refer to someone else or to no one known."
        ),
        C(
          "refers_to", .string,
          "Actor modules: the person the attribution rule found (the target, another actor, a named person), empty when none."
        ),
        C(
          "attribution", .string,
          "Actor modules: the rule that attributed the label: apposition, country, predicative, reference, term, plural, unresolved; n/a for modules without a target."
        ),
        C("category", .string, "Category id within the module."),
        C("weight", .number, "Stance weight of the category."),
        C("entry", .string, "The entry's canonical term as written in the lexicon."),
        C(
          "voice", .string,
          "author (the outlet's own words), quote (inside direct or block quotation) or reported (indirect speech in Konjunktiv I)."
        ),
        C(
          "speaker", .string,
          "For quote and reported voice: who speaks, where the text says it (a verb of saying, 'so X', a pronoun resolved to the nearest person); empty when unknown."
        ),
        C(
          "speaker_kind", .string,
          "For quote and reported voice: person, organisation, medium (agency, paper, broadcaster) or unknown; empty for author voice."
        ),
        C(
          "voice_rule", .string,
          "The rule that decided the voice (README, 'Whose words'): quote-marks, partial-quote, block-quote, colon-quote, konjunktiv, reported-chain, dass-clause, infinitive-clause, source-phrase, closing-attribution or naming-verb; empty for author voice."
        ),
        C(
          "distancing", .string,
          "How the outlet distances itself from the term: the marker (sogenannt, angeblich, ...) or 'scare quotes'; empty when not distanced."
        ),
        C(
          "status", .string,
          "counted (plain use), distanced (counted apart), not-target (an actor-module label that does not refer to the target; not in scores), or shared-copy (inside agency copy, left out with --exclude-shared-copy)."
        ),
        C("matched_text", .string, "The text that matched, as normalized for matching."),
        C(
          "start", .integer,
          "Start offset of the match in the original file, in Unicode code points from 0 (byte-order mark excluded)."
        ),
        C(
          "end", .integer,
          "End offset (exclusive): text[start:end] in Python gives the matched text as written in the file."
        ),
        C("line", .integer, "1-based line of the match in the original file."),
        C("column", .integer, "1-based column (in code points) of the match in its line."),
        C("left_context", .string, "Up to 60 characters before the match, within its paragraph."),
        C("right_context", .string, "Up to 60 characters after the match, within its paragraph."),
        C(
          "shared_copy", .boolean,
          "true when the match stands in a passage that documents of other outlets share word for word (agency copy; see shared_copy.csv)."
        ),
      ])
  }

  static func matchRow(_ document: DocumentResult, _ m: MatchRecord, _ lexicon: Lexicon) -> [String]
  {
    let module = lexicon.modules[m.module]
    let category = module.categories[m.category]
    return [
      document.source.id, document.source.outlet, document.source.date, module.id,
      m.status == .notTarget ? "" : module.target?.name ?? "", m.attribution.refersTo,
      m.attribution.rule.rawValue, category.id, NumberFormat.fixed(category.weight, 2),
      category.entries[m.entry].term, m.voice.rawValue, m.speaker, m.speakerKind.rawValue,
      m.voiceRule.rawValue, m.distancing,
      m.status.rawValue, VisibleText.cut(m.text), String(m.start), String(m.end), String(m.line),
      String(m.column), VisibleText.cut(m.left, keepsEnd: true), VisibleText.cut(m.right),
      m.isSharedCopy ? "true" : "false",
    ]
  }

  static var countsTable: CSVTable {
    CSVTable(
      name: "counts.csv",
      description:
        "One row per document × entry × voice × status with a non-zero count, in document order.",
      columns: [
        C("outlet", .string, "Outlet of the document."),
        C("document", .string, "Document id (path relative to the corpus folder)."),
        C("module", .string, "Lexicon module id."),
        C(
          "target", .string,
          "The module's target actor when the matches count for it; empty for modules without a target and for status not-target."
        ),
        C("category", .string, "Category id within the module."),
        C("entry", .string, "The entry's canonical term as written in the lexicon."),
        C("voice", .string, "author, quote or reported."),
        C("status", .string, "counted, distanced, not-target or shared-copy (see matches.csv)."),
        C("count", .integer, "Number of matches."),
      ])
  }

  /// A document's rows of counts.csv, sorted.
  static func countRows(_ document: DocumentResult, _ lexicon: Lexicon) -> [[String]] {
    var counts: [CorpusSummary.EntryKey: Int] = [:]
    for m in document.matches {
      counts[CorpusSummary.EntryKey(outlet: document.source.outlet, m), default: 0] += 1
    }
    var rows: [[String]] = []
    for (key, count) in counts {
      let module = lexicon.modules[key.module]
      let category = module.categories[key.category]
      rows.append([
        key.outlet, document.source.id, module.id,
        key.status == .notTarget ? "" : module.target?.name ?? "", category.id,
        category.entries[key.entry].term, key.voice.rawValue, key.status.rawValue, String(count),
      ])
    }
    return rows.sorted { $0.lexicographicallyPrecedes($1) }
  }

  static func scoresTable(_ summary: CorpusSummary, _ scores: Scores) -> CSVTable {
    var table = CSVTable(
      name: "scores.csv",
      description:
        "One row per outlet × module, also when the outlet never uses the module (matches 0).",
      columns: [
        C("outlet", .string, "Outlet."),
        C("module", .string, "Lexicon module id."),
        C("target", .string, "The module's target actor, empty for modules without one."),
        C(
          "voice", .string,
          "Which voices `matches`, `rate_per_1000` and the stance index count: author, quote or all."
        ),
        C(
          "reported_as", .string,
          "Whether indirect speech counts with the speaker (quote) or with the outlet (author)."),
        C("documents", .integer, "Documents of the outlet in the run."),
        C("tokens", .integer, "Word and number tokens of the outlet, all voices."),
        C("tokens_author", .integer, "Tokens in author voice."),
        C("tokens_quote", .integer, "Tokens in quote voice."),
        C("tokens_reported", .integer, "Tokens in reported (indirect) speech."),
        C(
          "voice_tokens", .integer,
          "Tokens in the selected voice(s) (`voice`, `reported_as`): the denominator of `rate_per_1000`."
        ),
        C(
          "target_mentions", .integer,
          "Mentions of the target's names and references, all voices (0 without a target)."),
        C(
          "matches_author", .integer,
          "Plain matches in author voice (actor modules: attributed to the target)."),
        C("matches_quote", .integer, "Plain matches in quote voice."),
        C("matches_reported", .integer, "Plain matches in reported speech."),
        C("matches", .integer, "Plain matches in the selected voice(s)."),
        C(
          "matches_distanced", .integer,
          "Distanced matches in the selected voice(s), counted apart from `matches`."),
        C(
          "matches_not_target", .integer,
          "Actor modules: labels in the selected voice(s) that refer to someone else, to several people or to no one known."
        ),
        C(
          "rate_per_1000", .number,
          "Selected-voice plain matches per 1,000 tokens of the same voice(s) (`voice_tokens`)."),
        C(
          "rate_lower", .number,
          "Lower bound of Garwood's exact Poisson interval of the rate (0 when there are no matches); empty when not computed (see `flag`)."
        ),
        C("rate_upper", .number, "Upper bound of that interval."),
        C(
          "documents_with_matches", .integer,
          "Documents of the outlet with at least one selected-voice plain match in the module: the unit the stance interval resamples."
        ),
        C(
          "stance_index", .number,
          "Mean category weight of the selected-voice plain matches; empty when there are none."),
        C(
          "stance_lower", .number,
          "Lower bound of the document bootstrap interval (percentile) of the stance index; empty when not computed (see `flag`)."
        ),
        C("stance_upper", .number, "Upper bound of that interval."),
        C("confidence", .number, "Confidence level of the intervals (0.95)."),
        C(
          "flag", .string,
          "computed; too-few-documents (fewer than --min-documents documents with matches, default 5); all-weights-equal; no-spread; no-matches; not-computed (tables per period or group, whose intervals are not computed)."
        ),
        C("note", .string, "Why the stance interval is missing, in words."),
      ])
    let modules = summary.lexicon.modules
    for s in scores.modules {
      let module = modules[s.module]
      let totals = summary.outlets[s.outlet] ?? CorpusSummary.OutletTotals()
      table.append([
        s.outlet, module.id, module.target?.name ?? "", scores.voice.selection.rawValue,
        scores.voice.reportedAs.rawValue, String(s.documents), String(s.tokens),
        String(totals.tokens.author), String(totals.tokens.quote), String(totals.tokens.reported),
        String(s.voiceTokens), String(s.mentions.total), String(s.matchesByVoice.author),
        String(s.matchesByVoice.quote),
        String(s.matchesByVoice.reported), String(s.matches), String(s.distanced),
        String(s.notTarget), NumberFormat.fixed(s.ratePer1000, 4),
        NumberFormat.fixed(s.rateLower, 4), NumberFormat.fixed(s.rateUpper, 4),
        String(s.stance.documents), NumberFormat.fixed(s.stance.mean, 4),
        NumberFormat.fixed(s.stance.lower, 4), NumberFormat.fixed(s.stance.upper, 4),
        NumberFormat.fixed(scores.confidence, 2), s.stance.flag, s.stance.note,
      ])
    }
    return table
  }

  static func categories(_ summary: CorpusSummary, _ scores: Scores) -> CSVTable {
    var table = CSVTable(
      name: "categories.csv",
      description:
        "One row per outlet × module × category: how the outlet's matches divide among categories.",
      columns: [
        C("outlet", .string, "Outlet."),
        C("module", .string, "Lexicon module id."),
        C("category", .string, "Category id."),
        C("label", .string, "The category's label."),
        C("weight", .number, "The category's stance weight."),
        C("voice", .string, "Which voices `matches`, `share` and `rate_per_1000` count."),
        C("matches_author", .integer, "Plain matches in author voice."),
        C("matches_quote", .integer, "Plain matches in quote voice."),
        C("matches_reported", .integer, "Plain matches in reported speech."),
        C("matches", .integer, "Matches in the selected voice(s)."),
        C(
          "share", .number,
          "Share of the outlet's selected-voice matches of the module; empty when the module has none."
        ),
        C(
          "rate_per_1000", .number,
          "Selected-voice matches per 1,000 tokens of the outlet in the same voice(s)."),
      ])
    let modules = summary.lexicon.modules
    for s in scores.categories {
      let category = modules[s.module].categories[s.category]
      table.append([
        s.outlet, modules[s.module].id, category.id, category.label,
        NumberFormat.fixed(category.weight, 2),
        scores.voice.selection.rawValue, String(s.matchesByVoice.author),
        String(s.matchesByVoice.quote),
        String(s.matchesByVoice.reported), String(s.matches), NumberFormat.fixed(s.share, 4),
        NumberFormat.fixed(s.ratePer1000, 4),
      ])
    }
    return table
  }

  static var documentsTable: CSVTable {
    CSVTable(
      name: "documents.csv",
      description: "One row per document the run saw, included or not.",
      columns: [
        C("document", .string, "Document id (path relative to the corpus folder)."),
        C("outlet", .string, "Outlet."),
        C("date", .date, "Publication date (yyyy-mm-dd), empty when unknown."),
        C("title", .string, "Title from the manifest."),
        C("url", .string, "URL from the manifest, empty when none."),
        C(
          "included", .boolean,
          "true when the document was analyzed; false when it was skipped (see diagnostics.csv)."),
        C("encoding", .string, "How the file was decoded: UTF-8, UTF-16 or Windows-1252."),
        C("tokens_author", .integer, "Word and number tokens in author voice."),
        C("tokens_quote", .integer, "Tokens in quote voice."),
        C("tokens_reported", .integer, "Tokens in reported speech."),
        C("matches", .integer, "Lexicon matches, all modules, voices and statuses."),
        C(
          "removed", .integer,
          "Boilerplate lines, spans and duplicate paragraphs removed (see removed.csv)."),
        C("sha256", .string, "SHA-256 of the file's bytes."),
        C("metadata", .string, "Other manifest columns as name=value pairs separated by '; '."),
      ])
  }

  static func documentRow(_ d: DocumentResult) -> [String] {
    [
      d.source.id, d.source.outlet, d.source.date, d.source.title, d.source.url,
      d.isIncluded ? "true" : "false", d.encoding.rawValue, String(d.tokens.author),
      String(d.tokens.quote), String(d.tokens.reported), String(d.matches.count),
      String(d.removals.count), d.sha256,
      d.source.metadata.map { "\($0.name)=\($0.value)" }.joined(separator: "; "),
    ]
  }

  static var removedTable: CSVTable {
    CSVTable(
      name: "removed.csv",
      description: "Everything cleaning removed, per document: nothing disappears silently.",
      columns: [
        C("document", .string, "Document id."),
        C("outlet", .string, "Outlet."),
        C("line", .integer, "1-based line in the original file."),
        C(
          "reason", .string,
          "The boilerplate rule id, duplicate-paragraph for a paragraph printed twice, or duplicate-sentence for a sentence of six or more words printed earlier in the article (the first copy is kept)."
        ),
        C(
          "start", .integer, "Start offset of the removed text in the original file (code points)."),
        C("end", .integer, "End offset (exclusive)."),
        C("text", .string, "The removed text."),
      ])
  }

  static func removedRows(_ d: DocumentResult) -> [[String]] {
    d.removals.sorted(by: { ($0.line, $0.start) < ($1.line, $1.start) }).map { r in
      [
        d.source.id, d.source.outlet, String(r.line), r.reason, String(r.start), String(r.end),
        r.text,
      ]
    }
  }

  static func diagnostics(_ summary: CorpusSummary) -> CSVTable {
    var table = CSVTable(
      name: "diagnostics.csv",
      description: "Every warning and note of the run, and what it made the run leave out.",
      columns: [
        C("severity", .string, "note, warning or error."),
        C("file", .string, "The file the message is about, as given on the command line."),
        C("line", .integer, "1-based line, empty when the message is about the whole file."),
        C("column", .integer, "1-based column, empty when not known."),
        C("message", .string, "What is wrong."),
        C(
          "skipped", .string,
          "What the run left out because of it (document, manifest row), empty when nothing."),
      ])
    for d in summary.diagnostics.sorted(by: {
      ($0.location, $0.message) < ($1.location, $1.message)
    }) {
      table.append([
        d.severity.rawValue, d.location.file, d.location.line > 0 ? String(d.location.line) : "",
        d.location.column > 0 ? String(d.location.column) : "", d.message, d.skipped ?? "",
      ])
    }
    return table
  }

  static func provenanceTable(_ provenance: Provenance) -> CSVTable {
    var table = CSVTable(
      name: "provenance.csv",
      description:
        "How this set of files was made: tool, command, inputs and their checksums, date.",
      columns: [
        C("key", .string, "What the row records."),
        C("value", .string, "Its value."),
      ])
    for (key, value) in provenance.pairs { table.append([key, value]) }
    return table
  }

  /// The data dictionary: every column of every CSV, generated from the table definitions.
  public static func dataDictionary(_ tables: [CSVTable], provenance: Provenance) -> String {
    var out = "# Data dictionary\n\n"
    out += "<!-- Generated by `\(provenance.commandLine)`; do not edit by hand. -->\n\n"
    out += "All CSV files are RFC 4180 by default: UTF-8 without byte-order mark, comma-separated, "
    out +=
      "CRLF line ends, a header row, `.` as decimal mark, fixed decimals, rows in a stable sorted "
    out += "order. `--csv-dialect excel-de` writes them for German Excel and LibreOffice instead: "
    out +=
      "byte-order mark, `;` as separator, decimal comma. Empty cells mean \"not defined\" (never "
    out += "NaN). Text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a "
    out += "leading `'` so that spreadsheets do not run them as formulas (OWASP's CSV-injection "
    out += "advice); numeric columns are never changed. `datapackage.json` (Frictionless Table "
    out +=
      "Schema) describes the same tables with their types, for pandas, R and Frictionless tools.\n"
    for table in tables { out += columns(table) }
    out += codingFormats
    return out
  }

  /// A table's section of a data dictionary: its description and columns.
  public static func columns(_ table: CSVTable) -> String {
    var out =
      "\n## \(table.name)\n\n\(table.description)\n\n| column | type | description |\n|---|---|---|\n"
    for column in table.columns {
      out +=
        "| `\(column.name)` | \(column.kind.rawValue) | \(Markdown.escapeCell(column.description)) |\n"
    }
    return out
  }

  /// The formats of human codings that `framing evaluate` and `framing agreement` read.
  static let codingFormats = """

    ## Codings read by `framing evaluate` and `framing agreement`

    A human coding of a corpus (a gold standard), as CSV in either of two granularities; the \
    coding rules are in `gold/CODEBOOK.md`. The level follows from the header.

    Occurrence level, one row per coded expression:

    | column | type | description |
    |---|---|---|
    | `document` | string | The document id as in matches.csv (path relative to the corpus folder). |
    | `start` | integer | Start offset in Unicode code points of the decoded article, as matches.csv counts. |
    | `end` | integer | End offset (exclusive). |
    | `target` | string | An actor id (`kim-jong-un`, `wladimir-putin`: the slug of a module target's name), a module id for topics (`war-names`), or `other` (a label for someone else; never a positive). |
    | `entry` | string | A lexicon term or any form its patterns match ("Diktatoren"); a label the lexicons lack keeps the coder's wording. |
    | `voice` | string | author, quote or reported. |
    | `distanced` | boolean | Optional: the outlet's own use kept at a distance (true/false, yes/no, 1/0). |
    | `speaker` | string | Optional: who speaks, for quote and reported voice. |
    | `case` | string | Optional: the codebook's difficulty tags, separated by `;`. |
    | `text` | string | Optional: the coded text; when given, it must equal the article at start..end (checked). |
    | `note` | string | Optional: free text, not read. |

    Count level, one row per cell of a tally sheet: `document`, `target`, `entry`, `voice` (as \
    above), optional `distanced`, and `count` (a whole number). A cell may appear once.

    """
}
