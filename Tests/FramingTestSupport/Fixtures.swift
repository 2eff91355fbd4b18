import Foundation
import FramingCore

/// Paths to the package's fixtures and data folders, found through `#filePath`.
public enum Fixtures {
  /// The package root (the folder holding Package.swift).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static let directory = packageRoot.appendingPathComponent("Tests/Fixtures")
  public static let lexicons = packageRoot.appendingPathComponent("lexicons")
  public static let demoCorpus = packageRoot.appendingPathComponent("notebooks-data/corpus")

  /// The real seed articles beside the project (`../shared/seeds`), when present.
  public static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/seeds")
  public static var hasSeeds: Bool {
    FileManager.default.fileExists(atPath: seeds.appendingPathComponent("manifest.csv").path)
  }

  public static func url(_ relative: String) -> URL { directory.appendingPathComponent(relative) }

  public static func text(_ relative: String) throws -> String {
    try String(contentsOf: url(relative), encoding: .utf8)
  }

  /// The bundled lexicons, loaded once.
  public static func defaultLexicon() throws -> Lexicon {
    try LexiconLoader.load(directory: lexicons, displayPath: "lexicons")
  }

  /// A fresh temporary folder.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "framing-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes files (relative path → bytes) into a new temporary folder.
  public static func makeFolder(_ files: [String: Data]) throws -> URL {
    let root = try temporaryDirectory()
    for (path, data) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
    return root
  }
}

/// Text with expected spans marked inline: "Der ⟦Diktator⟧ traf den ⟦Kremlchef⟧".
public struct MarkedText {
  public var text: String
  public var spans: [String]

  public init(_ marked: String) {
    var text = ""
    var spans: [String] = []
    var current: String? = nil
    for ch in marked {
      switch ch {
      case "⟦": current = ""
      case "⟧":
        spans.append(current ?? "")
        current = nil
      default:
        text.append(ch)
        if current != nil { current?.append(ch) }
      }
    }
    self.text = text
    self.spans = spans
  }
}

/// Runs text through the pipeline with a lexicon given as YAML, for matching tests.
public struct PipelineProbe {
  public let lexicon: Lexicon
  public let analyzer: DocumentAnalyzer

  public init(modules: [String], boilerplate: String? = nil) throws {
    var parsed: [LexiconModule] = []
    var rules = BoilerplateRules.none
    for (i, yaml) in modules.enumerated() {
      if case .module(let m) = try LexiconParser.parse(yaml, file: "probe\(i).yaml") {
        parsed.append(m)
      }
    }
    if let boilerplate,
      case .boilerplate(let b) = try LexiconParser.parse(boilerplate, file: "boilerplate.yaml")
    {
      rules = b
    }
    lexicon = Lexicon(modules: parsed, boilerplate: rules)
    analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: Matcher(lexicon: lexicon))
  }

  /// A probe with a whole lexicon (the bundled one, say).
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: Matcher(lexicon: lexicon))
  }

  public func analyze(_ text: String) -> DocumentResult {
    analyzer.analyze(
      DocumentSource(id: "probe.txt", outlet: "Probe"), data: Data(text.utf8),
      displayPath: "probe.txt")
  }

  /// Matched texts with their voice: ["Diktator/author", ...].
  public func matched(_ text: String) -> [String] {
    analyze(text).matches.map { "\($0.text)/\($0.voice.rawValue)" }
  }

  /// A one-category module in YAML with the given entries (term, optional patterns).
  public static func module(
    id: String = "probe", weight: Int = -1, entries: [(String, [String]?)], target: [String]? = nil
  ) -> String {
    var yaml = """
      format: 1
      kind: module
      id: \(id)
      title: Probe
      language: de
      version: 1.0.0
      description: A test module.
      scale: {min: -2, max: 2, negative: negative pole, positive: positive pole}

      """
    if let target {
      yaml +=
        "target:\n  name: Target\n  patterns: [\(target.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
    }
    yaml += "categories:\n  - id: only\n    label: Only\n    weight: \(weight)\n    entries:\n"
    for (term, patterns) in entries {
      yaml += "      - term: \"\(term)\"\n        note: test entry\n"
      if let patterns {
        yaml += "        patterns: [\(patterns.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
      }
    }
    return yaml
  }
}
