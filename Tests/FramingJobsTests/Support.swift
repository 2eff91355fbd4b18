import Foundation
import Testing

/// Compares text to a golden file in Snapshots/; RECORD_SNAPSHOTS=1 writes it instead.
func assertSnapshot(
  _ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots/\(name)")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(
    text == expected,
    "snapshot \(name) differs; re-record with RECORD_SNAPSHOTS=1 and review the diff",
    sourceLocation: sourceLocation)
}
