import Foundation
import FramingJobs
import FramingReports
import FramingTestSupport
import Testing

/// Renders the one-file HTML report in headless Chromium and checks, pixel by pixel, that the
/// charts were drawn. `.ci/run` installs Debian's chromium-headless-shell; without it the test
/// is skipped and says so.
@Suite struct HTMLScreenshotTests {
  static let chromium: String? = ["chromium-headless-shell", "chromium", "google-chrome"]
    .compactMap { ExternalTool.find($0) }.first

  @Test(
    .enabled(
      if: chromium != nil && ExternalTool.find("python3") != nil,
      "needs chromium-headless-shell (apt-get install chromium-headless-shell) and python3"))
  func chartsRenderInHeadlessChromium() throws {
    let folder = try Fixtures.temporaryDirectory()
    var options = ReportJob.Options(
      corpus: Fixtures.url("corpus-small"), corpusDisplay: "corpus-small",
      lexicons: Fixtures.url("lexicons-small"), lexiconsDisplay: "lexicons-small",
      csvDirectory: folder.appendingPathComponent("csv"),
      reportDirectory: folder.appendingPathComponent("reports"))
    options.formats = [.html]
    options.date = "2026-01-01"
    try ReportJob(options: options).run()
    let html = folder.appendingPathComponent("reports/report.html")
    let png = folder.appendingPathComponent("shot.png")
    let shot = try ExternalTool.run(
      try #require(Self.chromium),
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--window-size=1000,4000", "--screenshot=\(png.path)", html.absoluteString,
      ])
    #expect(FileManager.default.fileExists(atPath: png.path), "chromium: \(shot.output)")
    let script = Fixtures.packageRoot.appendingPathComponent("Tests/Tools/png-colors.py").path
    // The stance dots (#1f5fa8) and the most negative category's bars (#b03a2e).
    let counted = try ExternalTool.run("python3", [script, png.path, "1f5fa8", "b03a2e"])
    let counts = Dictionary(
      uniqueKeysWithValues: counted.output.split(separator: "\n").compactMap { line in
        let parts = line.split(separator: " ")
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
      })
    #expect(counts["size"] == "1000x4000")
    #expect((Int(counts["1f5fa8"] ?? "") ?? 0) >= 100, "stance dots drawn: \(counted.output)")
    #expect((Int(counts["b03a2e"] ?? "") ?? 0) >= 1_000, "share bars drawn: \(counted.output)")
  }
}
