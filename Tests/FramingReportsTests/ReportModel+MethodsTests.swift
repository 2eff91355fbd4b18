import Foundation
import FramingReports
import FramingTestSupport
import Testing

@Suite struct ReportModelMethodsTests {
  static let names = [
    "Summary", "Counts", "Documents as the unit", "Stance index", "Rates", "Shares",
    "Tests of difference", "Distinctive terms", "Correspondence analysis",
  ]

  /// The text as Mustache escapes it in HTML.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
      .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  @Test func theHTMLReportHoldsTheMethodsOfTheMarkdownReport() throws {
    let files = try runFixture { $0.formats = [.markdown, .html] }
    let markdown = try #require(files["reports/overview.md"])
    let html = try #require(files["reports/report.html"])
    let methods = try #require(markdown.components(separatedBy: "## Methods\n\n").dropFirst().first)
      .components(separatedBy: "\n\n")[0].split(separator: "\n").map(String.init)
    #expect(methods.map { $0.components(separatedBy: "**")[1] } == Self.names)
    #expect(html.contains("<section id=\"methods\">\n<h2>Methods</h2>"))
    #expect(html.contains("<li><a href=\"#methods\">Methods</a></li>"))
    // Each item's text, word for word, in both.
    for line in methods {
      let rest = line.components(separatedBy: "**")[2]
      let text = try #require(rest.range(of: ": ").map { String(rest[$0.upperBound...]) })
      #expect(html.contains(Self.escaped(text)), "\(text)")
    }
    #expect(
      methods[3]
        == "- **Stance index** (scores.csv, intervals.csv): the mean category weight of the counted matches (Σ weights / Σ matches). Its interval is a percentile bootstrap over the outlet's documents with matches, resampled whole (all resamples enumerated up to 6 documents, otherwise 2000 resamples, seed 20240619); each resample is again a weighted mean of weights, so the interval stays inside the scale by construction."
    )
  }
}
