import Foundation
import FramingReports
import FramingTestSupport
import Testing

@Suite struct ReportModelMethodsTests {
  static let names = [
    "Summary", "Counts", "Stance index", "Shares", "Tests of difference", "Distinctive terms",
    "Correspondence analysis",
  ]

  /// The text as Mustache escapes it in HTML.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
      .replacingOccurrences(of: "\"", with: "&quot;")
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
      methods[2]
        == "- **Stance index** (scores.csv): the mean category weight of the counted matches, with a t interval that treats every match as independent. Labels cluster in articles, so the bootstrap interval (intervals.csv), which resamples whole documents within an outlet (2000 resamples, seed 20240619), is the honest one; with one or two documents per outlet neither says much."
    )
  }
}
