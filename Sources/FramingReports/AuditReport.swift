import Foundation
import FramingStatistics

/// The output of `framing audit score`: precision per entry, flagged below the threshold.
public struct AuditReport: Sendable {
  public var rows: [EntryPrecision]
  public var threshold: Double
  public var sheet: String

  public init(rows: [EntryPrecision], threshold: Double, sheet: String) {
    self.rows = rows
    self.threshold = threshold
    self.sheet = sheet
  }

  func flag(_ r: EntryPrecision) -> String {
    if r.isClearlyBelow { return "clearly below" }
    if r.isBelow { return "below" }
    return r.judged == 0 ? "not judged" : ""
  }

  /// `audit.md` and `audit_precision.csv`, by file name.
  public func files(dialect: CSVDialect) -> [(String, String)] {
    [("audit.md", markdown()), ("audit_precision.csv", table().csv(dialect))]
  }

  public func table() -> CSVTable {
    var t = CSVTable(
      name: "audit_precision.csv",
      description: "Precision per lexicon entry from a marked audit sheet.",
      columns: [
        .init("module", .string, "Lexicon module."),
        .init("entry", .string, "Lexicon entry."),
        .init("sampled", .integer, "Rows of the entry in the sheet."),
        .init("judged", .integer, "Rows marked yes or no."),
        .init("correct", .integer, "Rows marked yes."),
        .init("precision", .number, "correct / judged; empty when none was judged."),
        .init("precision_lower", .number, "Wilson 95% lower bound."),
        .init("precision_upper", .number, "Wilson 95% upper bound."),
        .init(
          "flag", .string,
          "below (precision under the threshold), clearly below (upper bound under it), not judged, or empty."
        ),
      ])
    for r in rows {
      t.append([
        r.module, r.entry, String(r.sampled), String(r.judged), String(r.correct),
        EvaluationReport.share(r.precision), EvaluationReport.share(r.interval?.lower),
        EvaluationReport.share(r.interval?.upper), flag(r),
      ])
    }
    return t
  }

  public func markdown() -> String {
    var out = "# Audit: precision per entry\n\n"
    let judged = rows.reduce(0) { $0 + $1.judged }
    let correct = rows.reduce(0) { $0 + $1.correct }
    out +=
      "From the marked sheet \(Markdown.code(sheet)): \(judged) matches judged, \(correct) correct, in \(rows.count) entries. "
      + "Entries below the threshold \(String(format: "%.2f", threshold)) are flagged **below**; **clearly below** when even the 95% Wilson interval's upper bound is under it.\n\n"
    let body = rows.map { r in
      [
        Markdown.code(r.module), Markdown.escapeCell(r.entry), String(r.judged),
        String(r.correct), EvaluationReport.number(r.precision),
        EvaluationReport.interval(r.interval), flag(r).isEmpty ? "" : "**\(flag(r))**",
      ]
    }
    out += Markdown.table(
      ["module", "entry", "judged", "correct", "precision", "95% CI", "flag"], body,
      alignRight: [2, 3, 4])
    return out
  }

  public func terminal() -> String {
    var t = TerminalTable(
      columns: ["module", "entry", "judged", "correct", "precision", "95% CI", "flag"],
      alignments: [.left, .left, .right, .right, .right, .left, .left])
    for r in rows {
      t.append([
        r.module, r.entry, String(r.judged), String(r.correct),
        EvaluationReport.number(r.precision), EvaluationReport.interval(r.interval), flag(r),
      ])
    }
    return t.render()
  }
}
