import ArgumentParser
import Foundation
import FramingCore
import FramingJobs

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
    let written: Int
    do {
      written = try TemplatesJob.run(into: URL(fileURLWithPath: directory), overwrites: force) {
        name in
        FileHandle.standardError.write(
          Data("\(directory)/\(name): exists; left as it is (use --force to overwrite)\n".utf8))
      }
    } catch {
      fail(
        Diagnostic(
          .error, SourceLocation(file: directory),
          "cannot write the templates: \(error.localizedDescription)"
        ).description)
    }
    print("framing: wrote \(written) template\(written == 1 ? "" : "s") to \(directory)/")
  }
}
