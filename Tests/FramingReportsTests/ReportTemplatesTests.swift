import Foundation
import FramingCore
import FramingReports
import FramingTestSupport
import Testing

@Suite struct ReportTemplatesTests {
  @Test func builtInTemplatesAreWrittenOutUnderTheirNames() {
    #expect(
      ReportTemplates.builtInFiles.map(\.name).sorted() == [
        "header.md.mustache", "outlet.md.mustache", "overview.md.mustache",
        "report.html.mustache", "table.html.mustache", "table.md.mustache",
      ])
  }

  @Test func aTemplateFolderReplacesOnlyTheTemplatesItHas() throws {
    let folder = try Fixtures.makeFolder([
      "overview.md.mustache": Data(
        "{{% CONTENT_TYPE: TEXT }}\nOutlets:{{#outlets}} {{name}};{{/outlets}}\n".utf8)
    ])
    let files = try runFixture {
      $0.templates = folder
      $0.templatesDisplay = "my-templates"
    }
    #expect(files["reports/overview.md"] == "Outlets: Testblatt; Testkurier;\n")
    // The outlet pages still come from the built-in template.
    #expect(
      files["reports/outlets/testkurier.md"]?.hasPrefix("# Framing report: Testkurier\n") == true)
  }

  @Test func aTemplateThatDoesNotParseIsNamedWithLineAndColumn() throws {
    let folder = try Fixtures.makeFolder([
      "outlet.md.mustache": Data("# {{name}}\n\n{{#modules}}\n{{title}}\n{{/evidence}}\n".utf8)
    ])
    #expect {
      _ = try runFixture {
        $0.templates = folder
        $0.templatesDisplay = "my-templates"
      }
    } throws: { error in
      "\(error)".hasPrefix("my-templates/outlet.md.mustache:5:")
        && "\(error)".contains("template does not parse")
    }
  }

  @Test func aFolderWithoutTemplatesIsRefused() throws {
    let folder = try Fixtures.makeFolder(["README.txt": Data("nothing here".utf8)])
    #expect {
      _ = try runFixture {
        $0.templates = folder
        $0.templatesDisplay = "empty"
      }
    } throws: { error in
      "\(error)"
        == "empty: error: no *.mustache files; `framing templates empty` writes the built-in ones"
    }
  }
}

@Suite struct HTMLReportTests {
  /// An article whose title, outlet and text carry HTML and Markdown syntax.
  static func hostileCorpus() throws -> URL {
    try Fixtures.makeFolder([
      "manifest.csv": Data(
        """
        file,outlet,date,title
        a.txt,<b>Blatt</b> | 1,2024-06-19,<script>alert('t')</script> [x](y) `z`

        """.utf8),
      "a.txt": Data(
        "Der Diktator <script>alert(1)</script> Kim Jong Un reist | *sofort* nach [Moskau](x).\n"
          .utf8),
    ])
  }

  @Test func articleTextStaysTextInHTML() throws {
    let files = try runFixture(corpus: try Self.hostileCorpus(), corpusDisplay: "hostile") {
      $0.formats = [.html]
    }
    let html = try #require(files["reports/report.html"])
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;b&gt;Blatt&lt;/b&gt; | 1"))
    #expect(html.contains("<mark>Diktator</mark>"))
    // Only HTML when asked for HTML.
    #expect(files["reports/overview.md"] == nil)
  }

  @Test func theHTMLReportIsOneSelfContainedFile() throws {
    let files = try runFixture { $0.formats = [.html, .markdown] }
    let html = try #require(files["reports/report.html"])
    // Two modules × (stance, shares), inline; no map from two outlets.
    #expect(
      html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\"").count - 1 == 4)
    #expect(
      html.contains(
        "<p>No map: a map needs at least 3 outlets and 3 columns with matches (this table has 2 × 3).</p>"
      ))
    #expect(!html.contains("src=\""))
    #expect(!html.contains("<link"))
    #expect(!html.contains("<script"))
    // Overview and outlet sections link to each other.
    #expect(html.contains("<a href=\"#outlet-testkurier\">Testkurier</a>"))
    #expect(html.contains("<section id=\"outlet-testkurier\">"))
    #expect(html.contains("<a href=\"#overview\">Back to the top</a>"))
    #expect(files["reports/overview.md"] != nil)
  }

  @Test func articleTextIsEscapedInMarkdown() throws {
    let files = try runFixture(corpus: try Self.hostileCorpus(), corpusDisplay: "hostile")
    let page = try #require(files["reports/outlets/b-blatt-b-1.md"])
    #expect(page.hasPrefix("# Framing report: \\<b\\>Blatt\\</b\\> \\| 1\n"))
    #expect(
      page.contains(
        "Der **Diktator** \\<script\\>alert(1)\\</script\\> Kim Jong Un reist \\| \\*sofort\\* nach \\[Moskau\\](x)."
      ))
    #expect(page.contains("| \\<script\\>alert('t')\\</script\\> \\[x\\](y) \\`z\\` |"))
    #expect(!page.contains("<script>"))
  }
}
