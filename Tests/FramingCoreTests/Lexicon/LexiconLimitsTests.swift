import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Huge and hostile lexicon files: they load, or fail with file, line and column.
@Suite struct LexiconLimitsTests {
  static let header = """
    format: 1
    kind: module
    id: huge
    title: Huge
    language: de
    version: 1.0.0
    description: Generated for a test.
    scale: {min: -2, max: 2, negative: negative pole, positive: positive pole}
    categories:
      - id: only
        label: Only
        weight: WEIGHT
        entries:

    """

  /// A module with `count` distinct entries ("Begriffaa", "Begriffab", ...).
  static func module(entries count: Int, weight: String = "-1") -> String {
    var yaml = header.replacingOccurrences(of: "WEIGHT", with: weight)
    yaml.reserveCapacity(count * 40)
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    for i in 0..<count {
      var suffix = ""
      var n = i
      repeat {
        suffix.append(letters[n % 26])
        n /= 26
      } while n > 0
      yaml += "      - {term: Begriff\(suffix), note: generated}\n"
    }
    return yaml
  }

  @Test func aHundredThousandEntriesLoadAndMatch() throws {
    let yaml = Self.module(entries: 100_000)
    let parsed = try LexiconParser.parse(yaml, file: "huge.yaml")
    guard case .module(let module) = parsed else {
      Issue.record("not a module")
      return
    }
    let lexicon = Lexicon(modules: [module], boilerplate: .none)
    let matcher = Matcher(lexicon: lexicon)
    #expect(module.entries.count == 100_000)
    let analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: matcher)
    let result = analyzer.analyze(
      DocumentSource(id: "a", outlet: "o"), data: Data("Der Begriffzzb und Begriffa.".utf8),
      displayPath: "a")
    #expect(result.matches.map(\.text) == ["Begriffzzb", "Begriffa"])
  }

  @Test func aBadWeightIsReportedWithItsLine() throws {
    let yaml = Self.module(entries: 3, weight: "sehr negativ")
    do {
      _ = try LexiconParser.parse(yaml, file: "w.yaml")
      Issue.record("a bad weight was accepted")
    } catch {
      #expect(
        error.description
          == "w.yaml:12:13: error: invalid weight 'sehr negativ' (expected a number such as -2, 0 or 1.5)"
      )
    }
  }

  /// "Billion laughs": nine levels of ten aliases each would expand to 10⁹ strings.
  static let aliasBomb: String = {
    var yaml = header.replacingOccurrences(of: "WEIGHT", with: "-1")
    yaml += "      - term: Diktator\n        note: &l0 \"lol\"\n"
    for level in 1...9 {
      let refs = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
      yaml +=
        "      - term: Wort\(level)\n        note: x\n        patterns: &l\(level) [\(refs)]\n"
    }
    return yaml
  }()

  @Test func aYAMLAliasBombIsRejectedWithoutExpandingIt() throws {
    let start = DispatchTime.now().uptimeNanoseconds
    do {
      _ = try LexiconParser.parse(Self.aliasBomb, file: "bomb.yaml")
      Issue.record("an alias bomb was accepted")
    } catch {
      #expect(
        error.description
          == "bomb.yaml:15:15: error: YAML syntax: anchor '&l0': anchors and aliases are not allowed in lexicon files (write the values out)"
      )
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    #expect(seconds < 5, "took \(seconds) s")
  }

  @Test func anAliasBombInAFolderFailsTheLoad() throws {
    let folder = try Fixtures.makeFolder(["de/bomb.yaml": Data(Self.aliasBomb.utf8)])
    #expect(throws: LexiconLoadFailure.self) {
      try LexiconLoader.load(directory: folder, displayPath: "lexicons")
    }
  }
}
