import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// The bundled lexicon on the issue's noise: sources that are only named, photo and agency
/// credits, and names of the war that belong to another war.
@Suite struct CitedSourcesTests {
  let probe: PipelineProbe

  init() throws { probe = PipelineProbe(lexicon: try Fixtures.defaultLexicon()) }

  func matches(_ text: String, module: String) -> [String] {
    probe.analyze(text).matches.filter { probe.lexicon.modules[$0.module].id == module }.map {
      "\($0.text):\($0.attribution.rule.rawValue):\($0.status.rawValue)"
    }
  }

  @Test func aSourceCountsWhereTheTextCitesIt() {
    #expect(
      matches(
        "Die Offensive hatte den Kreml blamiert. Der Kreml teilte mit, alles laufe nach Plan.",
        module: "sourcing") == ["Kreml:uncited:not-target", "Kreml:cited:counted"])
    #expect(
      matches("Laut Pentagon sind 8000 Soldaten dort. Das Pentagon schweigt.", module: "sourcing")
        == ["Pentagon:cited:counted", "Pentagon:uncited:not-target"])
  }

  @Test func assessingIsCitingButAPlaceIsNot() {
    // "geht von … aus" assesses; "aus dem Kreml" alone is a place, not a citation.
    #expect(
      matches(
        "Der Geheimdienst geht von 8000 Soldaten aus. Der Brief kam aus dem Kreml.",
        module: "sourcing") == ["Geheimdienst:cited:counted", "Kreml:uncited:not-target"])
  }

  @Test func photoAndAgencyCreditsAreNoSources() {
    let result = probe.analyze(
      "Putin empfängt Kim am Kosmodrom. Foto: Keystone/AP/Sputnik\n\nFoto: AFP\n\nKim lobte Putin. (ndm/AFP/dpa/Yonhap)\n"
    )
    #expect(result.matches.filter { probe.lexicon.modules[$0.module].id == "sourcing" }.isEmpty)
    #expect(
      result.removals.map(\.reason) == [
        "photo-credit-end", "photo-credit-end", "agency-credit-end",
      ])
    #expect(result.removals.first?.text == "Foto: Keystone/AP/Sputnik")
  }

  @Test func namesOfTheWarFromTheIssue() {
    #expect(
      matches(
        "Seit dem Angriff Russlands auf die Ukraine und Putins Angriff auf Kiew gilt: Die Aggression gegen die Ukraine geht weiter.",
        module: "war-names")
        == [
          "Angriff Russlands auf die Ukraine:n/a:counted", "Putins Angriff:n/a:counted",
          "Aggression gegen die Ukraine:n/a:counted",
        ])
    // Ukraine's offensive in Kursk is not a name for Russia's war; Putin's war stays his.
    #expect(matches("Die ukrainische Offensive in Kursk überraschte.", module: "war-names") == [])
    let putins = probe.analyze("Putins Krieg in der Ukraine dauert an.").matches.filter {
      probe.lexicon.modules[$0.module].id == "war-names"
    }
    #expect(putins.map(\.text) == ["Putins Krieg in der Ukraine"])
  }
}
