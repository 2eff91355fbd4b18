import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// `lexicon validate`'s warning: a label one actor's module lists and another's lacks.
@Suite struct LabelGapsTests {
  @Test func perActorModulesWithDifferentLabelsAreWarned() throws {
    let kim = PipelineProbe.module(
      id: "kim", entries: [("Diktator", nil), ("Machthaber", nil)], target: ["=Kim"]
    ).replacingOccurrences(of: "name: Target", with: "name: Kim Jong Un")
    let putin = PipelineProbe.module(
      id: "putin", entries: [("Machthaber", nil), ("Kremlchef", nil)], target: ["=Putin"]
    ).replacingOccurrences(of: "name: Target", with: "name: Wladimir Putin")
      .replacingOccurrences(
        of: "- term: \"Kremlchef\"", with: "- term: \"Kremlchef\"\n        names_target: true")
    let lexicon = try PipelineProbe(modules: [kim, putin]).lexicon
    let warnings = LabelGaps.find(in: lexicon).map(\.description)
    // "Kremlchef" names Putin alone: no warning for Kim's module lacking it.
    #expect(
      warnings == [
        "probe0.yaml:17:15: warning: label 'Diktator' reaches Kim Jong Un (kim) but not Wladimir Putin (putin): list it in a shared inventory (actors: all) or add it to putin"
      ])
  }

  @Test func theBundledInventoryHasNoGaps() throws {
    #expect(LabelGaps.find(in: try Fixtures.defaultLexicon()).isEmpty)
  }
}
