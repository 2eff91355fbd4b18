import Foundation
import FramingCore
import FramingStatistics

/// Bar and dot charts of one module, as small self-contained SVG files (no script, no external
/// font or style), so they show in a Markdown viewer, a browser and the one-file HTML report.
///
/// Height grows with the number of outlets (24 px a row) and long outlet names are shortened
/// with "…", so a chart stays readable with 20 or more outlets.
enum SVGCharts {
  static let rowHeight = 24.0
  static let labelWidth = 190.0
  static let plotWidth = 400.0
  static let top = 48.0

  /// One row of the stance chart: the outlet's bootstrap estimate and interval, nil when the
  /// outlet has no counted match in the module.
  struct StanceRow: Sendable {
    var outlet: String
    var estimate: Double?
    var lower: Double?
    var upper: Double?
    var n: Int
  }

  /// Stance index per outlet: a dot at the estimate and a bar over the interval, on the
  /// module's scale with a line at 0.
  static func stance(
    _ rows: [StanceRow], scale: LexiconModule.Scale, title: String, intervalName: String
  ) -> String {
    let height = top + Double(rows.count) * rowHeight + 44
    let width = labelWidth + plotWidth + 70
    let lo = scale.min
    let hi = scale.max > scale.min ? scale.max : scale.min + 1
    func x(_ v: Double) -> String {
      NumberFormat.fixed(labelWidth + (min(max(v, lo), hi) - lo) / (hi - lo) * plotWidth, 1)
    }
    var svg = header(width: width, height: height, title: title)
    let bottom = top + Double(rows.count) * rowHeight
    var tick = lo.rounded(.up)
    while tick <= hi {
      let color = tick == 0 ? "#555" : "#ddd"
      svg +=
        "<line x1=\"\(x(tick))\" y1=\"\(fmt(top - 6))\" x2=\"\(x(tick))\" y2=\"\(fmt(bottom))\" stroke=\"\(color)\"/>"
      svg +=
        "<text x=\"\(x(tick))\" y=\"\(fmt(bottom + 16))\" text-anchor=\"middle\">\(NumberFormat.fixed(tick, 0))</text>\n"
      tick += 1
    }
    svg +=
      "<text x=\"\(x(lo))\" y=\"\(fmt(bottom + 34))\" fill=\"#b03a2e\">← negative pole</text>"
    svg +=
      "<text x=\"\(x(hi))\" y=\"\(fmt(bottom + 34))\" text-anchor=\"end\" fill=\"#1f5fa8\">positive pole →</text>\n"
    for (i, row) in rows.enumerated() {
      let y = top + Double(i) * rowHeight + rowHeight / 2
      svg += label(row.outlet, y: y)
      guard let estimate = row.estimate else {
        svg +=
          "<text x=\"\(x(lo))\" y=\"\(fmt(y + 4))\" fill=\"#888\">no counted match</text>\n"
        continue
      }
      if let lower = row.lower, let upper = row.upper {
        svg +=
          "<line x1=\"\(x(lower))\" y1=\"\(fmt(y))\" x2=\"\(x(upper))\" y2=\"\(fmt(y))\" stroke=\"#1f5fa8\" stroke-width=\"3\" stroke-linecap=\"round\" opacity=\"0.45\"/>"
      }
      svg +=
        "<circle cx=\"\(x(estimate))\" cy=\"\(fmt(y))\" r=\"5\" fill=\"#1f5fa8\"><title>\(escape(row.outlet)): \(NumberFormat.fixed(estimate, 2)) (\(intervalName); n = \(row.n))</title></circle>"
      svg +=
        "<text x=\"\(fmt(labelWidth + plotWidth + 8))\" y=\"\(fmt(y + 4))\" fill=\"#555\">n = \(row.n)</text>\n"
    }
    return svg + "</svg>\n"
  }

  /// One segment of a stacked bar.
  struct ShareRow: Sendable {
    var outlet: String
    /// Counted matches per category, in the module's category order.
    var counts: [Int]
  }

