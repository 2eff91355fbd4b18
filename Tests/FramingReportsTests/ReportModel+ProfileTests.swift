import Foundation
import FramingReports
import FramingTestSupport
import Testing

/// Every sentence type of an outlet's profile, on `SummaryCorpus` (counts.csv of that run:
/// Anzeiger a1 Diktator, Angriffskrieg, Westen, a2 Staatschef; Bote b1 Staats- und Parteichef,
/// a quoted "militärische Spezialoperation"; Chronik c1 Staatschef, Westen; Dorfblatt nothing).
@Suite struct ReportModelProfileTests {
  static func profile(_ outlet: String, in overview: String) throws -> [String] {
    let section = try #require(overview.components(separatedBy: "**[\(outlet)](").dropFirst().first)
    let block = section.components(separatedBy: "\n\n")[1]
    return block.split(separator: "\n").map(String.init)
  }

  @Test func labelsTermsAndQuotesOfAnOutletWithTwoArticles() throws {
    let overview = try #require(try SummaryCorpus.run()["reports/overview.md"])
    #expect(overview.contains("**[Anzeiger](outlets/anzeiger.md)** (2 documents)"))
    #expect(
      try Self.profile("Anzeiger", in: overview) == [
        // The leader, then the next term of another weight; documents, not matches.
        "- Calls Kim Jong Un ‘Diktator’ in its own voice in 1 of 2 articles and ‘Staatschef’ in 1.",
        "- Writes ‘Angriffskrieg’ in 1 of 2 articles (Names for the war); ‘Westen’ in 1 of 2 (The West).",
        "- No quoted or reported speaker brings in a term with a stance weight.",
      ])
  }

  @Test func aTermOnlyAQuotedSpeakerUsesIsNamedWithTheSpeaker() throws {
    let overview = try #require(try SummaryCorpus.run()["reports/overview.md"])
    #expect(
      try Self.profile("Bote", in: overview) == [
        "- Calls Kim Jong Un ‘Staats- und Parteichef’ in its own voice in 1 of 1 article.",
        "- Uses no term of Names for the war or The West in its own voice.",
        "- Quotes ‘militärische Spezialoperation’ in 1 of 1 article (quoting Kim Jong Un).",
      ])
  }

  @Test func modulesAnOutletNeverUsesAreNamed() throws {
    let overview = try #require(try SummaryCorpus.run()["reports/overview.md"])
    #expect(
      try Self.profile("Chronik", in: overview) == [
        "- Calls Kim Jong Un ‘Staatschef’ in its own voice in 1 of 1 article.",
        "- Writes ‘Westen’ in 1 of 1 article (The West); no term of Names for the war.",
        "- No quoted or reported speaker brings in a term with a stance weight.",
      ])
    #expect(
      try Self.profile("Dorfblatt", in: overview) == [
        "- Uses no label for Kim Jong Un in its own voice.",
        "- Uses no term of Names for the war or The West in its own voice.",
        "- No quoted or reported speaker brings in a term with a stance weight.",
      ])
  }

  @Test func eachOutletPageStartsWithItsProfile() throws {
    let files = try SummaryCorpus.run()
    let page = try #require(files["reports/outlets/bote.md"])
    let profile = try #require(page.components(separatedBy: "## Profile\n\n").dropFirst().first)
    #expect(
      profile.hasPrefix(
        """
        - Calls Kim Jong Un ‘Staats- und Parteichef’ in its own voice in 1 of 1 article.
        - Uses no term of Names for the war or The West in its own voice.
        - Quotes ‘militärische Spezialoperation’ in 1 of 1 article (quoting Kim Jong Un).

        ## Documents
        """))
    let html = try #require(files["reports/report.html"])
    #expect(
      html.contains(
        "<li>Quotes ‘militärische Spezialoperation’ in 1 of 1 article (quoting Kim Jong Un).</li>"))
  }
}
