import Testing

@testable import FramingStatistics

/// When a correspondence map is drawn (`StatisticsReport.mapProblem`).
@Suite struct StatisticsReportMapTests {
  // A table symmetric under permuting its rows and columns together has two equal inertias:
  // python3 -c "
  // import numpy as np; T = np.array([[4,1,1],[1,4,1],[1,1,4]], float); P = T/T.sum()
  // r = P.sum(1); c = P.sum(0); S = (P-np.outer(r,c))/np.sqrt(np.outer(r,c))
  // print(np.linalg.svd(S)[1]**2)"  → [0.25 0.25 0.  ]
  @Test func tiedInertiasAreNotDrawn() throws {
    let ca = try CorrespondenceAnalysis.compute([[4, 1, 1], [1, 4, 1], [1, 1, 4]])
    #expect(close(ca.inertia, [0.25, 0.25]))
    let reason = try #require(StatisticsReport.mapProblem(ca, rows: 3, columns: 3))
    #expect(
      reason
        == "not drawn: the first two axes have tied inertias (0.25, 0.25), so their orientation is arbitrary"
    )
  }

  @Test func fewerThanThreeOutletsAreNotDrawn() throws {
    let ca = try CorrespondenceAnalysis.compute([[5, 1, 0, 2], [0, 3, 4, 1]])
    #expect(
      StatisticsReport.mapProblem(ca, rows: 2, columns: 4)
        == "not drawn: a map needs at least 3 outlets and 3 columns with matches (this table has 2 × 4)"
    )
  }

  // Inertias 0.4831 and 0.1355 (CorrespondenceAnalysisTests): far apart, three by four points.
  @Test func distinctInertiasAreDrawn() throws {
    let ca = try CorrespondenceAnalysis.compute(CorrespondenceAnalysisTests.table)
    #expect(StatisticsReport.mapProblem(ca, rows: 3, columns: 4) == nil)
  }
}
