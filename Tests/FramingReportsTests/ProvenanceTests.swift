import Foundation
import FramingCore
import FramingReports
import Testing

@Suite struct ProvenanceTests {
  // date -u -d @1718755200 +%F → 2024-06-19
  @Test func dateHonoursSourceDateEpoch() {
    #expect(Provenance.outputDate(environment: ["SOURCE_DATE_EPOCH": "1718755200"]) == "2024-06-19")
  }

  // python3 -c "import hashlib; s = sum(int.from_bytes(hashlib.sha256(f'{h}  {n}\n'.encode()).digest(),
  //   'big') for n, h in [('a.txt', 'aaa'), ('b.txt', 'bbb')]) % 2**256;
  //   print(hashlib.sha256(s.to_bytes(32, 'big')).hexdigest())"
  //   → be032993ef3b3fa42e44308e446a9798a73b93ff46fae2dfd7febc0172ad4282
  @Test func corpusChecksumIsAnOrderFreeSumOfTheFilesHashes() {
    var one = MultisetChecksum()
    one.add(name: "a.txt", sha256: "aaa")
    one.add(name: "b.txt", sha256: "bbb")
    var two = MultisetChecksum()
    two.add(name: "b.txt", sha256: "bbb")
    two.add(name: "a.txt", sha256: "aaa")
    #expect(one.hex == "be032993ef3b3fa42e44308e446a9798a73b93ff46fae2dfd7febc0172ad4282")
    #expect(two.hex == one.hex)
    two.add(name: "c.txt", sha256: "ccc")
    #expect(two.hex != one.hex)
  }

  @Test func dateFallsBackToNowWithoutOrWithABadEpoch() {
    let now = Date(timeIntervalSince1970: 86_400 * 365)
    #expect(Provenance.outputDate(environment: [:], now: now) == "1971-01-01")
    #expect(
      Provenance.outputDate(environment: ["SOURCE_DATE_EPOCH": "soon"], now: now) == "1971-01-01")
  }

  // printf 'aaa  a.txt\nbbb  b.txt\n' | sha256sum (sorted by path, sha256sum's line format)
  // → 677ca4a25965f1740b79f8f2bf9c006bb2298f531d8650a2cce9fc5f071dc98f
  @Test func combinedChecksumIsOrderIndependent() {
    let one = Provenance.combinedChecksum([("b.txt", "bbb"), ("a.txt", "aaa")])
    let two = Provenance.combinedChecksum([("a.txt", "aaa"), ("b.txt", "bbb")])
    #expect(one == two)
    #expect(one == "677ca4a25965f1740b79f8f2bf9c006bb2298f531d8650a2cce9fc5f071dc98f")
  }
}
