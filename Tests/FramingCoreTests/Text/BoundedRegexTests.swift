import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Boilerplate rules cannot stall a run (issue 22: the shipped `photo-credit` rule took about
/// 2.5 s on a crafted 150-byte line).
@Suite struct BoundedRegexTests {
  static let oldPhotoCredit =
    #"(Foto|Bild|Quelle)?:?\s*[\p{L}.\- ]+(/\s*[\p{L}.\- ]+)*\s*/\s*(AP|dpa|AFP|Reuters|Imago|Getty Images|Keystone|picture alliance|epa|Sputnik|KCNA)"#

  func rules(_ rule: String) throws(LexiconLoadFailure) -> BoilerplateRules? {
    let yaml = """
      format: 1
      kind: boilerplate
      id: test
      rules:
        - id: slow
          scope: line
          pattern: '\(rule)'
          note: test rule
      """
    guard case .boilerplate(let rules) = try LexiconParser.parse(yaml, file: "b.yaml") else {
      return nil
    }
    return rules
  }

  @Test func aBacktrackingRuleIsRefusedAtLoadNamingItsFileAndLine() {
    do {
      _ = try rules(Self.oldPhotoCredit)
      Issue.record("the rule loaded")
    } catch {
      #expect(
        error.errors.map(\.diagnostic.description) == [
          "b.yaml:7:14: error: rule 'slow' backtracks catastrophically (the 97-character line "
            + "'a/ a/ a/ …!' takes over 1260000 steps); make it linear with possessive "
            + "quantifiers (*+, ++) or atomic groups (?>…)"
        ])
    }
  }

  @Test func theShippedRulesAllPassTheProbe() throws {
    let lexicon = try Fixtures.defaultLexicon()
    #expect(lexicon.boilerplate.rules.count > 10)
    for rule in lexicon.boilerplate.rules {
      #expect(BoundedRegex.catastrophicProbe(rule.regex) == nil, "\(rule.id)")
    }
  }

  @Test(arguments: [
    ("Foto: Max Mustermann / dpa", true), ("Foto: picture alliance / dpa", true),
    ("Quelle: A. Müller/ AFP", true), ("Foto: Kim / KCNA / AP", true),
    ("Foto: x / Getty Images", true), ("Foto:Name/dpa", true), ("Foto / dpa", true),
    ("Foto: Anna-Lena Ober / picture alliance", true), ("Foto: J. R. / AP", true),
    ("Bild: Reuters", false), ("Foto: Getty Images", false), ("Foto: Name / dpa Text", false),
    ("Foto: dpa", false), ("/ dpa", false), ("Name - / - dpa", false),
  ])
  func theRewrittenPhotoCreditMatchesWhatTheOldOneMatched(line: String, isCredit: Bool) throws {
    let lexicon = try Fixtures.defaultLexicon()
    let rule = try #require(lexicon.boilerplate.rules.first { $0.id == "photo-credit" })
    let old = try NSRegularExpression(
      pattern: "^(?:\(Self.oldPhotoCredit))$", options: [.caseInsensitive])
    let range = NSRange(location: 0, length: (line as NSString).length)
    #expect((old.firstMatch(in: line, range: range) != nil) == isCredit)
    #expect(
      (BoundedRegex.firstMatch(rule.regex, in: line, options: .anchored, range: range) != .noMatch)
        == isCredit)
  }

  @Test func theCraftedLineIsDecidedWithinItsBudgetAndKept() throws {
    let lexicon = try Fixtures.defaultLexicon()
    let line = "Foto: " + String(repeating: "a  /  ", count: 24) + "x!"
    let result = Cleaner(rules: lexicon.boilerplate).clean(Array(line.unicodeScalars))
    #expect(result.exceeded.isEmpty)
    #expect(result.removals.isEmpty)
    #expect(result.text.paragraphs.count == 1)
  }

  @Test func aRuleThatRunsOutOfBudgetIsReportedAndTheLineKept() throws {
    // `(x+x+)+y` passes the probe (its letters are not in the probe alphabet) but backtracks
    // exponentially on x…x!: the budget stops it, and the analysis says so.
    let probe = try PipelineProbe(
      modules: [PipelineProbe.module(entries: [("Diktator", nil)])],
      boilerplate: """
        format: 1
        kind: boilerplate
        id: b
        rules:
          - {id: exponential, scope: line, pattern: '(x+x+)+y', note: A slow rule.}
        """)
    let text = "Der Diktator.\n" + String(repeating: "x", count: 40) + "!"
    let result = probe.analyze(text)
    #expect(
      result.diagnostics.map(\.description).contains(
        "probe.txt:2: warning: boilerplate rule 'exponential' (boilerplate.yaml:5:10) ran out of "
          + "its step budget on this line (its pattern backtracks); the line was kept"))
    #expect(result.removals.isEmpty)
    #expect(result.matches.map(\.text) == ["Diktator"])
  }
}
