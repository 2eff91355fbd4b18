import Foundation

/// A one-line progress bar on standard error: documents done, rate, and time left.
///
/// Drawn only when standard error is a terminal, at most ten times a second; `finish()` clears
/// the line so that the summary that follows stands alone.
final class ProgressBar: @unchecked Sendable {
  private let lock = NSLock()
  private let start = Date()
  private var lastDraw = Date.distantPast
  private var isDrawn = false
  private let width = 24

  /// Whether a bar would be drawn here: standard error is a terminal.
  static var isUseful: Bool { isatty(STDERR_FILENO) == 1 }

  /// Redraws the bar; `total` is nil when the corpus is a stream of unknown length.
  func update(done: Int, total: Int?) {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    let elapsed = max(now.timeIntervalSince(start), 1e-3)
    let rate = Double(done) / elapsed
    let speed = "\(String(format: "%.0f", rate))/s"
    let line: String
    if let total {
      let fraction = total == 0 ? 1 : min(1, Double(done) / Double(total))
      let filled = Int((fraction * Double(width)).rounded(.down))
      let bar =
        String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
      let left = rate > 0 ? Double(max(0, total - done)) / rate : 0
      line =
        "\r\(bar) \(done)/\(total) documents · \(speed) · \(Self.clock(left)) left\u{1B}[K"
    } else {
      line = "\r\(done) documents · \(speed) · \(Self.clock(elapsed)) so far\u{1B}[K"
    }
    FileHandle.standardError.write(Data(line.utf8))
    isDrawn = true
  }

  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if isDrawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    isDrawn = false
  }

  /// "1:05" or "1:02:05".
  static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600
      ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
      : String(format: "%d:%02d", s / 60, s % 60)
  }
}
