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
    let machthaber = try #require(byName["kim-jong-un-labels/Machthaber"])
    // The six lines `framing kwic Machthaber` shows, all in the outlets' own words.
    #expect(coverage.total(machthaber) == VoiceCounts(author: 6))
    #expect(coverage.counts[machthaber]?["Nordstadt Kurier"] == VoiceCounts(author: 3))
    let tyrann = try #require(byName["kim-jong-un-labels/Tyrann"])
    #expect(coverage.total(tyrann).total == 0)
    // The same words matched by two entries of one module: the longer phrase wins in counts.
    let text = coverage.overlaps.filter { $0.kind == .text }.map {
      Self.names($0.entry, lexicon) + " ~ " + Self.names($0.other, lexicon)
    }
    #expect(text.contains("war-names/militärische Spezialoperation ~ war-names/Spezialoperation"))
  }

  @Test func findsTermsThatAnotherEntryMatches() throws {
    // Two per-actor modules that both list "Autokrat", and a glob that takes another's term.
    let probe = try PipelineProbe(modules: [
      PipelineProbe.module(id: "a", entries: [("Autokrat", nil), ("Diktator", ["*diktator"])]),
      PipelineProbe.module(id: "b", entries: [("Autokrat", nil), ("Militärdiktator", nil)]),
    ])
    let pairs = LexiconCoverage.termOverlaps(probe.lexicon).map {
      Self.names($0.entry, probe.lexicon) + " ~ " + Self.names($0.other, probe.lexicon)
    }
    // The term "Militärdiktator" is what the glob of "Diktator" takes.
    #expect(pairs == ["a/Autokrat ~ b/Autokrat", "b/Militärdiktator ~ a/Diktator"])
  }

  @Test func oneSharedEntryIsNotAnOverlapWithItself() throws {
    // The bundled labels are one inventory applied to every actor: "Autokrat" in Kim's and
    // Putin's modules is the same entry, not two entries that compete.
    let lexicon = try Fixtures.defaultLexicon()
    #expect(LexiconCoverage.termOverlaps(lexicon).isEmpty)
  }

  /// Coverage totals mixed counted, not-target and distanced uses: a label about Lukaschenko
  /// looked like coverage of Kim.
  @Test func splitsEveryEntrysMatchesByStatus() throws {
    let lexicon = try Fixtures.defaultLexicon()
    let corpus = try Fixtures.makeFolder([
      "blatt/a.txt": Data(
        """
        Machthaber Kim Jong Un empfing Putin. Der Machthaber Lukaschenko schwieg.

        Der sogenannte Diktator Kim Jong Un lächelte.
        """.utf8)
    ])
    var diagnostics: [Diagnostic] = []
    let coverage = try LexiconCoverage.measure(
      lexicon: lexicon, corpus: FolderCorpus(root: corpus, displayRoot: "c"),
      policy: .longestOverall, run: CorpusRun(jobs: 1), diagnostics: &diagnostics)
    let entries = LexiconCoverage.entries(of: lexicon)
    let byName = Dictionary(uniqueKeysWithValues: entries.map { (Self.names($0, lexicon), $0) })
    let machthaber = try #require(byName["kim-jong-un-labels/Machthaber"])
    let diktator = try #require(byName["kim-jong-un-labels/Diktator"])
    #expect(coverage.total(machthaber).total == 2)
    #expect(coverage.count(machthaber, .counted) == 1)
    #expect(coverage.count(machthaber, .notTarget) == 1)
    #expect(coverage.count(diktator, .distanced) == 1)
    #expect(coverage.count(diktator, .counted, outlet: "blatt") == 0)
  }
}
