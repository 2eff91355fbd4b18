import FramingCore
import FramingStatistics

extension OutputTables {
  /// `scores_by_group.csv` (`--group-by FIELD`): the columns of scores.csv with `group` in
  /// place of `outlet`, the documents of every outlet pooled per value of the field.
  public static func groups(_ summary: CorpusSummary, _ scores: Scores, field: String)
    -> CSVTable
  {
    var table = scoresTable(summary, scores)
    table.name = "scores_by_group.csv"
    table.description =
      "As scores.csv, one row per value of the document field '\(field)' (--group-by) × module: the documents of all outlets with that value pooled."
    table.columns[0] = C(
      "group", .string,
      "The value of the field '\(field)' (a manifest column or JSON Lines field); (none) for documents without one."
    )
    return table
  }
}
