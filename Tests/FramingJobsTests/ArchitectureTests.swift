import Foundation
import FramingTestSupport
import Testing

/// The arrows of ARCHITECTURE.md, checked: every target's dependencies (as `swift package
/// describe` reports them) and imports against the allowed table, and FramingCore's folders
/// referring only to the folders below them.
@Suite struct ArchitectureTests {
  /// What each of our non-test targets may depend on and import (targets and products). A new
  /// target needs a row here and in ARCHITECTURE.md.
  static let allowed: [String: Set<String>] = [
    "FramingCore": ["CStemmer", "CZlib", "Yams", "CSV", "Crypto"],
    "FramingStatistics": ["FramingCore", "CGSL"],
    "FramingReports": ["FramingCore", "FramingStatistics", "Mustache", "CSV"],
    "FramingJobs": ["FramingCore", "FramingStatistics", "FramingReports", "CSV"],
    "framing": [
      "FramingJobs", "FramingReports", "FramingStatistics", "FramingCore", "ArgumentParser",
    ],
    "FramingTestSupport": ["FramingCore", "FramingJobs"],
  ]

  /// Arrows that must never exist, whatever the table above says.
  static let forbidden: [(from: Set<String>, to: Set<String>)] = [
    (["FramingCore"], ["FramingStatistics", "FramingReports", "FramingJobs", "framing"]),
    (["FramingStatistics"], ["FramingReports", "FramingJobs", "framing"]),
    (["FramingReports"], ["FramingJobs", "framing"]),
    (["FramingJobs"], ["framing"]),
    (["FramingCore", "FramingReports", "FramingJobs", "framing", "FramingTestSupport"], ["CGSL"]),
    (["FramingCore", "FramingStatistics", "FramingReports", "FramingJobs"], ["ArgumentParser"]),
  ]

  /// The modules of the table; imports of other modules (Foundation, Dispatch) are not checked.
  static var modules: Set<String> { allowed.values.reduce(Set(allowed.keys)) { $0.union($1) } }

  /// FramingCore's folders, lowest first: a folder may use the types of the folders before it,
  /// never of those after it. A new folder needs a place here and in ARCHITECTURE.md.
  static let coreFolders = [
    "Diagnostics", "Storage", "Corpus", "Text", "Lexicon", "Matching", "Analysis/Attribution",
    "Analysis/Voice", "Analysis/SharedCopy", "Analysis/Pipeline", "Analysis/Exploration",
    "Evaluation",
  ]

  struct Target: Decodable {
    var name: String
    var type: String
    var path: String
    var targetDependencies: [String]?
    var productDependencies: [String]?

    enum CodingKeys: String, CodingKey {
      case name, type, path
      case targetDependencies = "target_dependencies"
      case productDependencies = "product_dependencies"
    }

    var dependencies: Set<String> {
      Set((targetDependencies ?? []) + (productDependencies ?? []))
    }
  }

  /// The package's targets as `swift package describe --type json` reports them. SwiftPM is run
  /// with a scratch folder of its own: the one of the running `swift test` is locked.
  static func targets() throws -> [Target] {
    let scratch = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let run = try ExternalTool.run(
      "/usr/bin/env",
      ["swift", "package", "--scratch-path", scratch.path, "describe", "--type", "json"],
      in: Fixtures.packageRoot)
    #expect(run.status == 0, "swift package describe: \(run.output)")
    // Anything SwiftPM prints before the JSON (a warning) is not part of it.
    let json = run.output.drop(while: { $0 != "{" })
    struct Description: Decodable { var targets: [Target] }
    return try JSONDecoder().decode(Description.self, from: Data(json.utf8)).targets
  }

  /// The modules a Swift file imports (`import X`, `@testable import X`, `internal import X`,
  /// `import struct X.Y`).
  static func imports(_ text: String) -> Set<String> {
    var found: Set<String> = []
    for line in text.split(separator: "\n") {
      var words = line.split(separator: " ").map(String.init)
      while let first = words.first, first.hasPrefix("@") || Self.accessLevels.contains(first) {
        words.removeFirst()
      }
      guard words.first == "import", words.count >= 2 else { continue }
      let path = Self.importKinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
      found.insert(String(path.prefix { $0 != "." }))
    }
    return found
  }

  static let accessLevels: Set<String> = [
    "public", "package", "internal", "fileprivate", "private",
  ]
  static let importKinds: Set<String> = [
    "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
  ]

