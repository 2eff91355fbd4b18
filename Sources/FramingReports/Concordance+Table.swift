import FramingCore

extension Concordance {
  /// The concordance as a CSV table (`framing kwic --csv`).
  public static func table(_ lines: [Line]) -> CSVTable {
    var table = CSVTable(
      name: "kwic.csv",
      description: "Every match of a pattern or of lexicon entries, with its context.",
      columns: [
        .init("document", .string, "Document id (file path in the corpus, or JSON Lines id)."),
        .init("outlet", .string, "Outlet of the document."),
        .init("date", .date, "Publication date of the document."),
        .init("module", .string, "Module of the entry (empty for a pattern of the command line)."),
        .init(
          "entry", .string, "The entry's term, or the alternative of the pattern that matched."),
        .init("voice", .string, "author, quote or reported."),
        .init("speaker", .string, "Who speaks, for quote and reported voice; empty if unknown."),
        .init(
          "speaker_kind", .string,
          "person, organisation, medium or unknown, for quote and reported voice."),
        .init("voice_rule", .string, "The rule that decided the voice; empty for author voice."),
        .init(
          "referent", .string,
          "For labels of actor modules: who the label refers to (' + ' between several, ' | ' between competing candidates)."
        ),
        .init("rule", .string, "For labels of actor modules: the attribution rule that decided."),
        .init(
          "status", .string,
          "How the match counts in the report: counted, distanced, not-target, shared-copy (empty for a pattern)."
        ),
        .init("left", .string, "Text before the match, within its paragraph."),
        .init("match", .string, "The matched text as normalized for matching."),
        .init("right", .string, "Text after the match, within its paragraph."),
        .init(
          "start", .integer,
          "Offset of the match in Unicode scalars of the decoded document (Python text[start:end])."
        ),
        .init("end", .integer, "Offset after the match's last scalar."),
        .init("line", .integer, "1-based line of the match in the document."),
        .init("column", .integer, "1-based column (Unicode scalars) of the match."),
      ])
    for l in lines {
      table.append([
        l.document, l.outlet, l.date, l.module, l.entry, l.voice.rawValue, l.speaker,
        l.speakerKind.rawValue, l.voiceRule.rawValue, l.referent, l.rule, l.status, l.left, l.match,
        l.right, String(l.start), String(l.end),
        String(l.line), String(l.column),
      ])
    }
    return table
  }

  /// The concordance as `framing kwic` prints it: one line per match, every cell cut to `width`
  /// characters (at least 20).
  public static func terminal(_ lines: [Line], width: Int) -> String {
    var table = TerminalTable(
      columns: ["document", "outlet", "voice", "referent", "left", "match", "right", "start-end"],
      alignments: [.left, .left, .left, .left, .right, .left, .left, .left])
    for l in lines {
      table.append([
        l.document, l.outlet, voiceLabel(l), l.referent, l.left, l.match, l.right,
        "\(l.start)-\(l.end)",
      ])
    }
    return table.render(maxWidth: max(20, width))
  }

  /// "reported (konjunktiv): Wladimir Putin", "quote (colon-quote)", "author".
  static func voiceLabel(_ l: Line) -> String {
    var label = l.voice.rawValue
    if l.voiceRule != .none { label += " (\(l.voiceRule.rawValue))" }
    if !l.speaker.isEmpty { label += ": \(l.speaker)" }
    return label
  }
}
