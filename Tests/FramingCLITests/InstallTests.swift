import Foundation
import FramingTestSupport
import Testing

/// `scripts/install PREFIX`, then the installed binary run from a folder outside the repository,
/// as the README's quick start does.
@Suite(.serialized) struct InstallTests {
  static let binary = BinaryTests.binary

  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `program` in `folder` with the environment minus FRAMING_LEXICONS, plus `extra`.
  func run(
    _ program: URL, _ arguments: [String], in folder: URL, environment extra: [String: String] = [:]
  ) throws -> Output {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["FRAMING_LEXICONS"] = nil
    environment.merge(extra) { $1 }
    process.environment = environment
    let out = Pipe()
    let errors = Pipe()
    process.standardOutput = out
    process.standardError = errors
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// A prefix with the binary and the bundled lexicons installed by the script.
  func install() throws -> URL {
    let prefix = try Fixtures.temporaryDirectory().appendingPathComponent("prefix")
    let script = Fixtures.packageRoot.appendingPathComponent("scripts/install")
    let result = try run(
      script, [prefix.path, "--binary", try #require(Self.binary).path],
      in: Fixtures.packageRoot)
    #expect(result.status == 0, "scripts/install: \(result.stderr)")
    return prefix
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func installedBinaryReportsFromAFolderOutsideTheRepository() throws {
    let prefix = try install()
    let framing = prefix.appendingPathComponent("bin/framing")
    let lexicons = prefix.appendingPathComponent("share/framing/lexicons")
    #expect(
      FileManager.default.fileExists(
        atPath: lexicons.appendingPathComponent("de/10-person-labels.yaml").path))
    // A researcher's folder: their corpus, no lexicons, far from the repository.
    let work = try Fixtures.temporaryDirectory()
    try FileManager.default.copyItem(
      at: Fixtures.demoCorpus, to: work.appendingPathComponent("my-corpus"))
    let report = try run(
      framing, ["report", "my-corpus", "--csv-dir", "out", "--report-dir", "out", "--quiet"],
      in: work)
    #expect(report.status == 0, "\(report.stderr)")
    let scores = try String(
      contentsOf: work.appendingPathComponent("out/scores.csv"), encoding: .utf8)
    #expect(scores.contains("kim-jong-un-labels"))
    #expect(scores.contains("wladimir-putin-labels"))
    let validate = try run(framing, ["lexicon", "validate"], in: work)
    #expect(validate.status == 0)
    #expect(validate.stdout.hasPrefix("\(lexicons.path): "), "\(validate.stdout)")
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func variableAndFlagOverrideTheInstalledLexicons() throws {
    let prefix = try install()
    let framing = prefix.appendingPathComponent("bin/framing")
    let work = try Fixtures.temporaryDirectory()
    let small = Fixtures.url("lexicons-small").path
    let variable = try run(
      framing, ["lexicon", "validate"], in: work, environment: ["FRAMING_LEXICONS": small])
    #expect(variable.stdout.hasPrefix("\(small): "), "\(variable.stdout)")
    let flag = try run(
      framing, ["lexicon", "validate", "--lexicons", small], in: work,
      environment: ["FRAMING_LEXICONS": "/nonexistent"])
    #expect(flag.stdout.hasPrefix("\(small): "), "\(flag.stdout)")
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func errorNamesEveryPlaceLookedInWhenNoneHoldsLexicons() throws {
    // The binary alone, without share/framing/lexicons beside it, in a folder without lexicons.
    let bare = try Fixtures.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: bare.appendingPathComponent("bin"), withIntermediateDirectories: true)
    let framing = bare.appendingPathComponent("bin/framing")
    try FileManager.default.copyItem(at: try #require(Self.binary), to: framing)
    let work = try Fixtures.temporaryDirectory()
    let result = try run(framing, ["lexicon", "validate"], in: work)
    #expect(result.status == 1)
    let beside = bare.standardizedFileURL.path + "/share/framing/lexicons"
    let here = work.standardizedFileURL.path + "/lexicons"
    #expect(
      result.stderr
        == "lexicons: error: no lexicon folder found; looked in --lexicons (not given), FRAMING_LEXICONS (not set), \(beside) (beside the binary), \(here) (the current folder) (give one with --lexicons DIR or FRAMING_LEXICONS=DIR, or install the tool with scripts/install PREFIX)\n"
    )
  }
}
