import Foundation
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

/// Hostile outlet names and article text: every file stays in its output folder, spreadsheets
/// get no formula, Markdown and HTML get text.
@Suite struct OutputSafetyTests {
  static func hostileCorpus() throws -> URL {
    let text = Data("Der Diktator reist. =HYPERLINK(\"http://x\") und @SUMME(A1) +1".utf8)
    return try Fixtures.makeFolder([
      "manifest.csv": Data(
        """
        file,outlet,date,title
        a.txt,../../x,2024-06-19,=HYPERLINK("http://evil")
        b.txt,CON,2024-06-19,@cmd
        c.txt,/etc/passwd,2024-06-19,+1 Titel
        d.txt,=cmd|' /C calc'!A0,2024-06-19,-Titel

        """.utf8),
      "a.txt": text, "b.txt": text, "c.txt": text, "d.txt": text,
    ])
  }

  @Test func outletNamesBecomeSafeFileNamesInsideTheReportFolder() throws {
    var outcome: ReportJob.Outcome?
    let files = try runFixture(corpus: try Self.hostileCorpus(), corpusDisplay: "hostile") {
      $0.formats = [.markdown, .html]
      outcome = try? ReportJob(options: $0).compute()
    }
    #expect(
      files.keys.filter { $0.hasPrefix("reports/outlets/") }.sorted() == [
        "reports/outlets/cmd-c-calc-a0.md", "reports/outlets/con-outlet.md",
        "reports/outlets/etc-passwd.md", "reports/outlets/x.md",
      ])
    // Every path the job would write is inside the CSV or the report folder.
    for (url, _) in try #require(outcome).output.files {
      let path = url.standardizedFileURL.path
      #expect(path.hasPrefix("/csv/") || path.hasPrefix("/reports/"), "\(path)")
      #expect(!path.contains(".."))
    }
  }

  @Test func noCSVCellStartsAsAFormula() throws {
    let files = try runFixture(corpus: try Self.hostileCorpus(), corpusDisplay: "hostile")
    var checked = 0
    for (name, text) in files where name.hasSuffix(".csv") {
      for row in parseCSV(text) {
        for cell in row {
          checked += 1
          let first = cell.unicodeScalars.first
          #expect(first != "=" && first != "@" && first != "+", "\(name): \(cell)")
          if first == "-" { #expect(Double(cell) != nil, "\(name): \(cell)") }
        }
      }
    }
    #expect(checked > 100)
    let documents = try #require(files["documents.csv"])
    #expect(documents.contains("'=HYPERLINK(\"\"http://evil\"\")"))
    #expect(documents.contains("'=cmd|' /C calc'!A0"))
    #expect(documents.contains("'@cmd"))
    #expect(documents.contains("'-Titel"))
  }

  @Test func markdownAndHTMLKeepArticleTextAsText() throws {
    let corpus = try Fixtures.makeFolder([
      "Blatt/a.txt": Data(
        "Der Diktator | sagte `rm -rf` [Link](javascript:alert(1)) <img src=x onerror=alert(1)> <script>alert(2)</script>.\n"
          .utf8)
    ])
    let files = try runFixture(corpus: corpus, corpusDisplay: "c") {
      $0.formats = [.markdown, .html]
    }
    let page = try #require(files["reports/outlets/blatt.md"])
    #expect(
      page.contains(
        "Der **Diktator** \\| sagte \\`rm -rf\\` \\[Link\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\<script\\>alert(2)\\</script\\>."
      ))
    // No tag that is not escaped.
    #expect(page.range(of: #"(?<!\\)<(img|script)"#, options: .regularExpression) == nil)
    let html = try #require(files["reports/report.html"])
    #expect(!html.contains("<script") && !html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
  }
}
