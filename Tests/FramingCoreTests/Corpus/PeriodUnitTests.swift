import FramingCore
import Testing

@Suite struct PeriodUnitTests {
  @Test func monthsAndDaysAreCutFromTheDate() {
    #expect(PeriodUnit.month.period(of: "2024-06-19") == "2024-06")
    #expect(PeriodUnit.day.period(of: "2024-06-19") == "2024-06-19")
  }

  // ISO 8601 weeks start on Monday; week 1 holds the year's first Thursday.
  // python3 -c "import datetime as d; print([d.date(*t).isocalendar()[:2] for t in
  //   [(2024,6,19),(2024,12,30),(2021,1,3),(2023,1,1),(2026,1,1)]])"
  //   → [(2024, 25), (2025, 1), (2020, 53), (2022, 52), (2026, 1)]
  @Test(arguments: [
    ("2024-06-19", "2024-W25"), ("2024-12-30", "2025-W01"), ("2021-01-03", "2020-W53"),
    ("2023-01-01", "2022-W52"), ("2026-01-01", "2026-W01"),
  ])
  func weeksFollowISO8601(date: String, week: String) {
    #expect(PeriodUnit.week.period(of: date) == week)
  }

  @Test(arguments: ["", "2024-06", "2024-13-01", "2024-02-30", "19.06.2024", "2024-06-1x"])
  func aMissingOrInvalidDateHasNoPeriod(date: String) {
    for unit in PeriodUnit.allCases { #expect(unit.period(of: date) == nil) }
  }
}
