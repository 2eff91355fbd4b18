import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

@Suite struct LexiconCoverageTests {
  static func names(_ key: LexiconCoverage.EntryKey, _ lexicon: Lexicon) -> String {
    let module = lexicon.modules[key.module]
    return module.id + "/" + module.categories[key.category].entries[key.entry].term
  }

  @Test func countsEveryEntryPerOutletAndVoice() throws {
    let lexicon = try Fixtures.defaultLexicon()
    var diagnostics: [Diagnostic] = []
    let coverage = try LexiconCoverage.measure(
      lexicon: lexicon, corpus: FolderCorpus(root: Fixtures.demoCorpus, displayRoot: "corpus"),
      policy: .longestOverall, run: CorpusRun(jobs: 2), diagnostics: &diagnostics)
    #expect(coverage.outlets.count == 5)
    let entries = LexiconCoverage.entries(of: lexicon)
    let byName = Dictionary(uniqueKeysWithValues: entries.map { (Self.names($0, lexicon), $0) })
    let machthaber = try #require(byName["kim-labels/Machthaber"])
    // The six lines `framing kwic Machthaber` shows, all in the outlets' own words.
    #expect(coverage.total(machthaber) == VoiceCounts(author: 6))
    #expect(coverage.counts[machthaber]?["Nordstadt Kurier"] == VoiceCounts(author: 3))
    let tyrann = try #require(byName["kim-labels/Tyrann"])
    #expect(coverage.total(tyrann).total == 0)
    // The same words matched by two entries of one module: the longer phrase wins in counts.
    let text = coverage.overlaps.filter { $0.kind == .text }.map {
      Self.names($0.entry, lexicon) + " ~ " + Self.names($0.other, lexicon)
    }
    #expect(text.contains("war-names/militärische Spezialoperation ~ war-names/Spezialoperation"))
  }

  @Test func findsTermsThatAnotherEntryMatches() throws {
    let lexicon = try Fixtures.defaultLexicon()
    let pairs = LexiconCoverage.termOverlaps(lexicon).map {
      Self.names($0.entry, lexicon) + " ~ " + Self.names($0.other, lexicon)
    }
    #expect(
      pairs == [
        "kim-labels/Autokrat ~ putin-labels/Autokrat",
        "kim-labels/Staatsoberhaupt ~ putin-labels/Staatsoberhaupt",
      ])
  }
}
