import Foundation

/// A source of documents: a folder of articles (`FolderCorpus`) or a JSON Lines file, plain or
/// gzip-compressed (`JSONLCorpus`). Documents are handed out in batches, in corpus order, so a
/// corpus larger than memory can be analyzed.
public protocol CorpusReader: Sendable {
  /// How the corpus is named in messages and in the provenance.
  var displayRoot: String { get }

  /// Hands every document to `body` in batches of at most `batchSize`, in corpus order, with
  /// the number of documents in all when it is known in advance (a folder; not a stream).
  /// Problems with the corpus as a whole (a bad manifest row, an unlisted file, a broken JSON
  /// line) are appended to `diagnostics` as they are found.
  ///
  /// - Returns: checksum inputs that are not documents (the manifest's SHA-256).
  /// - Throws: when the corpus cannot be read at all.
  func stream(
    batchSize: Int, diagnostics: inout [Diagnostic], _ body: ([CorpusDocument], Int?) -> Void
  ) throws(DiagnosticFailure) -> [(name: String, sha256: String)]

  /// Reads the documents whose ids are in `ids` again (for the text of shared passages) and
  /// hands each one's bytes to `body`, one at a time; documents that cannot be read are left out.
  func reread(_ ids: Set<String>, _ body: (String, Data) -> Void)

  /// Whether `reread` can read documents again (standard input cannot be read twice): a run
  /// then keeps no document's bytes between its passes.
  var canReread: Bool { get }
}

extension CorpusReader {
  public var canReread: Bool { true }
}

/// The reader for a corpus path: a JSON Lines file (`.jsonl`, `.jsonl.gz`, `.ndjson`, `-`) or a
/// folder of articles; `displayRoot` names it in messages.
public func openCorpus(_ url: URL, displayRoot: String) -> any CorpusReader {
  JSONLCorpus.accepts(url)
    ? JSONLCorpus(file: url, displayRoot: displayRoot)
    : FolderCorpus(root: url, displayRoot: displayRoot)
}

/// One document as a corpus hands it out: where it came from and its bytes, or how to get them.
public struct CorpusDocument: Sendable {
  public enum Content: Sendable {
    /// The bytes, already read (JSON Lines: the `text` field as UTF-8).
    case bytes(Data)
    /// A file to read, in the worker that analyzes the document.
    case file(URL)
  }

  public var source: DocumentSource
  /// How the document is named in messages: `corpus/tagesschau/a.txt` or `corpus.jsonl:12`.
  public var displayPath: String
  public var content: Content

  public init(source: DocumentSource, displayPath: String, content: Content) {
    self.source = source
    self.displayPath = displayPath
    self.content = content
  }

  /// The document's bytes.
  public func data() throws(DiagnosticFailure) -> Data {
    switch content {
    case .bytes(let data): return data
    case .file(let url):
      return try Self.read(url, displayPath: displayPath)
    }
  }

  /// Reads a document file of at most `limits.maxDocumentBytes`; a larger file, or one that is
  /// not a regular file (a FIFO would block the run), is skipped with a warning naming it.
  public static func read(_ url: URL, displayPath: String, limits: InputLimits = .current)
    throws(DiagnosticFailure) -> Data
  {
    func skip(_ message: String) -> DiagnosticFailure {
      DiagnosticFailure([
        Diagnostic(.warning, SourceLocation(file: displayPath), message, skipped: "document")
      ])
    }
    var info = stat()
    guard stat(url.path, &info) == 0 else {
      throw skip("cannot read file: \(String(cString: strerror(errno)))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else { throw skip("not a regular file; not read") }
    let tooLarge =
      "file larger than \(InputLimits.megabytes(limits.maxDocumentBytes)) "
      + "(FRAMING_MAX_DOCUMENT_MB raises the limit)"
    guard Int(info.st_size) <= limits.maxDocumentBytes else { throw skip(tooLarge) }
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      // One byte past the limit tells a file that grew since `stat`.
      let data = try handle.read(upToCount: limits.maxDocumentBytes + 1) ?? Data()
      guard data.count <= limits.maxDocumentBytes else { throw skip(tooLarge) }
      return data
    } catch let failure as DiagnosticFailure {
      throw failure
    } catch {
      throw skip("cannot read file: \(error.localizedDescription)")
    }
  }
}

extension FolderCorpus: CorpusReader {
  public func stream(
    batchSize: Int, diagnostics: inout [Diagnostic], _ body: ([CorpusDocument], Int?) -> Void
  ) throws(DiagnosticFailure) -> [(name: String, sha256: String)] {
    let listing = try list()
    diagnostics += listing.diagnostics
    var start = 0
    while start < listing.documents.count {
      let batch = listing.documents[start..<min(listing.documents.count, start + batchSize)]
      body(
        batch.map {
          CorpusDocument(
            source: $0, displayPath: display($0.id),
            content: .file(root.appendingPathComponent($0.id)))
        }, listing.documents.count)
      start += batchSize
    }
    return listing.manifest.map { [(Self.manifestName, SHA256Hex.of($0))] } ?? []
  }

  public func reread(_ ids: Set<String>, _ body: (String, Data) -> Void) {
    for id in ids.sorted() {
      let url = root.appendingPathComponent(id)
      if let data = try? CorpusDocument.read(url, displayPath: id) { body(id, data) }
    }
  }
}
