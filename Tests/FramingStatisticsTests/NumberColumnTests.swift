import FramingCore
import Testing

@testable import FramingStatistics

/// Long lists of numbers past a limit go to disk; their Benjamini–Hochberg adjustment is the
/// in-memory one, bit for bit.
@Suite struct NumberColumnTests {
  // A linear congruential generator: the same list every run.
  static func pValues(_ count: Int) -> [Double] {
    var state: UInt64 = 20_261_206
    return (0..<count).map { i in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Ties on purpose: every fifth value is one of a few, and some are 1.
      if i % 5 == 0 { return [0.01, 0.2, 1.0][Int(state >> 62) % 3] }
      return Double(state >> 11) / Double(1 << 53)
    }
  }

  @Test func numbersComeBackInOrderFromMemoryAndFromDisk() throws {
    for limit in [1_000, 7] {
      let column = NumberColumn(limit: limit)
      let values = Self.pValues(100)
      for x in values { try column.append(x) }
      try column.finish()
      #expect(column.isInMemory == (limit >= 100))
      var reader = column.reader()
      var back: [Double] = []
      while let x = try reader.next() { back.append(x) }
      #expect(back == values)
    }
  }

  // 1,000 p-values, ties included: on disk in runs of 7 (143 runs), 64 (16) or 1,000 (one), the
  // adjusted values equal benjaminiHochberg(_:) exactly.
  @Test func benjaminiHochbergOnDiskIsTheSameAsInMemory() throws {
    let p = Self.pValues(1_000)
    let expected = MultipleTesting.benjaminiHochberg(p)
    for chunk in [7, 64, 1_000] {
      let column = NumberColumn(limit: 10)
      for x in p { try column.append(x) }
      try column.finish()
      #expect(!column.isInMemory)
      let adjusted = try MultipleTesting.benjaminiHochberg(column, chunk: chunk)
      var reader = adjusted.reader()
      var back: [Double] = []
      while let x = try reader.next() { back.append(x) }
      #expect(back == expected)
    }
    // A column in memory is adjusted in memory.
    let small = NumberColumn()
    for x in p.prefix(20) { try small.append(x) }
    #expect(
      try MultipleTesting.benjaminiHochberg(small).values
        == MultipleTesting.benjaminiHochberg(Array(p.prefix(20))))
  }
}
