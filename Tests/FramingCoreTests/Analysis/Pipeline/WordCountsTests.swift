import Testing

@testable import FramingCore

/// Word counts per outlet, each word kept once, written to disk in sorted runs past a limit.
@Suite struct WordCountsTests {
  static func words(_ counts: WordCounts) throws -> [(String, [String: Int])] {
    var seen: [(String, [String: Int])] = []
    try counts.forEachWord { seen.append(($0, $1)) }
    return seen
  }

  static func add(to counts: inout WordCounts) {
    counts.add(outlet: "taz", ["krieg": 2, "diktator": 1])
    counts.add(outlet: "FAZ", ["krieg": 1, "machthaber": 4])
    counts.add(outlet: "taz", ["krieg": 3])
    counts.add(outlet: "Welt", [:])
  }

  @Test func countsAddUpPerOutletAndComeBackInWordOrder() throws {
    var counts = WordCounts()
    Self.add(to: &counts)
    let seen = try Self.words(counts)
    #expect(seen.map(\.0) == ["diktator", "krieg", "machthaber"])
    #expect(seen.map(\.1) == [["taz": 1], ["taz": 5, "FAZ": 1], ["FAZ": 4]])
  }

  // A limit of two pairs writes a run after the first and second document (2 pairs, then
  // 2 again); the third stays in memory. The merge sums "krieg" over all three.
  @Test func runsOnDiskMergeToTheSameCounts() throws {
    var counts = WordCounts(pairLimit: 2)
    Self.add(to: &counts)
    let seen = try Self.words(counts)
    #expect(seen.map(\.0) == ["diktator", "krieg", "machthaber"])
    #expect(seen.map(\.1) == [["taz": 1], ["taz": 5, "FAZ": 1], ["FAZ": 4]])
    // Walked twice (the specificities do), the same.
    #expect(try Self.words(counts).map(\.1) == seen.map(\.1))
  }

  // 500 documents of made-up words over 7 outlets: every limit gives the counts of no limit,
  // non-ASCII words and their order included.
  @Test func anyLimitGivesTheCountsOfNoLimit() throws {
    var documents: [(String, [String: Int])] = []
    var state: UInt64 = 12345
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let syllables = ["ka", "rö", "ß", "mi", "e\u{301}", "zu", "Ü", "an"]
    for _ in 0..<500 {
      var words: [String: Int] = [:]
      for _ in 0..<(1 + next(12)) {
        let word = (0..<(1 + next(4))).map { _ in syllables[next(syllables.count)] }.joined()
        words[word, default: 0] += 1 + next(3)
      }
      documents.append(("outlet-\(next(7))", words))
    }
    var reference = WordCounts()
    for (outlet, words) in documents { reference.add(outlet: outlet, words) }
    let expected = try Self.words(reference)
    #expect(expected.count > 1_000)
    for limit in [1, 17, 300] {
      var counts = WordCounts(pairLimit: limit)
      for (outlet, words) in documents { counts.add(outlet: outlet, words) }
      let seen = try Self.words(counts)
      #expect(seen.map(\.0) == expected.map(\.0))
      #expect(seen.map(\.1) == expected.map(\.1))
    }
  }
}
