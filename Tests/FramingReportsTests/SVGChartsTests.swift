import Foundation
import Testing

@testable import FramingCore
@testable import FramingReports

@Suite struct SVGChartsTests {
  static let scale = LexiconModule.Scale(min: -2, max: 2, negative: "neg", positive: "pos")

  @Test func stanceChartGrowsWithOutletsAndShortensLongNames() {
    let rows = (1...20).map { i in
      SVGCharts.StanceRow(
        outlet: "Outlet number \(i) with a rather long name indeed", estimate: Double(i % 5) - 2,
        lower: Double(i % 5) - 2.5, upper: Double(i % 5) - 1.5, n: i)
    }
    let svg = SVGCharts.stance(rows, scale: Self.scale, title: "T", intervalName: "bootstrap")
    // 48 px title band + 20 rows × 24 px + 44 px axis = 572 px.
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"660\" height=\"572\""))
    #expect(svg.components(separatedBy: "<circle").count - 1 == 20)
    // Names cut to 28 characters on the chart, whole in the hover title.
    #expect(svg.contains(">Outlet number 1 with a rath…</text>"))
    #expect(svg.contains("<title>Outlet number 1 with a rather long name indeed</title>"))
  }

  @Test func stanceDotsAndBarsSitOnTheModuleScale() {
    let svg = SVGCharts.stance(
      [
        .init(outlet: "A", estimate: -2, lower: -2, upper: -1, n: 3),
        .init(outlet: "B", estimate: nil, lower: nil, upper: nil, n: 0),
      ], scale: Self.scale, title: "T", intervalName: "bootstrap")
    // x = 190 + (v + 2) / 4 × 400: -2 → 190, -1 → 290.
    #expect(svg.contains("<line x1=\"190.0\" y1=\"60.0\" x2=\"290.0\" y2=\"60.0\""))
    #expect(svg.contains("<circle cx=\"190.0\" cy=\"60.0\" r=\"5\""))
    #expect(svg.contains(">no counted match</text>"))
  }

  @Test func sharesStackToTheFullWidthInCategoryOrder() {
    let categories = [-2.0, 0, 2].map {
      LexiconCategory(id: "c\($0)", label: "L\($0)", weight: $0, description: "", entries: [])
    }
    let svg = SVGCharts.shares(
      [.init(outlet: "A", counts: [1, 0, 3])], categories: categories, scale: Self.scale,
      title: "T")
    // 1 of 4 → 100 px in the negative pole's red, 3 of 4 → 300 px in the positive pole's blue.
    #expect(
      svg.contains("<rect x=\"190.0\" y=\"51.0\" width=\"100.0\" height=\"18.0\" fill=\"#b03a2e\""))
    #expect(
      svg.contains("<rect x=\"290.0\" y=\"51.0\" width=\"300.0\" height=\"18.0\" fill=\"#1f5fa8\""))
    #expect(svg.contains("<title>A, L2.0: 3 of 4</title>"))
  }

  @Test func coloursRunFromRedThroughGreyToBlue() {
    #expect(SVGCharts.color(weight: -2, scale: Self.scale) == "#b03a2e")
    #expect(SVGCharts.color(weight: 0, scale: Self.scale) == "#bbbbbb")
    #expect(SVGCharts.color(weight: 1, scale: Self.scale) == "#6d8db2")
    #expect(SVGCharts.color(weight: 2, scale: Self.scale) == "#1f5fa8")
  }
}
