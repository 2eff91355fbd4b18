import Testing

@testable import FramingStatistics

@Suite struct CorrespondenceAnalysisTests {
  // Reference CA with numpy (Greenacre's formulas): T=[[5,1,0,2],[0,3,4,1],[2,2,1,6]]; P=T/T.sum();
  // S=(P-outer(r,c))/sqrt(outer(r,c)); U,s,Vt=numpy.linalg.svd(S); F=U*s/sqrt(r); G=V*s/sqrt(c);
  // signs: largest |G[:,k]| positive. The Python CA package agrees to 1e-14:
  // python3 -c "import pandas as pd, prince; T=pd.DataFrame([[5,1,0,2],[0,3,4,1],[2,2,1,6]]);
  //   ca=prince.CA(n_components=2, random_state=0).fit(T); print(ca.eigenvalues_,
  //   ca.row_coordinates(T).values, ca.column_coordinates(T).values)"
  //   → [0.48308874927472856 0.13548989430391528], rows [[-0.7844026905507838 -0.3862917907853078]
  //   [0.9918818486336386 -0.2141445734804304] [-0.15089393315116728 0.43668099219326373]], ...
  static let table = [[5, 1, 0, 2], [0, 3, 4, 1], [2, 2, 1, 6]]

  @Test func matchesTheReferenceAnalysis() throws {
    let ca = try CorrespondenceAnalysis.compute(Self.table)
    #expect(close(ca.inertia, [0.4830887492747283, 0.1354898943039154]))
    #expect(close(ca.rowCoordinates[0], [-0.7844026905507838, -0.38629179078530795]))
    #expect(close(ca.rowCoordinates[1], [0.9918818486336389, -0.21414457348043073]))
    #expect(close(ca.rowCoordinates[2], [-0.1508939331511673, 0.43668099219326434]))
    #expect(close(ca.columnCoordinates[2], [1.0982393174416396, -0.22814955578992535]))
    #expect(close(ca.columnCoordinates[3], [-0.2369607234992784, 0.493043648941068]))
    #expect(close(ca.rowContributions[0], [0.37737875631405643, 0.3263249473896477]))
    #expect(close(ca.explained.reduce(0, +), 1))
  }

  @Test func aTableWithMoreColumnsThanRowsIsTransposedForGSL() throws {
    let transposed = (0..<4).map { j in Self.table.map { $0[j] } }
    let ca = try CorrespondenceAnalysis.compute(transposed)
    let original = try CorrespondenceAnalysis.compute(Self.table)
    #expect(close(ca.inertia, original.inertia))
    #expect(close(ca.rowCoordinates[2].map(abs), original.columnCoordinates[2].map(abs)))
  }

  @Test func rejectsEmptyRows() {
    #expect(throws: StatisticsError.self) {
      try CorrespondenceAnalysis.compute([[1, 2], [0, 0]])
    }
    #expect(throws: StatisticsError.self) { try CorrespondenceAnalysis.compute([[1, 2]]) }
  }
}
