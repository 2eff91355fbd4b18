import FramingCore
import FramingStatistics

extension OutputTables {
  /// The tables of `--by`: scores and categories per outlet × period (the columns of
  /// scores.csv and categories.csv with `period` after `outlet`) and the shifts.
  public static func periods(_ breakdown: PeriodBreakdown) -> [CSVTable] {
    let periodColumn = C(
      "period", .string,
      "The \(breakdown.unit.rawValue) the documents fall in (\(example(breakdown.unit))); documents without a date are left out."
    )
    var scores: CSVTable?
    var categories: CSVTable?
    for slice in breakdown.slices {
      for (name, table) in [
        ("scores_by_period.csv", scoresTable(slice.summary, slice.scores)),
        ("categories_by_period.csv", Self.categories(slice.summary, slice.scores)),
      ] {
        var target =
          (name == "scores_by_period.csv" ? scores : categories)
          ?? CSVTable(
            name: name,
            description:
              "As \(table.name), one row per outlet × period × \(table.name == "scores.csv" ? "module" : "module × category"), for the outlets with documents in the period.",
            columns: [table.columns[0], periodColumn] + table.columns.dropFirst())
        for row in table.rows { target.append([row[0], slice.period] + row.dropFirst()) }
        if name == "scores_by_period.csv" { scores = target } else { categories = target }
      }
    }
    var tables = [scores, categories].compactMap { $0 }.map(sortedByOutletAndPeriod)
    tables.append(shifts(breakdown))
    return tables
  }

  static func example(_ unit: PeriodUnit) -> String {
    switch unit {
    case .month: "2024-06"
    case .week: "ISO week, 2024-W25"
    case .day: "2024-06-19"
    }
  }

  /// Rows by outlet, then period, keeping the module and category order within.
  static func sortedByOutletAndPeriod(_ table: CSVTable) -> CSVTable {
    var sorted = table
    sorted.rows = table.rows.enumerated().sorted {
      ($0.element[0], $0.element[1], $0.offset) < ($1.element[0], $1.element[1], $1.offset)
    }.map(\.element)
    return sorted
  }

  static func shifts(_ breakdown: PeriodBreakdown) -> CSVTable {
    var table = CSVTable(
      name: "shifts.csv",
      description:
        "One row per change of an outlet's most used term of a module between two consecutive periods in which it used the module.",
      columns: [
        C("outlet", .string, "Outlet."),
        C("module", .string, "Lexicon module id."),
        C("from_period", .string, "The earlier period."),
        C(
          "from_term", .string,
          "The entry with most counted matches in the earlier period (ties: the one listed first)."),
        C("from_count", .integer, "Its counted matches in the selected voice(s)."),
        C("from_matches", .integer, "Counted matches of the module in the earlier period."),
        C("from_stance", .number, "Stance index of the module in the earlier period."),
        C("to_period", .string, "The next period in which the outlet used the module."),
        C("to_term", .string, "The entry with most counted matches then."),
        C("to_count", .integer, "Its counted matches."),
        C("to_matches", .integer, "Counted matches of the module then."),
        C("to_stance", .number, "Stance index of the module then."),
      ])
    let modules = breakdown.slices.first?.summary.lexicon.modules ?? []
    for shift in breakdown.shifts {
      table.append([
        shift.outlet, shift.module < modules.count ? modules[shift.module].id : "",
        shift.from.period, shift.from.term, String(shift.from.count), String(shift.from.matches),
        NumberFormat.fixed(shift.from.stance, 4), shift.to.period, shift.to.term,
        String(shift.to.count), String(shift.to.matches), NumberFormat.fixed(shift.to.stance, 4),
      ])
    }
    return table
  }
}
