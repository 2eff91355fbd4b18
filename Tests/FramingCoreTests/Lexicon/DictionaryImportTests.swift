import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct DictionaryImportTests {
  /// A LIWC dictionary in the 2007/2015 layout, written for this test.
  static let liwc = """
    %
    1\tBedrohung
    2\tFrieden
    %
    angriff*\t1
    krieg\t1
    gewalt*\t1\t2
    frieden*\t2
    waffen ruhe\t2
    mag\t(02 134)53
    :)\t2
    zorn\t9

    """

  @Test func liwcCarriesCategoriesGlobsAndPhrases() throws {
    let imported = DictionaryImport.liwc(Self.liwc, file: "t.dic")
    #expect(imported.categories.map(\.id) == ["bedrohung", "frieden"])
    #expect(imported.categories[0].terms.map(\.pattern) == ["angriff*", "=krieg", "gewalt*"])
    #expect(imported.categories[1].terms.map(\.pattern) == ["frieden*", "=waffen =ruhe"])
    #expect(imported.categories[1].terms.map(\.line) == [8, 9])
  }

  @Test func liwcListsWhatCannotBeCarriedOver() {
    let imported = DictionaryImport.liwc(Self.liwc, file: "t.dic")
    #expect(
      imported.problems.map(\.description) == [
        "t.dic:7: note: 'gewalt*' is also in category 'bedrohung'; a module lists a term once, so it stays there only (term skipped)",
        "t.dic:10: note: 'mag': conditional LIWC entry '(02 134)53' (depends on the words around it) (term skipped)",
        "t.dic:11: note: ':)': ':)' has no letters (emoticons and punctuation cannot be matched) (term skipped)",
        "t.dic:12: note: 'zorn': unknown category number '9' (term skipped)",
      ])
  }

  @Test func theModuleTextParsesAndMatches() throws {
    let imported = DictionaryImport.liwc(Self.liwc, file: "t.dic")
    let text = imported.moduleText(
      id: "bedrohung", title: "Bedrohung", language: "de", weights: ["bedrohung": -1.5])
    guard case .module(let module) = try LexiconParser.parse(text, file: "new.yaml") else {
      Issue.record("not a module")
      return
    }
    #expect(module.scale.min == -1.5)
    #expect(module.categories.map(\.weight) == [-1.5, 0])
    #expect(module.entries.count == 5)
    let probe = try PipelineProbe(modules: [text])
    let found = probe.analyze(
      "Nach dem Angriff kam die Waffen ruhe, nicht der Krieg und keine Kriege.")
    #expect(
      found.matches.map { module.categories[$0.category].entries[$0.entry].term } == [
        "angriff*", "waffen ruhe", "krieg",
      ])
  }

  @Test func quantedaNestedKeysBecomeCategories() throws {
    let yaml = """
      wirtschaft:
        steuer:
          - steuer*
          - abgabe
        handel: [zoll, "*export"]
      frieden:
        - waffenruhe
        - verhandl?ng
        - "einigung"
      """
    let imported = try DictionaryImport.quanteda(yaml, file: "d.yml")
    #expect(imported.categories.map(\.id) == ["wirtschaft-steuer", "wirtschaft-handel", "frieden"])
    #expect(
      imported.categories.map(\.label) == ["wirtschaft > steuer", "wirtschaft > handel", "frieden"])
    #expect(imported.categories[1].terms.map(\.pattern) == ["=zoll", "*export"])
    #expect(imported.categories[2].terms.map(\.pattern) == ["=waffenruhe", "=einigung"])
    #expect(
      imported.problems.map(\.description) == [
        "d.yml:8: note: 'verhandl?ng': '?' (one-character wildcard) has no equivalent in the pattern language (term skipped)"
      ])
  }

  @Test func aBrokenQuantedaFileIsAnErrorWithItsLine() {
    #expect {
      try DictionaryImport.quanteda("a: [b\nc: d", file: "d.yml")
    } throws: { error in
      "\(error)".hasPrefix("d.yml:")
    }
  }
}
