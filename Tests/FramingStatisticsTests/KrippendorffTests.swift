import FramingStatistics
import Testing

@Suite struct KrippendorffTests {
  // python3 -c "import krippendorff,numpy as np; m={'a':1,'b':2,'c':3,'none':4};
  //   A='a a b c none b a c'.split(); B='a b b c a b a b'.split();
  //   print(krippendorff.alpha(reliability_data=np.array([[m[x] for x in A],[m[x] for x in B]],float),
  //   level_of_measurement='nominal'))"  → 0.48275862068965514  (krippendorff 0.8)
  @Test func nominalAlphaOfTwoCodersMatchesTheReference() throws {
    let a = ["a", "a", "b", "c", "none", "b", "a", "c"]
    let b = ["a", "b", "b", "c", "a", "b", "a", "b"]
    let units = zip(a, b).map { [Optional($0), Optional($1)] }
    #expect(abs(try Krippendorff.alpha(units) - 0.48275862068965514) < 1e-12)
  }

  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example of 4 coders
  // and 12 units with missing values; python3 krippendorff.alpha(reliability_data=rd, …)
  //   nominal → 0.743421052631579, interval → 0.8491071428571428 (the paper: 0.743, 0.849).
  static let paper: [[Double?]] = [
    [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
  ]

  @Test func alphaWithMissingValuesMatchesKrippendorffsExample() throws {
    let units = Self.paper.map { $0.map { $0.map { String(Int($0)) } } }
    #expect(abs(try Krippendorff.alpha(units, metric: .nominal) - 0.743421052631579) < 1e-12)
    #expect(abs(try Krippendorff.alpha(units, metric: .interval) - 0.8491071428571428) < 1e-12)
  }

  // krippendorff.alpha(reliability_data=[[1,2,0,4,5],[1,3,0,2,5]], level_of_measurement='interval')
  //   → 0.8598130841121495
  @Test func intervalAlphaOfCountsMatchesTheReference() throws {
    let units = [["1", "1"], ["2", "3"], ["0", "0"], ["4", "2"], ["5", "5"]].map {
      $0.map { Optional($0) }
    }
    #expect(abs(try Krippendorff.alpha(units, metric: .interval) - 0.8598130841121495) < 1e-12)
  }

  @Test func perfectAgreementIsOne() throws {
    let units = [["x", "x"], ["y", "y"], ["none", "none"]].map { $0.map { Optional($0) } }
    #expect(try Krippendorff.alpha(units) == 1)
  }

  @Test func alphaIsUndefinedWithoutVariation() {
    #expect(throws: StatisticsError.self) {
      try Krippendorff.alpha([["x", "x"], ["x", "x"]].map { $0.map { Optional($0) } })
    }
    #expect(throws: StatisticsError.self) { try Krippendorff.alpha([["x", nil]]) }
  }
}

@Suite struct PrecisionRecallTests {
  // statsmodels.stats.proportion.proportion_confint(673, 759, method='wilson')
  //   → (0.8621686797400266, 0.9073227961263556)
  @Test func sharesCarryWilsonIntervals() throws {
    let s = try PrecisionRecall(matched: 673, test: 759, reference: 1063)
    #expect(abs((s.precision ?? 0) - 673.0 / 759.0) < 1e-12)
    #expect(abs((s.recall ?? 0) - 673.0 / 1063.0) < 1e-12)
    #expect(abs((s.f1 ?? 0) - 2 * 673.0 / (759.0 + 1063.0)) < 1e-12)
    #expect(abs((s.precisionInterval?.lower ?? 0) - 0.8621686797400266) < 1e-9)
    #expect(abs((s.precisionInterval?.upper ?? 0) - 0.9073227961263556) < 1e-9)
  }

  @Test func emptySidesAreNotComputed() throws {
    let s = try PrecisionRecall(matched: 0, test: 0, reference: 4)
    #expect(s.precision == nil && s.precisionInterval == nil)
    #expect(s.recall == 0)
    #expect(s.f1 == 0)
    #expect(throws: StatisticsError.self) { try PrecisionRecall(matched: 3, test: 2, reference: 5) }
  }

  // proportion_confint(3, 4, method='wilson') → (0.30064184258240184, 0.9544127391902995)
  @Test func entryPrecisionFlagsBelowTheThreshold() throws {
    let p = try EntryPrecision(
      module: "kim-labels", entry: "Führer", sampled: 5, judged: 4, correct: 3, threshold: 0.8)
    #expect(p.precision == 0.75)
    #expect(p.isBelow && !p.isClearlyBelow)
    #expect(abs((p.interval?.lower ?? 0) - 0.30064184258240184) < 1e-9)
    let none = try EntryPrecision(
      module: "m", entry: "e", sampled: 2, judged: 0, correct: 0, threshold: 0.8)
    #expect(none.precision == nil && !none.isBelow)
  }
}
