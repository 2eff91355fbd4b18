import Testing

@testable import FramingStatistics

@Suite struct MultipleTestingTests {
  static let p = [0.01, 0.04, 0.03, 0.2, 0.005]

  // python3 -c "import scipy.stats as st; print(st.false_discovery_control([0.01,0.04,0.03,0.2,0.005], method='bh'))"
  // → [0.025 0.05 0.05 0.2 0.025]
  @Test func benjaminiHochbergMatchesScipy() {
    #expect(close(MultipleTesting.benjaminiHochberg(Self.p), [0.025, 0.05, 0.05, 0.2, 0.025]))
    // Written over the list, the same values, ties (0.04 twice) included:
    // python3 -c "import scipy.stats as st; print(st.false_discovery_control(
    //   [0.01,0.04,0.03,0.2,0.005,0.04], method='bh'))" → [0.03 0.048 0.048 0.2 0.03 0.048]
    var p = Self.p + [0.04]
    MultipleTesting.benjaminiHochberg(inPlace: &p)
    #expect(p == MultipleTesting.benjaminiHochberg(Self.p + [0.04]))
    #expect(close(p, [0.03, 0.048, 0.048, 0.2, 0.03, 0.048]))
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

@Suite struct MultipleTestingUnderflowTests {
  // p-values that underflowed (0) or are subnormal keep their order and stay tiny:
  // python3 -c "import scipy.stats as st; print(st.false_discovery_control([0.0, 1e-310, 0.02, 0.5, 0.04]))"
  // → [0.0e+000 2.5e-310 3.333333333333333e-02 5.0e-01 5.0e-02]
  @Test func benjaminiHochbergKeepsUnderflowedPValues() {
    let adjusted = MultipleTesting.benjaminiHochberg([0.0, 1e-310, 0.02, 0.5, 0.04])
    #expect(adjusted[0] == 0)
    #expect(abs(adjusted[1] - 2.5e-310) < 1e-320)
    #expect(close(Array(adjusted[2...]), [0.03333333333333333, 0.5, 0.05]))
  }
}
