import Foundation
import FramingStatistics

/// A correspondence-analysis map (axes 1 and 2) as a small, self-contained SVG.
enum SVGMap {
  /// A map, or why none is drawn.
  enum Outcome: Sendable, Equatable {
    /// The SVG and a caption that explains its axes.
    case drawn(svg: String, caption: String)
    /// The reason, one sentence for the reader.
    case notDrawn(reason: String)
  }

  /// Relative difference below which the first two inertias count as tied (the plane's rotation
  /// is then arbitrary).
  static let tiedInertia = StatisticsReport.mapTieTolerance
  /// Fewest outlets and fewest categories a map is drawn with.
  static let minimumPoints = StatisticsReport.mapMinimumPoints

  /// The map of `map`, or the reason not to draw it: fewer than `minimumPoints` outlets or
  /// categories, fewer than two axes with inertia, or first two inertias within `tiedInertia`
  /// of each other (relative to the first). `rowLabels` and `columnLabels` are the display
  /// names of the map's rows (outlets) and columns (categories), in its order.
  static func mapOrReason(
    _ map: StatisticsReport.Map, title: String, rowLabels: [String], columnLabels: [String]
  ) -> Outcome {
    let a = map.analysis
    // The statistics decided (`StatisticsReport.mapProblem`); the checks below say the same
    // in the report's words for a map built without that verdict.
    if !map.isDrawable {
      let reason =
        map.reason.hasPrefix("not drawn: ") ? String(map.reason.dropFirst(11)) : map.reason
      return .notDrawn(reason: "No map: \(reason).")
    }
    if map.rows.count < minimumPoints || map.columns.count < minimumPoints {
      return .notDrawn(
        reason:
          "No map: \(map.rows.count) outlet\(map.rows.count == 1 ? "" : "s") and \(map.columns.count) categor\(map.columns.count == 1 ? "y" : "ies") have counted matches; a map needs at least \(minimumPoints) of each, and fewer points lie on a line or a triangle whatever the data."
      )
    }
    guard a.inertia.count >= 2, let first = a.inertia.first, first > 0 else {
      return .notDrawn(reason: "No map: only one axis has inertia, so there is no plane to draw.")
    }
    if (first - a.inertia[1]) / first < tiedInertia {
      return .notDrawn(
        reason:
          "No map: its first two axes explain almost the same inertia (\(percent(a, 0)) and \(percent(a, 1)), within \(NumberFormat.fixed(tiedInertia * 100, 0))% of each other), so any rotation of the plane fits the data as well and the picture would be arbitrary."
      )
    }
    return .drawn(
      svg: render(map, title: title, rowLabels: rowLabels, columnLabels: columnLabels),
      caption: caption(a))
  }

  /// "Axis 1 shows 62.3% of the inertia …": what the axes and the origin mean.
  static func caption(_ a: CorrespondenceAnalysis) -> String {
    let together = NumberFormat.fixed((a.explained.prefix(2).reduce(0, +)) * 100, 1) + "%"
    return
      "Axis 1 shows \(percent(a, 0)) of the inertia (the spread of the outlets' mixes of categories), axis 2 \(percent(a, 1)); the map shows \(together) of it. The origin, where the dashed lines cross, is the average: an outlet near it uses the categories in about the mix of all outlets together, and a category near it is used about evenly. An outlet lying far out in the direction of a category uses that category more than the others do. Outlets are blue dots, categories red squares."
  }

  static func percent(_ a: CorrespondenceAnalysis, _ k: Int) -> String {
    k < a.explained.count ? NumberFormat.fixed(a.explained[k] * 100, 1) + "%" : "–"
  }

  static func render(
    _ map: StatisticsReport.Map, title: String, rowLabels: [String], columnLabels: [String]
  ) -> String {
    let a = map.analysis
    let width = 640.0
    let height = 480.0
    let margin = 60.0
    func axis(_ point: [Double], _ k: Int) -> Double { k < point.count ? point[k] : 0 }
    let points = a.rowCoordinates + a.columnCoordinates
    let xs = points.map { axis($0, 0) }
    let ys = points.map { axis($0, 1) }
    let spanX = max(1e-9, (xs.max() ?? 1) - (xs.min() ?? -1))
    let spanY = max(1e-9, (ys.max() ?? 1) - (ys.min() ?? -1))
    let minX = (xs.min() ?? -1) - 0.1 * spanX
    let maxX = (xs.max() ?? 1) + 0.1 * spanX
    let minY = (ys.min() ?? -1) - 0.1 * spanY
    let maxY = (ys.max() ?? 1) + 0.1 * spanY
    func px(_ x: Double) -> String {
      // Room on the right for the labels of the rightmost points.
      NumberFormat.fixed(margin + (x - minX) / (maxX - minX) * (width - 2 * margin - 150), 1)
    }
    func py(_ y: Double) -> String {
      NumberFormat.fixed(height - margin - (y - minY) / (maxY - minY) * (height - 2 * margin), 1)
    }
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
      <title>\(escape(title))</title>
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(Int(width / 2))" y="24" text-anchor="middle" font-size="14">\(escape(title))</text>
      <line x1="\(px(minX))" y1="\(py(0))" x2="\(px(maxX))" y2="\(py(0))" stroke="#999" stroke-dasharray="4 3"/>
      <line x1="\(px(0))" y1="\(py(minY))" x2="\(px(0))" y2="\(py(maxY))" stroke="#999" stroke-dasharray="4 3"/>
      <text x="\(Int(width - margin))" y="\(Int(height - 20))" text-anchor="end">axis 1: \(percent(a, 0)) of the inertia</text>
      <text x="20" y="\(Int(margin - 10))">axis 2: \(percent(a, 1)) of the inertia</text>
      <text x="\(px(0))" y="\(py(0))" dx="4" dy="-4" fill="#777" font-size="10">average</text>

      """
    // Points at the same place share one marker and one label ("A, B, C").
    func draw(_ points: [[Double]], _ labels: [String], color: String, square: Bool, dy: Int) {
      var groups: [(x: String, y: String, labels: [String])] = []
      for (i, label) in labels.enumerated() {
        let x = px(axis(points[i], 0))
        let y = py(axis(points[i], 1))
        if let g = groups.firstIndex(where: { $0.x == x && $0.y == y }) {
          groups[g].labels.append(label)
        } else {
          groups.append((x, y, [label]))
        }
      }
      for g in groups {
        svg +=
          square
          ? "<rect x=\"\(g.x)\" y=\"\(g.y)\" width=\"8\" height=\"8\" transform=\"translate(-4 -4)\" fill=\"\(color)\"/>"
          : "<circle cx=\"\(g.x)\" cy=\"\(g.y)\" r=\"5\" fill=\"\(color)\"/>"
        svg +=
          "<text x=\"\(g.x)\" y=\"\(g.y)\" dx=\"7\" dy=\"\(dy)\" fill=\"\(color)\">\(escape(g.labels.joined(separator: ", ")))</text>\n"
      }
    }
    draw(a.rowCoordinates, rowLabels, color: "#1f5fa8", square: false, dy: 14)
    draw(a.columnCoordinates, columnLabels, color: "#b03a2e", square: true, dy: -6)
    svg += "</svg>\n"
    return svg
  }

  static func escape(_ text: String) -> String {
    VisibleText.escaped(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
      of: "<", with: "&lt;"
    )
    .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
