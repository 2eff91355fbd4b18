import FramingCore
import FramingStatistics

extension OutputTables {
  /// The tables of `--group-by FIELD`: `scores_by_group.csv` and `categories_by_group.csv`,
  /// the columns of scores.csv and categories.csv with `group` in place of `outlet`, the
  /// documents of every outlet pooled per value of the field.
  public static func groups(_ summary: CorpusSummary, _ scores: Scores, field: String)
    -> [CSVTable]
  {
    let group = C(
      "group", .string,
      "The value of the field '\(field)' (a manifest column or JSON Lines field); (none) for documents without one."
    )
    var tables = [scoresTable(summary, scores), categories(summary, scores)]
    for i in tables.indices {
      let source = tables[i].name
      tables[i].name = source.replacingOccurrences(of: ".csv", with: "_by_group.csv")
      tables[i].description =
        "As \(source), with one row per value of the document field '\(field)' (--group-by) in place of each outlet: the documents of all outlets with that value pooled."
      tables[i].columns[0] = group
    }
    return tables
  }
}
