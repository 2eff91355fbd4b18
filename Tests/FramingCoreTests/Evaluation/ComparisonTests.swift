import FramingCore
import Testing

@Suite struct ComparisonTests {
  static func o(
    _ start: Int, _ end: Int, _ target: String = "kim-jong-un", _ entry: String = "Diktator",
    voice: Voice = .author, speaker: String = "", cases: [String] = [], document: String = "d"
  ) -> CodedOccurrence {
    CodedOccurrence(
      document: document, start: start, end: end, target: target, entry: entry, voice: voice,
      speaker: speaker, cases: cases)
  }

  @Test func alignsOneToOneByTargetAndLargestOverlap() {
    // Test span 10..<20 overlaps both reference spans; the larger overlap wins, the other stays
    // unpaired. A span of another target never pairs.
    let test = [Self.o(10, 20), Self.o(30, 35, "wladimir-putin")]
    let reference = [Self.o(8, 12), Self.o(12, 22), Self.o(30, 35)]
    let a = Alignment(test: test, reference: reference)
    #expect(a.pairs.map { [$0.test, $0.reference] } == [[0, 1]])
    #expect(a.unpairedTest == [1])
    #expect(a.unpairedReference == [0, 2])
  }

  @Test func countsFoundExactVoiceAndCases() {
    let test = [
      Self.o(0, 8), Self.o(20, 28, voice: .author), Self.o(40, 48, speaker: "Peskow"),
      Self.o(60, 66, "war-names", "Invasion"),
    ]
    let reference = [
      Self.o(0, 8, cases: ["apposition-before"]),
      Self.o(20, 28, voice: .quote, speaker: "KCNA", cases: ["quote-unmarked"]),
      Self.o(90, 99, cases: ["plural"]),
      Self.o(60, 66, "war-names", "Invasion"),
    ]
    var test2 = test
    test2[2] = Self.o(40, 48, voice: .reported, speaker: "Dmitri Peskow")
    let reference2 = reference + [Self.o(40, 48, voice: .reported, speaker: "Peskow")]
    let c = Comparison(test: test2, reference: reference2, scope: ["kim-jong-un", "war-names"])
    let all = c.found[Comparison.Group(dimension: .all, value: "all")]
    #expect(all == Comparison.Cell(matched: 4, test: 4, reference: 5))
    #expect(c.exact[Comparison.Group(dimension: .all, value: "all")]?.matched == 3)
    #expect(c.found[Comparison.Group(dimension: .voice, value: "quote")]?.matched ?? 0 == 0)
    #expect(c.voiceConfusion["quote"]?["author"] == 1)
    #expect(
      c.cases["quote-unmarked"] == Comparison.CaseRecall(reference: 1, found: 1, foundWithVoice: 0))
    #expect(c.cases["plural"] == Comparison.CaseRecall(reference: 1, found: 0, foundWithVoice: 0))
    // "Dmitri Peskow" and "Peskow" are one speaker.
    #expect(c.speakers.correct == 1 && c.speakers.total == 1)
    #expect(c.findings.map(\.kind) == [.wrongVoice, .falseNegative])
    #expect(c.targetUnits.count == 5)
  }

  @Test func scopeLeavesOtherTargetsOut() {
    let c = Comparison(
      test: [Self.o(0, 3, "sourcing", "dpa")],
      reference: [Self.o(0, 3, "other", "Machthaber"), Self.o(5, 9)], scope: ["kim-jong-un"])
    #expect(
      c.found[Comparison.Group(dimension: .all, value: "all")]
        == Comparison.Cell(matched: 0, test: 0, reference: 1))
  }

  @Test func countLevelMatchesTheSmallerCount() {
    let key = CodedCount.Key(document: "d", target: "sourcing", entry: "dpa", voice: .author)
    let other = CodedCount.Key(document: "d", target: "sourcing", entry: "AFP", voice: .author)
    let c = Comparison(
      testCounts: [CodedCount(key: key, count: 3), CodedCount(key: other, count: 1)],
      referenceCounts: [CodedCount(key: key, count: 2)], scope: ["sourcing"])
    #expect(
      c.found[Comparison.Group(dimension: .all, value: "all")]
        == Comparison.Cell(matched: 2, test: 4, reference: 2))
    #expect(c.countUnits == [["1", "0"], ["3", "2"]])
  }

  @Test(arguments: [
    ("Dmitri Peskow", "Peskow", true), ("der Kreml", "Kreml", true), ("KCNA", "TASS", false),
    ("", "Kim Jong Un", false), ("Kim Jong Un", "Kim Jong Un", true),
    ("des südkoreanischen Geheimdienstes", "der südkoreanische Geheimdienst", true),
    ("Kremls", "der Kreml", true),
  ])
  func speakersAgreeBySurname(a: String, b: String, same: Bool) {
    #expect(Comparison.sameSpeaker(a, b) == same)
  }
}
