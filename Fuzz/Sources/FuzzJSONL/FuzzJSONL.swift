import CFuzzerDriver
import Foundation
import FramingCore

// A JSON Lines corpus file (plain or gzip, told apart by its first bytes), written to a
// temporary file and read by `JSONLCorpus` as `framing count` reads it, then read again by id;
// `LineReader` must return the same lines whatever its chunk size.

let file = FileManager.default.temporaryDirectory
  .appendingPathComponent("framing-fuzz-\(getpid()).jsonl")

func lines(chunkSize: Int) -> [Data]? {
  guard let reader = try? LineReader(url: file, chunkSize: chunkSize) else { return nil }
  var lines: [Data] = []
  do {
    while let line = try reader.next() {
      lines.append(line)
      precondition(reader.lineNumber == lines.count, "line numbers")
    }
  } catch {
    return nil
  }
  return lines
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let data = Data(bytes: start, count: count)
  do { try data.write(to: file) } catch { fatalError("cannot write \(file.path): \(error)") }

  let corpus = JSONLCorpus(file: file, displayRoot: "fuzz.jsonl")
  var diagnostics: [Diagnostic] = []
  var documents: [CorpusDocument] = []
  do {
    _ = try corpus.stream(batchSize: 2, diagnostics: &diagnostics) { batch, total in
      precondition(total == nil && !batch.isEmpty && batch.count <= 2, "batch")
      documents += batch
    }
  } catch {
    for diagnostic in error.diagnostics { _ = diagnostic.description }
  }
  for diagnostic in diagnostics {
    precondition(diagnostic.location.line >= 1, "diagnostic line")
    _ = diagnostic.description
  }
  let ids = documents.map(\.source.id)
  precondition(Set(ids).count == ids.count, "an id twice")
  var reread: [String: Data] = [:]
  corpus.reread(Set(ids)) { id, data in
    precondition(reread[id] == nil, "reread twice")
    reread[id] = data
  }
  for document in documents {
    guard case .bytes(let bytes) = document.content else { fatalError("JSON Lines holds bytes") }
    // A read error after the document (a truncated gzip tail) may end the second pass early.
    if let again = reread[document.source.id] { precondition(again == bytes, "reread differs") }
  }

  if let whole = lines(chunkSize: 1 << 20), let small = lines(chunkSize: 7) {
    precondition(whole == small, "lines depend on the chunk size")
  }
  return 0
}

@main enum FuzzJSONL {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzJSONL))
  }
}
