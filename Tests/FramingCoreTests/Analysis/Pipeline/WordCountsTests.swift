import Testing

@testable import FramingCore

/// Word counts per outlet, each word kept once.
@Suite struct WordCountsTests {
  @Test func countsAddUpPerOutletAndComeBackInWordOrder() {
    var counts = WordCounts()
    counts.add(outlet: "taz", ["krieg": 2, "diktator": 1])
    counts.add(outlet: "FAZ", ["krieg": 1, "machthaber": 4])
    counts.add(outlet: "taz", ["krieg": 3])
    counts.add(outlet: "Welt", [:])
    #expect(counts.vocabularySize == 3)
    #expect(counts.count("krieg", outlet: "taz") == 5)
    #expect(counts.count("krieg", outlet: "FAZ") == 1)
    #expect(counts.count("diktator", outlet: "FAZ") == 0)
    #expect(counts.count("frieden", outlet: "taz") == 0)
    var seen: [(String, [String: Int])] = []
    counts.forEachWord { seen.append(($0, $1)) }
    #expect(seen.map(\.0) == ["diktator", "krieg", "machthaber"])
    #expect(seen.map(\.1) == [["taz": 1], ["taz": 5, "FAZ": 1], ["FAZ": 4]])
  }
}
