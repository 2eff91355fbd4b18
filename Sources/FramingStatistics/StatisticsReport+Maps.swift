import FramingCore

extension StatisticsReport {
  /// Fewest rows and columns of a table whose correspondence map is drawn: with two of either
  /// there is one axis, and three points of the other kind fix a plane trivially.
  public static let mapMinimumPoints = 3
  /// Relative difference of two inertias below which they count as tied: within 5% a small
  /// change of the data would rotate the axes (equal inertias make their orientation arbitrary).
  public static let mapTieTolerance = 0.05

  /// Correspondence analyses of outlet × category and outlet × entry tables; each map says
  /// whether it is worth drawing (`isDrawable`, `reason`).
  mutating func addMaps(
    _ summary: CorpusSummary, module m: Int, outlets: [String], categoryTable: [[Int]]
  ) {
    let module = summary.lexicon.modules[m]
    var entries: [(c: Int, e: Int, term: String)] = []
    for (c, category) in module.categories.enumerated() {
      for (e, entry) in category.entries.enumerated() { entries.append((c, e, entry.term)) }
    }
    let tables: [(String, [String], [[Int]])] = [
      ("category", module.categories.map(\.id), categoryTable),
      (
        "entry", entries.map(\.term),
        outlets.map { o in
          entries.map {
            options.voice.count(
              summary.entryCounts(outlet: o, module: m, category: $0.c, entry: $0.e))
          }
        }
      ),
    ]
    for (name, columns, table) in tables {
      let rowKeep = table.indices.filter { table[$0].reduce(0, +) > 0 }
      let columnKeep = columns.indices.filter { j in table.contains { $0[j] > 0 } }
      let reduced = rowKeep.map { i in columnKeep.map { table[i][$0] } }
      do throws(StatisticsError) {
        let analysis = try CorrespondenceAnalysis.compute(reduced)
        guard !analysis.inertia.isEmpty else { throw .invalidArgument("the table has no inertia") }
        var map = Map(
          module: module.id, table: name, rows: rowKeep.map { outlets[$0] },
          columns: columnKeep.map { columns[$0] }, analysis: analysis)
        if let reason = Self.mapProblem(analysis, rows: rowKeep.count, columns: columnKeep.count) {
          map.isDrawable = false
          map.reason = reason
        }
        maps.append(map)
      } catch {
        skipped.append(
          "\(module.id), outlet × \(name): correspondence analysis not computed: \(error.message)")
      }
    }
  }

  /// Why a two-axis map of `analysis` would mislead, or nil: fewer than `mapMinimumPoints`
  /// outlets or columns, a single axis, or the first and second (or second and third) axes'
  /// inertias within `mapTieTolerance` of each other.
  public static func mapProblem(_ analysis: CorrespondenceAnalysis, rows: Int, columns: Int)
    -> String?
  {
    let inertia = analysis.inertia
    func tied(_ a: Double, _ b: Double) -> Bool { (a - b) / a < mapTieTolerance }
    func text(_ x: Double) -> String {
      let digits = Int((x * 1_000_000).rounded())
      return "\(Double(digits) / 1_000_000)"
    }
    if rows < mapMinimumPoints || columns < mapMinimumPoints {
      return
        "not drawn: a map needs at least \(mapMinimumPoints) outlets and \(mapMinimumPoints) columns with matches (this table has \(rows) × \(columns))"
    }
    if inertia.count < 2 { return "not drawn: the table has one axis only" }
    if tied(inertia[0], inertia[1]) {
      return
        "not drawn: the first two axes have tied inertias (\(text(inertia[0])), \(text(inertia[1]))), so their orientation is arbitrary"
    }
    if inertia.count >= 3, tied(inertia[1], inertia[2]) {
      return
        "not drawn: the second and third axes have tied inertias (\(text(inertia[1])), \(text(inertia[2]))), so the plane of the map is arbitrary"
    }
    return nil
  }
}
