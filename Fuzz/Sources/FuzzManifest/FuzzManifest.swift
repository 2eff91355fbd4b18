import CFuzzerDriver
import Foundation
import FramingCore

// Manifest CSV text through `Manifest.parse(_:file:)`: rows are listed once, in order, with
// paths inside the corpus folder; every diagnostic renders with its line.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  let manifest: Manifest
  do {
    manifest = try Manifest.parse(text, file: "manifest.csv")
  } catch {
    precondition(!error.diagnostics.isEmpty, "a failure without diagnostics")
    for diagnostic in error.diagnostics { _ = diagnostic.description }
    return 0
  }
  var previousLine = 1
  var files = Set<String>()
  for row in manifest.rows {
    precondition(row.line > previousLine, "rows out of order")
    precondition(files.insert(row.file).inserted, "file listed twice")
    precondition(CorpusPath.normalize(row.file) == row.file, "path not normalized")
    precondition(row.source.date.isEmpty || ISODate.isValid(row.source.date), "bad date kept")
    previousLine = row.line
  }
  for diagnostic in manifest.diagnostics {
    precondition(diagnostic.location.line >= 2, "diagnostic line")
    _ = diagnostic.description
  }
  return 0
}

@main enum FuzzManifest {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzManifest))
  }
}
