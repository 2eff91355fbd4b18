import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct LexiconParserTests {
  func errors(_ fixture: String) throws -> [String] {
    let text = try Fixtures.text("lexicons/\(fixture)")
    do {
      _ = try LexiconParser.parse(text, file: "Tests/Fixtures/lexicons/\(fixture)")
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func reportsEveryErrorOfAFileWithLineAndColumn() throws {
    #expect(
      try errors("broken-weight.yaml") == [
        "Tests/Fixtures/lexicons/broken-weight.yaml:13:13: error: invalid weight 'minus eins' (expected a number such as -2, 0 or 1.5)",
        "Tests/Fixtures/lexicons/broken-weight.yaml:17:5: error: missing field 'weight' in a category",
        "Tests/Fixtures/lexicons/broken-weight.yaml:19:5: error: unknown field 'wieght' (did you mean 'weight'?)",
        "Tests/Fixtures/lexicons/broken-weight.yaml:23:15: error: duplicate term 'diktator' (first defined at Tests/Fixtures/lexicons/broken-weight.yaml:21:15)",
      ])
  }

  @Test func anEmptyExceptListIsAnErrorWithItsPlace() throws {
    let text = PipelineProbe.module(entries: [("Westen", nil)]).replacingOccurrences(
      of: "        note: test entry\n", with: "        note: test entry\n        except: []\n")
    var messages: [String] = []
    do {
      _ = try LexiconParser.parse(text, file: "x.yaml")
    } catch {
      messages = error.errors.map(\.description)
    }
    #expect(
      messages == [
        "x.yaml:16:17: error: invalid except '[]' (expected at least one phrase, or no 'except' field)"
      ])
  }

  @Test func reportsYAMLSyntaxErrorWithPlace() throws {
    let found = try errors("broken-syntax.yaml")
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix("Tests/Fixtures/lexicons/broken-syntax.yaml:7:1: error: YAML syntax:")
        == true)
  }

  @Test func rejectsUnsupportedFormatVersion() throws {
    #expect(
      try errors("broken-scale.yaml") == [
        "Tests/Fixtures/lexicons/broken-scale.yaml:1:9: error: unsupported format version '2' (this framing reads 1)"
      ])
  }

  @Test func reportsBadPatternsAndWeightOutsideScale() throws {
    #expect(
      try errors("broken-pattern.yaml") == [
        "Tests/Fixtures/lexicons/broken-pattern.yaml:12:13: error: weight 3 is outside the module's scale -2...2",
        "Tests/Fixtures/lexicons/broken-pattern.yaml:15:20: error: invalid pattern '[Krieg': '[Krieg' has an unclosed [ or a stray ]",
        "Tests/Fixtures/lexicons/broken-pattern.yaml:15:30: error: invalid pattern '[der]': every token is optional",
      ])
  }

  @Test(arguments: [
    (
      "{min: -100000, max: 100000, negative: a, positive: b}",
      [
        "m.yaml:8:14: error: scale min -100000 is beyond ±100 (a stance scale is a few steps, such as -2 to 2)",
        "m.yaml:8:28: error: scale max 100000 is beyond ±100 (a stance scale is a few steps, such as -2 to 2)",
      ]
    ),
    (
      "{min: -1e15, max: 2, negative: a, positive: b}",
      [
        "m.yaml:8:14: error: scale min -1000000000000000 is beyond ±100 (a stance scale is a few steps, such as -2 to 2)"
      ]
    ),
  ])
  func refusesAScaleBeyondAHundredWithItsPlace(scale: String, expected: [String]) {
    // A scale of ±100,000 used to pass and draw a 25 MB chart; ±1e15 never finished.
    let yaml = """
      format: 1
      kind: module
      id: m
      title: M
      language: de
      version: 1.0.0
      description: A huge scale.
      scale: \(scale)
      categories:
        - id: c
          label: C
          weight: 1
          entries:
            - {term: Diktator, note: n}
      """
    do {
      _ = try LexiconParser.parse(yaml, file: "m.yaml")
      Issue.record("expected errors")
    } catch {
      #expect(error.errors.map(\.description) == expected)
    }
  }

  /// A sheet's `=Freunde` imported as `Err:509` used to pass `validate`.
  @Test func refusesSpreadsheetErrorValuesAsTermsAndPatterns() {
    let yaml = """
      format: 1
      kind: module
      id: m
      title: M
      language: de
      version: 1.0.0
      description: Cells that were formulas.
      scale: {min: -2, max: 2, negative: a, positive: b}
      categories:
        - id: c
          label: C
          weight: 1
          entries:
            - {term: Freunde, patterns: ["Err:509"], note: n}
            - {term: "#NAME?", note: n}
      """
    do {
      _ = try LexiconParser.parse(yaml, file: "m.yaml")
      Issue.record("expected errors")
    } catch {
      let why =
        "is a spreadsheet's error value, not a word (a cell typed with a leading '=' became a formula)"
      #expect(
        error.errors.map(\.description) == [
          "m.yaml:14:36: error: invalid pattern 'Err:509': 'Err:509' \(why)",
          "m.yaml:15:16: error: invalid pattern '#NAME?': '#NAME?' \(why)",
        ])
    }
  }

  @Test func reportsNumbersTooLargeForAnIntegerInsteadOfTrapping() {
    // Found by Fuzz/FuzzLexicon (Fuzz/regressions/FuzzLexicon/window-beyond-int).
    let yaml = """
      format: 1
      kind: module
      id: m
      title: M
      language: de
      version: 1.0.0
      description: Huge numbers.
      scale: {min: -2, max: 2, negative: a, positive: b}
      target:
        name: Kim
        patterns: ["=Kim"]
        window: 99999999999999999999
      categories:
        - id: c
          label: C
          weight: 1e20
          entries:
            - {term: Diktator, note: n}
      """
    do {
      _ = try LexiconParser.parse(yaml, file: "m.yaml")
      Issue.record("expected errors")
    } catch {
      #expect(
        error.errors.map(\.description) == [
          "m.yaml:12:11: error: invalid window '1e+20' (expected a whole number of sentences from 1 to 50)",
          "m.yaml:16:13: error: weight 1e+20 is outside the module's scale -2...2",
        ])
    }
  }

  @Test func parsesAModuleWithTargetCategoriesAndEntries() throws {
    let yaml = PipelineProbe.module(
      id: "kim", weight: -2,
      entries: [("Diktator", nil), ("Kim-Regime", ["Kim-Regime", "Regime Kims"])], target: ["=Kim"])
    guard case .module(let module) = try LexiconParser.parse(yaml, file: "kim.yaml") else {
      Issue.record("expected a module")
      return
    }
    #expect(module.id == "kim")
    #expect(module.target?.name == "Target")
    #expect(module.categories.map(\.weight) == [-2])
    #expect(module.entries.map(\.term) == ["Diktator", "Kim-Regime"])
    #expect(module.entries[1].patterns.map(\.source) == ["Kim-Regime", "Regime Kims"])
    #expect(module.entries[0].location.description == "kim.yaml:17:15")
  }

  @Test func citedOnlyIsAFlagOfTheModule() throws {
    let module = PipelineProbe.module(entries: [("Kreml", nil)])
    let cited = module.replacingOccurrences(
      of: "categories:", with: "cited_only: true\ncategories:")
    guard case .module(let parsed) = try LexiconParser.parse(cited, file: "m.yaml") else {
      Issue.record("expected a module")
      return
    }
    #expect(parsed.citedOnly)
    let bad = module.replacingOccurrences(of: "categories:", with: "cited_only: often\ncategories:")
    do {
      _ = try LexiconParser.parse(bad, file: "m.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.errors.map(\.description) == [
          "m.yaml:9:13: error: invalid cited_only 'often' (expected true or false)"
        ])
    }
  }

  @Test func emptyPatternListIsAnErrorNotASilentDrop() throws {
    let yaml = PipelineProbe.module(entries: [("Diktator", [])])
    do {
      _ = try LexiconParser.parse(yaml, file: "m.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.errors.map(\.message) == [
          "invalid patterns '[]' (expected at least one pattern, or no 'patterns' field to use the term)"
        ])
    }
  }

  @Test func rejectsFileThatIsNotUTF8() throws {
    let folder = try Fixtures.makeFolder(["bad.yaml": Data([0x66, 0x6F, 0x0A, 0x80, 0x0A])])
    #expect(throws: LexiconLoadFailure.self) {
      try LexiconParser.parse(
        contentsOf: folder.appendingPathComponent("bad.yaml"), displayPath: "bad.yaml")
    }
    do {
      _ = try LexiconParser.parse(
        contentsOf: folder.appendingPathComponent("bad.yaml"), displayPath: "bad.yaml")
    } catch {
      #expect(error.description == "bad.yaml:2: error: file is not valid UTF-8 (save it as UTF-8)")
    }
  }

  @Test func loaderReportsErrorsOfAllFilesAndDuplicateModules() throws {
    let module = PipelineProbe.module(id: "same", entries: [("Diktator", nil)])
    let folder = try Fixtures.makeFolder([
      "a.yaml": Data(module.utf8), "b.yaml": Data(module.utf8),
      "c.yaml": Data("format: 1\nkind: gadget\n".utf8),
    ])
    do {
      _ = try LexiconLoader.load(directory: folder, displayPath: "lex")
      Issue.record("expected a failure")
    } catch {
      #expect(
        error.errors.map(\.description) == [
          "lex/b.yaml:1:1: error: duplicate module id 'same' (first defined at lex/a.yaml:1:1)",
          "lex/c.yaml:2:7: error: unknown kind 'gadget' (expected 'module' or 'boilerplate')",
        ])
    }
  }
}
