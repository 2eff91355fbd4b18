import Testing

@testable import FramingStatistics

@Suite struct MultipleTestingTests {
  static let p = [0.01, 0.04, 0.03, 0.2, 0.005]

  // python3 -c "import scipy.stats as st; print(st.false_discovery_control([0.01,0.04,0.03,0.2,0.005], method='bh'))"
  // → [0.025 0.05 0.05 0.2 0.025]
  @Test func benjaminiHochbergMatchesScipy() {
    #expect(close(MultipleTesting.benjaminiHochberg(Self.p), [0.025, 0.05, 0.05, 0.2, 0.025]))
  }

  // python3: p=[0.01,0.04,0.03,0.2,0.005]; o=numpy.argsort(p); run=0; for k,i in enumerate(o):
  //   run=max(run, p[i]*(5-k)); adj[i]=min(1, run) → [0.04, 0.09, 0.09, 0.2, 0.025]
  //   (the textbook step-down, which R's p.adjust(method = "holm") implements)
  @Test func holmMatchesTheStepDown() {
    #expect(close(MultipleTesting.holm(Self.p), [0.04, 0.09, 0.09, 0.2, 0.025]))
  }

  @Test func emptyFamilyGivesNothing() {
    #expect(MultipleTesting.holm([]).isEmpty)
    #expect(MultipleTesting.benjaminiHochberg([]).isEmpty)
  }
}
