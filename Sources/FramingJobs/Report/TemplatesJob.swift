import Foundation
import FramingReports

/// `framing templates`: the built-in report templates written to a folder, to edit and use with
/// `framing report --template`.
public enum TemplatesJob {
  /// Writes every built-in template into `directory` (created when missing); a template that
  /// exists there is left as it is unless `overwrites`, and handed to `skipped` by its name.
  /// Returns how many were written.
  public static func run(
    into directory: URL, overwrites: Bool, skipped: (String) -> Void
  ) throws -> Int {
    let fm = FileManager.default
    try fm.createDirectory(at: directory, withIntermediateDirectories: true)
    var written = 0
    // Through an `OutputSet`: never renamed over a FIFO or a device.
    var output = OutputSet()
    for (name, text) in ReportTemplates.builtInFiles {
      let url = directory.appendingPathComponent(name)
      if fm.fileExists(atPath: url.path), !overwrites {
        skipped(name)
        continue
      }
      output.add(url, text)
      written += 1
    }
    try output.commit()
    return written
  }
}
