import Foundation

/// How `--by` splits a corpus in time: calendar month, ISO 8601 week, or day.
public enum PeriodUnit: String, Sendable, CaseIterable {
  case month, week, day

  /// The period a document dated `date` (`yyyy-mm-dd`) falls in: `2024-06`, `2024-W25` (ISO
  /// week, so 2024-12-30 is in `2025-W01`) or `2024-06-19`; nil for an empty or invalid date.
  /// Periods of one unit sort in time order as strings.
  public func period(of date: String) -> String? {
    let parts = date.split(separator: "-")
    guard date.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard let when = calendar.date(from: DateComponents(year: year, month: month, day: day)),
      calendar.component(.day, from: when) == day
    else { return nil }
    switch self {
    case .month: return String(date.prefix(7))
    case .day: return date
    case .week:
      let week = calendar.component(.weekOfYear, from: when)
      let weekYear = calendar.component(.yearForWeekOfYear, from: when)
      return String(format: "%04d-W%02d", weekYear, week)
    }
  }
}
