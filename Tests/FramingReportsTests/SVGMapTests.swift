import Foundation
import FramingCore
import FramingTestSupport
import Testing

@testable import FramingReports
@testable import FramingStatistics

@Suite struct SVGMapTests {
  static func map(_ table: [[Int]], rows: [String], columns: [String]) throws
    -> StatisticsReport
    .Map
  {
    StatisticsReport.Map(
      module: "m", table: "category", rows: rows, columns: columns,
      analysis: try CorrespondenceAnalysis.compute(table))
  }

  @Test func fewerThanThreeOutletsOrCategoriesAreSaidNotDrawn() throws {
    let map = try Self.map([[3, 1, 0], [0, 2, 4]], rows: ["A", "B"], columns: ["x", "y", "z"])
    #expect(
      SVGMap.mapOrReason(map, title: "T", rowLabels: map.rows, columnLabels: ["X", "Y", "Z"])
        == .notDrawn(
          reason:
            "No map: 2 outlets and 3 categories have counted matches; a map needs at least 3 of each, and fewer points lie on a line or a triangle whatever the data."
        ))
  }

  @Test func tiedInertiasAreSaidNotDrawn() throws {
    // A diagonal table: its two axes carry the same inertia, so any rotation fits as well.
    let map = try Self.map(
      [[10, 0, 0], [0, 10, 0], [0, 0, 10]], rows: ["A", "B", "C"], columns: ["x", "y", "z"])
    #expect(
      SVGMap.mapOrReason(map, title: "T", rowLabels: map.rows, columnLabels: map.columns)
        == .notDrawn(
          reason:
            "No map: its first two axes explain almost the same inertia (50.0% and 50.0%, within 5% of each other), so any rotation of the plane fits the data as well and the picture would be arbitrary."
        ))
  }

  @Test func oneAxisIsSaidNotDrawn() throws {
    // Two outlets with the same mix: the rows span one dimension.
    let map = try Self.map(
      [[2, 2, 0], [1, 1, 0], [0, 1, 3]], rows: ["A", "B", "C"], columns: ["x", "y", "z"])
    let outcome = SVGMap.mapOrReason(
      map, title: "T", rowLabels: map.rows, columnLabels: map.columns)
    #expect(map.analysis.inertia.count == 1)
    #expect(
      outcome
        == .notDrawn(reason: "No map: only one axis has inertia, so there is no plane to draw."))
  }

  @Test func aDrawnMapUsesDisplayLabelsAndExplainsItsAxes() throws {
    let map = try Self.map(
      [[8, 2, 1], [1, 6, 2], [0, 2, 9], [4, 4, 1]], rows: ["Anzeiger", "Bote", "Chronik", "Dorf"],
      columns: ["delegitimizing", "neutral", "official"])
    let a = map.analysis
    guard
      case .drawn(let svg, let caption) = SVGMap.mapOrReason(
        map, title: "Labels: outlets and categories", rowLabels: map.rows,
        columnLabels: ["Delegitimierend", "Neutral", "Offiziell"])
    else {
      Issue.record("the map should be drawn")
      return
    }
    let first = NumberFormat.fixed(a.explained[0] * 100, 1)
    let second = NumberFormat.fixed(a.explained[1] * 100, 1)
    #expect(svg.contains(">axis 1: \(first)% of the inertia</text>"))
    #expect(svg.contains(">axis 2: \(second)% of the inertia</text>"))
    #expect(svg.contains(">Delegitimierend</text>"))
    #expect(!svg.contains("delegitimizing"))
    #expect(svg.contains(">average</text>"))
    #expect(
      caption.hasPrefix(
        "Axis 1 shows \(first)% of the inertia (the spread of the outlets' mixes of categories), axis 2 \(second)%; the map shows "
      ))
    #expect(
      caption.contains("an outlet near it uses the categories in about the mix of all outlets"))
  }

  @Test func theReportsMapSpeaksInTheLexiconsLabels() throws {
    let files = try SummaryCorpus.run()
    // Labels: Anzeiger, Bote, Chronik over Delegitimierend, Neutral, Offiziell.
    let svg = try #require(files["reports/figures/labels-ca.svg"])
    #expect(svg.contains("Delegitimierend"))
    #expect(!svg.contains("delegitimizing"))
    #expect(
      svg.contains(
        "<title>Labels for the leader: outlets and categories (correspondence analysis)</title>"))
    let overview = try #require(files["reports/overview.md"])
    #expect(
      overview.contains(
        "![Labels for the leader: outlets and categories (correspondence analysis)](figures/labels-ca.svg)\n\nAxis 1 shows 80.0% of the inertia"
      ))
  }
}
