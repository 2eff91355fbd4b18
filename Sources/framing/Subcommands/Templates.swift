import ArgumentParser
import Foundation
import FramingReports

struct Templates: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the built-in report templates to a folder, to edit and use with --template.",
    discussion: """
      Writes overview.md.mustache, outlet.md.mustache, header.md.mustache, table.md.mustache, \
      report.html.mustache and table.html.mustache. Edit any of them (Mustache syntax; the fields \
      are listed in README.md, "Report templates"), delete the ones you keep as they are, and run \
      `framing report --template DIR`. Existing files are not overwritten unless --force is given.
      """)

  @Argument(help: "Folder to write the templates into (created when missing).")
  var directory: String

  @Flag(help: "Overwrite templates that already exist in the folder.")
  var force = false

  func run() throws {
    let folder = URL(fileURLWithPath: directory)
    let fm = FileManager.default
    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
    var written = 0
    for (name, text) in ReportTemplates.builtInFiles {
      let url = folder.appendingPathComponent(name)
      if fm.fileExists(atPath: url.path), !force {
        FileHandle.standardError.write(
          Data("\(directory)/\(name): exists; left as it is (use --force to overwrite)\n".utf8))
        continue
      }
      try Data(text.utf8).write(to: url, options: .atomic)
      written += 1
    }
    print("framing: wrote \(written) template\(written == 1 ? "" : "s") to \(directory)/")
  }
}
