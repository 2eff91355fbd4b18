import Foundation
import FramingTestSupport
import Testing

/// The built `framing`, interrupted and fed bad input, as a user would run it.
@Suite(.serialized) struct InterruptionTests {
  static let binary = BinaryTests.binary
  static let lexicons = Fixtures.url("lexicons-small").path

  /// Every file below `folder`: relative path → bytes.
  static func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.resolvingSymlinksInPath().path
    guard
      let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    else { return [:] }
    for case let url as URL in enumerator {
      let path = url.resolvingSymlinksInPath().path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      files[String(path.dropFirst(base.count + 1))] = (try? Data(contentsOf: url)) ?? Data()
    }
    return files
  }

  /// A corpus of 3 outlets × 40 articles of about 5 kB: a few seconds of work.
  static func largeCorpus(at root: URL) throws {
    let sentence =
      "Der Diktator Kim Jong Un traf am Mittwoch den Machthaber, sagte ein Sprecher in Berlin. "
    for outlet in ["Kurier", "Blatt", "Post"] {
      for n in 0..<40 {
        let url = root.appendingPathComponent("\(outlet)/\(n).txt")
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(String(repeating: sentence, count: 55).utf8).write(to: url)
      }
    }
  }

  func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let result = try ExternalTool.run(try #require(Self.binary).path, arguments, in: folder)
    return (result.status, result.output)
  }

  @Test(
    .enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"),
    arguments: [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")])
  func aSignalLeavesThePreviousReportsAndNoTemporaryFiles(signal: Int32, name: String) throws {
    let work = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let csv = work.appendingPathComponent("out/csv")
    let reports = work.appendingPathComponent("out/reports")
    let outputs = ["--csv-dir", csv.path, "--report-dir", reports.path]
    // The previous reports, from the small fixture corpus.
    let previous = try run(
      ["report", Fixtures.url("corpus-small").path, "--lexicons", Self.lexicons, "--quiet"]
        + outputs, in: work)
    #expect(previous.status == 0, "\(previous.output)")
    let corpus = work.appendingPathComponent("corpus")
    try Self.largeCorpus(at: corpus)
    let before = Self.snapshot(work)
    #expect(before.keys.contains("out/reports/overview.md"))

    let process = Process()
    process.executableURL = try #require(Self.binary)
    process.arguments =
      ["report", corpus.path, "--lexicons", Self.lexicons, "--jobs", "1"] + outputs
    process.currentDirectoryURL = work
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    #expect(process.isRunning, "the run ended before the signal: make the corpus larger")
    kill(process.processIdentifier, signal)
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 128 + signal)
    #expect(output.contains("framing: interrupted by \(name); no output file was changed"))
    // The previous reports byte for byte, no temporary or backup file, nothing new anywhere.
    let after = Self.snapshot(work)
    #expect(after.keys.sorted() == before.keys.sorted())
    #expect(after == before)
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func badArticlesAreSkippedOrReadWithWarnings() throws {
    let outside = try Fixtures.makeFolder(["secret.txt": Data("Der Diktator.".utf8)])
    let utf16 = "Der Diktator kam.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let corpus = try Fixtures.makeFolder([
      "Kurier/gut.txt": Data("Der Diktator Kim Jong Un reiste ab.".utf8),
      "Kurier/leer.txt": Data(),
      "Kurier/bild.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
      "Kurier/nul.txt": Data("Der Machthaber\0Kim reiste ab und kam nach einer Weile zurück.".utf8),
      "Blatt/utf16.txt": Data(utf16),
      "Blatt/latin.txt": Data([
        0x44, 0x65, 0x72, 0x20, 0x44, 0x69, 0x6B, 0x74, 0x61, 0x74, 0x6F, 0x72, 0x20, 0xFC,
      ]),
    ])
    try FileManager.default.createSymbolicLink(
      atPath: corpus.appendingPathComponent("Blatt/link.txt").path,
      withDestinationPath: outside.appendingPathComponent("secret.txt").path)
    let out = try Fixtures.temporaryDirectory()
    let result = try run(
      [
        "report", corpus.path, "--lexicons", Self.lexicons, "--csv-dir", out.path, "--report-dir",
        out.path,
      ],
      in: out)
    #expect(result.status == 0, "\(result.output)")
    let c = corpus.path
    let secret = try #require(
      realpath(outside.appendingPathComponent("secret.txt").path, nil).map { p in
        defer { free(p) }
        return String(cString: p)
      })
    for line in [
      "\(c)/Blatt/link.txt: warning: symbolic link to '\(secret)', outside the corpus folder; not read (document skipped)",
      "\(c)/Kurier/leer.txt: warning: empty file (document skipped)",
      "\(c)/Kurier/bild.txt: warning: binary file (looks like a PNG image), not an article (document skipped)",
      "\(c)/Kurier/nul.txt:1: warning: 1 NUL byte in the text, read as space",
      "\(c)/Blatt/utf16.txt: warning: no byte-order mark; read as UTF-16LE (recognized by its NUL bytes)",
      "\(c)/Blatt/latin.txt:1: warning: not valid UTF-8; decoded as Windows-1252",
      "framing: 4 documents, 2 outlets,",
    ] {
      #expect(result.output.contains(line), "missing: \(line)\n\(result.output)")
    }
    let diagnostics = try String(
      contentsOf: out.appendingPathComponent("diagnostics.csv"), encoding: .utf8)
    #expect(diagnostics.contains("Blatt/link.txt"))
    #expect(!diagnostics.contains("Der Diktator."))
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func aManifestPathOutOfTheCorpusFailsNamingTheLine() throws {
    let corpus = try Fixtures.makeFolder([
      "manifest.csv": Data("file,outlet,date,title\na.txt,K,,A\n../../etc/passwd,K,,B\n".utf8),
      "a.txt": Data("Der Diktator.".utf8),
    ])
    let out = try Fixtures.temporaryDirectory()
    let result = try run(
      [
        "report", corpus.path, "--lexicons", Self.lexicons, "--csv-dir", out.path, "--report-dir",
        out.path,
      ],
      in: out)
    #expect(result.status == 1)
    #expect(
      result.output.contains(
        "\(corpus.path)/manifest.csv:3: error: file '../../etc/passwd' points outside the corpus folder"
      ))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test(.enabled(if: binary != nil, "the framing binary is not built (run `swift build` first)"))
  func anAliasBombLexiconFailsNamingTheLine() throws {
    var yaml = try String(contentsOf: Fixtures.url("lexicons-small/labels.yaml"), encoding: .utf8)
    yaml +=
      "\n# a bomb\nx0: &x0 [lol, lol]\nx1: &x1 [*x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0]\n"
    let lexicons = try Fixtures.makeFolder(["bomb.yaml": Data(yaml.utf8)])
    let out = try Fixtures.temporaryDirectory()
    let result = try run(
      [
        "report", Fixtures.url("corpus-small").path, "--lexicons", lexicons.path, "--csv-dir",
        out.path,
        "--report-dir", out.path,
      ], in: out)
    #expect(result.status == 1)
    #expect(result.output.contains("bomb.yaml:"))
    #expect(
      result.output.contains(
        "error: YAML syntax: anchor '&x0': anchors and aliases are not allowed"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }
}