  /// Category shares per outlet as 100% stacked bars, categories coloured from the negative
  /// pole (red) through neutral (grey) to the positive pole (blue), with a legend.
  static func shares(
    _ rows: [ShareRow], categories: [LexiconCategory], scale: LexiconModule.Scale,
    title: String
  ) -> String {
    let legendRows = (categories.count + 1) / 2
    let height = top + Double(rows.count) * rowHeight + 20 + Double(legendRows) * 18
    let width = labelWidth + plotWidth + 70
    var svg = header(width: width, height: height, title: title)
    let colors = categories.map { color(weight: $0.weight, scale: scale) }
    for (i, row) in rows.enumerated() {
      let y = top + Double(i) * rowHeight
      svg += label(row.outlet, y: y + rowHeight / 2)
      let total = row.counts.reduce(0, +)
      guard total > 0 else {
        svg +=
          "<text x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + rowHeight / 2 + 4))\" fill=\"#888\">no counted match</text>\n"
        continue
      }
      var start = 0.0
      for (c, count) in row.counts.enumerated() where count > 0 {
        let w = Double(count) / Double(total) * plotWidth
        svg +=
          "<rect x=\"\(fmt(labelWidth + start))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(w))\" height=\"\(fmt(rowHeight - 6))\" fill=\"\(colors[c])\" stroke=\"white\">"
        svg +=
          "<title>\(escape(row.outlet)), \(escape(categories[c].label)): \(count) of \(total)</title></rect>"
        start += w
      }
      svg +=
        "<text x=\"\(fmt(labelWidth + plotWidth + 8))\" y=\"\(fmt(y + rowHeight / 2 + 4))\" fill=\"#555\">n = \(total)</text>\n"
    }
    let legendTop = top + Double(rows.count) * rowHeight + 16
    for (c, category) in categories.enumerated() {
      let lx = labelWidth + Double(c % 2) * (plotWidth / 2)
      let ly = legendTop + Double(c / 2) * 18
      svg +=
        "<rect x=\"\(fmt(lx))\" y=\"\(fmt(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(colors[c])\"/>"
      svg +=
        "<text x=\"\(fmt(lx + 16))\" y=\"\(fmt(ly))\">\(escape(shorten(category.label, 26))) (\(NumberFormat.fixed(category.weight, 0)))</text>\n"
    }
    return svg + "</svg>\n"
  }

  /// Red for the negative pole, grey at 0, blue for the positive pole, paler toward 0.
  static func color(weight: Double, scale: LexiconModule.Scale) -> String {
    let extent = max(abs(scale.min), abs(scale.max), 1e-9)
    let t = min(1, abs(weight) / extent)
    let grey = (r: 0xbb, g: 0xbb, b: 0xbb)
    let pole = weight < 0 ? (r: 0xb0, g: 0x3a, b: 0x2e) : (r: 0x1f, g: 0x5f, b: 0xa8)
    func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
    return String(
      format: "#%02x%02x%02x", mix(grey.r, pole.r), mix(grey.g, pole.g), mix(grey.b, pole.b))
  }

  /// A pale version of `color(weight:scale:)` for a table cell's background: a quarter of the
  /// colour on white.
  static func tint(weight: Double, scale: LexiconModule.Scale) -> String {
    let hex = color(weight: weight, scale: scale).dropFirst()
    var channels: [Int] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      channels.append(Int(hex[index..<next], radix: 16) ?? 255)
      index = next
    }
    let pale = channels.map { Int((255 - Double(255 - $0) * 0.25).rounded()) }
    return String(format: "#%02x%02x%02x", pale[0], pale[1], pale[2])
  }

  static func header(width: Double, height: Double, title: String) -> String {
    """
    <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
    <title>\(escape(title))</title>
    <rect width="100%" height="100%" fill="white"/>
    <text x="\(Int(width / 2))" y="22" text-anchor="middle" font-size="14">\(escape(shorten(title, 80)))</text>

    """
  }

  static func label(_ outlet: String, y: Double) -> String {
    "<text x=\"\(fmt(labelWidth - 10))\" y=\"\(fmt(y + 4))\" text-anchor=\"end\"><title>\(escape(outlet))</title>\(escape(shorten(outlet, 28)))</text>\n"
  }

  /// The text cut to `limit` characters with "…".
  static func shorten(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  static func fmt(_ v: Double) -> String { NumberFormat.fixed(v, 1) }

  static func escape(_ text: String) -> String { SVGMap.escape(text) }
}
