/// Pairs the occurrences of two codings of the same documents, one to one.
///
/// Two occurrences can pair when they are in the same document, have the same target and their
/// spans share at least one scalar (coders and the tool differ on span edges: "Diktator" versus
/// "brutaler Diktator"). Among candidates the largest overlap pairs first, then the closest
/// starts, then document order, so the result does not depend on row order.
public struct Alignment: Sendable {
  /// Indices into the two lists, paired.
  public var pairs: [(test: Int, reference: Int)]
  /// Occurrences of the coding under test that pair with none of the reference.
  public var unpairedTest: [Int]
  /// Occurrences of the reference that pair with none of the coding under test.
  public var unpairedReference: [Int]

  public init(test: [CodedOccurrence], reference: [CodedOccurrence]) {
    var byKey: [String: (test: [Int], reference: [Int])] = [:]
    for (i, o) in test.enumerated() {
      byKey[o.document + "\u{1F}" + o.target, default: ([], [])].test.append(i)
    }
    for (i, o) in reference.enumerated() {
      byKey[o.document + "\u{1F}" + o.target, default: ([], [])].reference.append(i)
    }
    var pairs: [(test: Int, reference: Int)] = []
    var usedTest = Set<Int>()
    var usedReference = Set<Int>()
    for key in byKey.keys.sorted() {
      guard let group = byKey[key] else { continue }
      var candidates: [(overlap: Int, distance: Int, test: Int, reference: Int)] = []
      for t in group.test {
        for r in group.reference where test[t].overlaps(reference[r]) {
          candidates.append(
            (
              test[t].overlap(with: reference[r]), abs(test[t].start - reference[r].start),
              t, r
            ))
        }
      }
      candidates.sort { a, b in
        if a.overlap != b.overlap { return a.overlap > b.overlap }
        if a.distance != b.distance { return a.distance < b.distance }
        if reference[a.reference].start != reference[b.reference].start {
          return reference[a.reference].start < reference[b.reference].start
        }
        return (a.test, a.reference) < (b.test, b.reference)
      }
      for c in candidates where !usedTest.contains(c.test) && !usedReference.contains(c.reference) {
        usedTest.insert(c.test)
        usedReference.insert(c.reference)
        pairs.append((c.test, c.reference))
      }
    }
    pairs.sort { a, b in
      let x = reference[a.reference]
      let y = reference[b.reference]
      return (x.document, x.start, x.end, x.target) < (y.document, y.start, y.end, y.target)
    }
    self.pairs = pairs
    unpairedTest = test.indices.filter { !usedTest.contains($0) }
    unpairedReference = reference.indices.filter { !usedReference.contains($0) }
  }
}
