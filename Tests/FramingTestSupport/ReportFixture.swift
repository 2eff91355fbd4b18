import Foundation
import FramingJobs

/// Runs the report job on a fixture corpus in memory and returns file name → text.
public func runFixture(
  corpus: URL = Fixtures.url("corpus-small"), corpusDisplay: String = "Tests/Fixtures/corpus-small",
  lexicons: URL = Fixtures.url("lexicons-small"),
  lexiconsDisplay: String = "Tests/Fixtures/lexicons-small",
  jobs: Int = 2, configure: (inout ReportJob.Options) -> Void = { _ in }
) throws -> [String: String] {
  var options = ReportJob.Options(
    corpus: corpus, corpusDisplay: corpusDisplay, lexicons: lexicons,
    lexiconsDisplay: lexiconsDisplay,
    csvDirectory: URL(fileURLWithPath: "/csv"), reportDirectory: URL(fileURLWithPath: "/reports"))
  options.jobs = jobs
  options.date = "2026-01-01"
  configure(&options)
  let outcome = try ReportJob(options: options).compute()
  var files: [String: String] = [:]
  for (url, data) in outcome.output.files {
    let key =
      url.path.hasPrefix("/csv/")
      ? String(url.path.dropFirst(5)) : "reports/" + url.path.dropFirst(9)
    files[key] = String(decoding: data, as: UTF8.self)
  }
  return files
}

/// Parses RFC 4180 text into rows (test helper, independent of the writer).
public func parseCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var inQuotes = false
  var chars = Array(text.unicodeScalars)[...]
  while let c = chars.popFirst() {
    if inQuotes {
      if c == "\"" {
        if chars.first == "\"" {
          field.unicodeScalars.append("\""); chars.removeFirst()
        } else {
          inQuotes = false
        }
      } else {
        field.unicodeScalars.append(c)
      }
    } else if c == "\"" {
      inQuotes = true
    } else if c == "," {
      row.append(field); field = ""
    } else if c == "\r" {
      continue
    } else if c == "\n" {
      row.append(field); rows.append(row); row = []; field = ""
    } else {
      field.unicodeScalars.append(c)
    }
  }
  if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
  return rows
}

/// Rows of a CSV as dictionaries keyed by header.
public func records(_ text: String) -> [[String: String]] {
  let rows = parseCSV(text)
  guard let header = rows.first else { return [] }
  return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}
