import Foundation
import FramingCore
import FramingStatistics

/// The files of `framing evaluate` (tool against gold) and `framing agreement` (coder B against
/// coder A): a Markdown report and CSV tables, deterministic for the same inputs.
public struct EvaluationReport: Sendable {
  public enum Kind: String, Sendable {
    /// The tool measured against a gold coding.
    case evaluation
    /// A second coder measured against the first.
    case agreement
  }

  public var kind: Kind
  public var comparison: Comparison
  public var statistics: EvaluationStatistics
  public var commandLine: String
  public var date: String
  /// How the reference and test codings are named ("gold/occurrences-a.csv", "framing").
  public var reference: String
  public var test: String
  public var documents: Int
  /// Outlet of each document, when known.
  public var outlets: [String: String]
  /// The text around each finding's anchor, when the corpus was read.
  public var contexts: [CodedOccurrence: String]
  public var scope: Set<String>
  /// Agreement only: aligned units on which both coders agree, of all units.
  public var percentAgreement: (agreeing: Int, units: Int)?

  public init(
    kind: Kind, comparison: Comparison, statistics: EvaluationStatistics, commandLine: String,
    date: String, reference: String, test: String, documents: Int, outlets: [String: String],
    contexts: [CodedOccurrence: String], scope: Set<String>,
    percentAgreement: (agreeing: Int, units: Int)? = nil
  ) {
    self.percentAgreement = percentAgreement
    self.kind = kind
    self.comparison = comparison
    self.statistics = statistics
    self.commandLine = commandLine
    self.date = date
    self.reference = reference
    self.test = test
    self.documents = documents
    self.outlets = outlets
    self.contexts = contexts
    self.scope = scope
  }

  var testName: String { kind == .evaluation ? "tool" : "coder B" }
  var referenceName: String { kind == .evaluation ? "gold" : "coder A" }

  /// File name → content.
  public func files(dialect: CSVDialect) -> [(String, String)] {
    let prefix = kind.rawValue
    return [
      ("\(prefix).md", markdown()),
      ("\(prefix)_scores.csv", scoresTable(prefix).csv(dialect)),
      ("\(prefix)_cases.csv", casesTable(prefix).csv(dialect)),
      ("\(prefix)_confusion.csv", confusionTable(prefix).csv(dialect)),
      ("\(prefix)_findings.csv", findingsTable(prefix).csv(dialect)),
    ]
  }

  // MARK: CSV

  static func share(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "" }

  func scoresTable(_ prefix: String) -> CSVTable {
    var t = CSVTable(
      name: "\(prefix)_scores.csv",
      description:
        "Precision, recall and F1 of the \(testName) against the \(referenceName), per group, with 95% Wilson intervals.",
      columns: [
        .init(
          "criterion", .string,
          "found (same document, target, overlapping span) or exact (also entry, voice, distancing)."
        ),
        .init("dimension", .string, "all, target, voice, target-voice or entry."),
        .init("group", .string, "The group's value (a target, a voice, 'target · entry')."),
        .init("matched", .integer, "True positives."),
        .init("test", .integer, "Occurrences of the \(testName) in the group."),
        .init("reference", .integer, "Occurrences of the \(referenceName) in the group."),
        .init("precision", .number, "matched / test; empty without test occurrences."),
        .init("precision_lower", .number, "Wilson 95% lower bound."),
        .init("precision_upper", .number, "Wilson 95% upper bound."),
        .init("recall", .number, "matched / reference; empty without reference occurrences."),
        .init("recall_lower", .number, "Wilson 95% lower bound."),
        .init("recall_upper", .number, "Wilson 95% upper bound."),
        .init("f1", .number, "2 · matched / (test + reference)."),
      ])
    for row in statistics.rows {
      let s = row.scores
      t.append([
        row.criterion, row.group.dimension.rawValue, row.group.value, String(s.matched),
        String(s.test), String(s.reference), Self.share(s.precision),
        Self.share(s.precisionInterval?.lower), Self.share(s.precisionInterval?.upper),
        Self.share(s.recall), Self.share(s.recallInterval?.lower),
        Self.share(s.recallInterval?.upper), Self.share(s.f1),
      ])
    }
    return t
  }

