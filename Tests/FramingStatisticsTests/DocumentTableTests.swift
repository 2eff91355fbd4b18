import FramingCore
import Testing

@testable import FramingStatistics

/// The per-module document rows the document-level tests and the stance bootstrap read
/// (`DocumentTable`), kept as flat columns.
@Suite struct DocumentTableTests {
  static let module = """
    format: 1
    kind: module
    id: labels
    title: Labels
    language: de
    version: 1.0.0
    description: For tests.
    scale: {min: -2, max: 2, negative: bad, positive: good}
    categories:
      - id: delegitimizing
        label: Delegitimierend
        weight: -2
        entries:
          - term: Diktator
            note: A term.
      - id: neutral
        label: Neutral
        weight: 0
        entries:
          - term: Staatschef
            note: A term.
      - id: official
        label: Offiziell
        weight: 1
        entries:
          - term: Genosse
            note: A term.
    """

  static func table() throws -> DocumentTable {
    guard case .module(let module) = try LexiconParser.parse(Self.module, file: "labels.yaml")
    else {
      Issue.record("the text is a module")
      throw CancellationError()
    }
    let lexicon = Lexicon(modules: [module], boilerplate: .none)
    var table = DocumentTable(outlets: ["A", "B"], lexicon: lexicon, voice: VoiceFilter(.all))
    table.append(module: 0, outlet: 0, counts: [2, 0, 1])
    table.append(module: 0, outlet: 1, counts: [0, 3, 0])
    table.append(module: 0, outlet: 0, counts: [0, 0, 4])
    return table
  }

  @Test func columnsComeBackAsAddedWithTheirOutlets() throws {
    let table = try Self.table()
    let all = table.columns(module: 0, outlets: [0, 1])
    #expect(all.outlets == [0, 1, 0])
    #expect(all.counts == [2, 0, 1, 0, 3, 0, 0, 0, 4])
    let a = table.columns(module: 0, outlets: [0])
    #expect(a.outlets == [0, 0])
    #expect(a.counts == [2, 0, 1, 0, 0, 4])
    #expect(table.documents(module: 0) == 3)
    #expect(table.matches(module: 0) == 10)
    #expect(table.documentsWithMatches(module: 0) == [2, 1])
  }

  // Outlet A: document 1 has weights 2 × −2 + 1 × 1 = −3 over 3 matches, document 2 4 × 1 = 4
  // over 4; it uses the weights −2 and 1. Outlet B: 3 × 0 = 0 over 3, the weight 0 only.
  @Test func stanceDocumentsAndWeightsArePerOutlet() throws {
    let table = try Self.table()
    #expect(
      table.stanceDocuments(outlet: 0, module: 0) == [
        .init(weightSum: -3, matches: 3), .init(weightSum: 4, matches: 4),
      ])
    #expect(table.stanceDocuments(outlet: 1, module: 0) == [.init(weightSum: 0, matches: 3)])
    #expect(table.weightsUsed(outlet: 0, module: 0) == [-2, 1])
    #expect(table.weightsUsed(outlet: 1, module: 0) == [0])
  }

  // 300 does not fit the 8-bit column: that document keeps its counts whole.
  @Test func aCountPastEightBitsIsKeptWhole() throws {
    var table = try Self.table()
    table.append(module: 0, outlet: 1, counts: [300, 0, 1])
    table.append(module: 0, outlet: 1, counts: [1, 1, 1])
    let b = table.columns(module: 0, outlets: [1])
    #expect(b.outlets == [1, 1, 1])
    #expect(b.counts == [0, 3, 0, 300, 0, 1, 1, 1, 1])
    #expect(table.stanceDocuments(outlet: 1, module: 0)[1] == .init(weightSum: -599, matches: 301))
    #expect(table.matches(module: 0) == 10 + 301 + 3)
    #expect(table.documentsWithMatches(module: 0) == [2, 3])
  }
}