  /// The Swift files under a folder of the package, by path relative to it.
  static func swiftFiles(in folder: String) throws -> [(path: String, text: String)] {
    let root = Fixtures.packageRoot.appendingPathComponent(folder)
    let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
    return try (paths ?? []).filter { $0.hasSuffix(".swift") }.sorted().map {
      ($0, try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8))
    }
  }

  static let swift: String? = ExternalTool.find("swift")

  @Test(
    .enabled(
      if: swift != nil, "needs `swift` on PATH to run `swift package describe --type json`"))
  func everyTargetDependsOnlyOnWhatTheTableAllows() throws {
    let targets = try Self.targets()
    #expect(targets.contains { $0.name == "FramingCore" }, "no targets read")
    for target in targets where target.type != "system-target" {
      if target.type == "test" {
        // Tests use our targets, never a C library or a product directly.
        let ours = Set(Self.allowed.keys)
        #expect(
          target.dependencies.isSubset(of: ours),
          "\(target.name) depends on \(target.dependencies.subtracting(ours).sorted())")
        continue
      }
      let allowed = try #require(
        Self.allowed[target.name], "\(target.name) is not in the table of ArchitectureTests")
      #expect(
        target.dependencies.isSubset(of: allowed),
        "\(target.name) depends on \(target.dependencies.subtracting(allowed).sorted()), which ARCHITECTURE.md does not allow"
      )
      let imported = Set(
        try Self.swiftFiles(in: target.path).flatMap { Self.imports($0.text) }
      ).intersection(Self.modules).subtracting([target.name])
      #expect(
        imported.isSubset(of: allowed),
        "\(target.name) imports \(imported.subtracting(allowed).sorted()), which ARCHITECTURE.md does not allow"
      )
    }
  }

  @Test func theTableHasNoForbiddenArrow() {
    for (sources, targets) in Self.forbidden {
      for source in sources {
        let arrows = (Self.allowed[source] ?? []).intersection(targets)
        #expect(arrows.isEmpty, "\(source) → \(arrows.sorted()) must never exist")
      }
    }
  }

  @Test func noLibraryImportsWhatItMustNot() throws {
    for (sources, targets) in Self.forbidden {
      for source in sources {
        let folder = source == "FramingTestSupport" ? "Tests/\(source)" : "Sources/\(source)"
        let files = try Self.swiftFiles(in: folder)
        #expect(!files.isEmpty, "no Swift files in \(folder)")
        for file in files {
          let arrows = Self.imports(file.text).intersection(targets)
          #expect(arrows.isEmpty, "\(folder)/\(file.path) imports \(arrows.sorted())")
        }
      }
    }
  }

  @Test func importsAreReadWhateverTheirAttributes() {
    let text = """
      import Foundation
      @testable import FramingReports
      internal import CGSL
      import struct ArgumentParser.ExitCode
      // import FramingJobs
      """
    #expect(Self.imports(text) == ["Foundation", "FramingReports", "CGSL", "ArgumentParser"])
  }

  /// A type declared at the top level of a file of FramingCore, and the folder declaring it.
  static func coreTypes() throws -> [String: Int] {
    let declaration = try NSRegularExpression(
      pattern:
        #"^(?:(?:public|package|internal|fileprivate|private|final|indirect)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+(\w+)"#,
      options: .anchorsMatchLines)
    var folders: [String: Set<Int>] = [:]
    for file in try swiftFiles(in: "Sources/FramingCore") {
      guard let folder = coreFolder(of: file.path) else { continue }
      let text = file.text as NSString
      for match in declaration.matches(
        in: file.text, range: NSRange(location: 0, length: text.length))
      {
        folders[text.substring(with: match.range(at: 1)), default: []].insert(folder)
      }
    }
    // A name declared in two folders says nothing about direction.
    return folders.compactMapValues { $0.count == 1 ? $0.first : nil }
  }

  /// The index in `coreFolders` of the folder holding a file (the longest that matches).
  static func coreFolder(of path: String) -> Int? {
    coreFolders.indices.filter { path.hasPrefix(coreFolders[$0] + "/") }
      .max { coreFolders[$0].count < coreFolders[$1].count }
  }

  @Test func everyFolderOfFramingCoreRefersOnlyDown() throws {
    let types = try Self.coreTypes()
    #expect(types["DocumentResult"] != nil && types["Cleaner"] != nil, "no types read")
    for file in try Self.swiftFiles(in: "Sources/FramingCore") {
      let folder = try #require(
        Self.coreFolder(of: file.path),
        "Sources/FramingCore/\(file.path) is in no folder of ArchitectureTests.coreFolders")
      // Code only: what follows `//` (comments, doc comments) may name any type.
      let code = file.text.split(separator: "\n", omittingEmptySubsequences: false).map {
        line in line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
      }.joined(separator: "\n")
      let higher = types.filter { $0.value > folder }.keys.sorted()
      guard !higher.isEmpty else { continue }
      let pattern = try NSRegularExpression(
        pattern: #"\b("# + higher.joined(separator: "|") + #")\b"#)
      let text = code as NSString
      let named = Set(
        pattern.matches(in: code, range: NSRange(location: 0, length: text.length)).map {
          text.substring(with: $0.range(at: 1))
        })
      #expect(
        named.isEmpty,
        "Sources/FramingCore/\(file.path) (\(Self.coreFolders[folder])) uses \(named.sorted().map { "\($0) (\(Self.coreFolders[types[$0] ?? 0]))" }), from folders above it"
      )
    }
  }
}