  func casesTable(_ prefix: String) -> CSVTable {
    var t = CSVTable(
      name: "\(prefix)_cases.csv",
      description:
        "Recall per case tag of the \(referenceName) (the codebook's difficulty classes).",
      columns: [
        .init("case", .string, "The case tag."),
        .init("reference", .integer, "Occurrences of the \(referenceName) with the tag."),
        .init("found", .integer, "Of those, found (target and span)."),
        .init("recall", .number, "found / reference."),
        .init("recall_lower", .number, "Wilson 95% lower bound."),
        .init("recall_upper", .number, "Wilson 95% upper bound."),
        .init("found_with_voice", .integer, "Found with the same voice and distancing."),
        .init("recall_with_voice", .number, "found_with_voice / reference."),
        .init("recall_with_voice_lower", .number, "Wilson 95% lower bound."),
        .init("recall_with_voice_upper", .number, "Wilson 95% upper bound."),
      ])
    for c in statistics.cases {
      t.append([
        c.tag, String(c.reference), String(c.found), Self.share(c.recall),
        Self.share(c.interval.lower), Self.share(c.interval.upper), String(c.foundWithVoice),
        Self.share(c.recallWithVoice), Self.share(c.intervalWithVoice.lower),
        Self.share(c.intervalWithVoice.upper),
      ])
    }
    return t
  }

  func confusionTable(_ prefix: String) -> CSVTable {
    var t = CSVTable(
      name: "\(prefix)_confusion.csv",
      description:
        "Confusion tables: voice over found pairs, referent over the \(referenceName)'s actor labels.",
      columns: [
        .init("table", .string, "voice or referent."),
        .init("reference", .string, "The \(referenceName)'s value."),
        .init(
          "test", .string, "The \(testName)'s value ('no match' when it matched nothing there)."),
        .init("count", .integer, "Occurrences."),
      ])
    for (name, table) in [
      ("voice", comparison.voiceConfusion), ("referent", comparison.referentConfusion),
    ] {
      for r in table.keys.sorted() {
        for c in (table[r] ?? [:]).keys.sorted() {
          t.append([name, r, c, String(table[r]?[c] ?? 0)])
        }
      }
    }
    return t
  }

  func findingsTable(_ prefix: String) -> CSVTable {
    var t = CSVTable(
      name: "\(prefix)_findings.csv",
      description:
        "Every disagreement: false positives and negatives, wrong voice, entry or speaker.",
      columns: [
        .init(
          "kind", .string,
          "false positive, false negative, wrong voice, wrong entry, wrong speaker."),
        .init("document", .string, "Document id."),
        .init("outlet", .string, "Its outlet."),
        .init("target", .string, "Target."),
        .init(
          "start", .integer,
          "Start offset (code points) of the \(referenceName)'s span, else the \(testName)'s."),
        .init("end", .integer, "End offset."),
        .init("reference_entry", .string, "The \(referenceName)'s entry."),
        .init("test_entry", .string, "The \(testName)'s entry."),
        .init("reference_voice", .string, "The \(referenceName)'s voice."),
        .init("test_voice", .string, "The \(testName)'s voice."),
        .init("reference_speaker", .string, "The \(referenceName)'s speaker."),
        .init("test_speaker", .string, "The \(testName)'s speaker."),
        .init("cases", .string, "The \(referenceName)'s case tags."),
        .init("reference_line", .integer, "The row's line in the \(referenceName)'s file."),
        .init("context", .string, "The text around the span, marked ⟦…⟧."),
      ])
    for f in comparison.findings {
      let a = f.anchor
      t.append([
        f.kind.rawValue, a.document, outlets[a.document] ?? "", a.target, String(a.start),
        String(a.end), f.reference?.entry ?? "", f.test?.entry ?? "",
        f.reference?.voiceLabel ?? "", f.test?.voiceLabel ?? "", f.reference?.speaker ?? "",
        f.test?.speaker ?? "", f.reference?.cases.joined(separator: ";") ?? "",
        f.reference.map { String($0.line) } ?? "", contexts[a] ?? "",
      ])
    }
    return t
  }
}
