import Foundation

/// A corpus in one JSON Lines file, plain or gzip-compressed: one article per line,
///
///     {"id": "ts-1", "outlet": "tagesschau.de", "date": "2024-06-19", "title": "…", "text": "…"}
///
/// `id`, `outlet` and `text` are required; `date` (`yyyy-mm-dd`), `title` and `url` are
/// optional; every other field is kept as metadata (objects and arrays as compact JSON). The
/// file is read as a stream, a line at a time. A line that is not a JSON object, lacks a
/// required field or repeats an earlier id is reported with its line number
/// and left out; a date neither `yyyy-mm-dd` nor `dd.mm.yyyy` is warned about and the document
/// kept undated; empty lines are ignored. Offsets in outputs count code points of `text`.
public struct JSONLCorpus: CorpusReader {
  public var file: URL
  /// The longest line and document read; past them a line is skipped with a warning.
  public var limits = InputLimits.current
  public var displayRoot: String

  public init(file: URL, displayRoot: String) {
    self.file = file
    self.displayRoot = displayRoot
  }

  /// Whether `url` names a JSON Lines corpus: `.jsonl`, `.jsonl.gz`, `.ndjson(.gz)`, or `-`
  /// for standard input.
  public static func accepts(_ url: URL) -> Bool {
    let name = url.lastPathComponent.lowercased()
    if name == "-" { return true }
    return [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"].contains { name.hasSuffix($0) }
  }

  static let known: Set<String> = ["id", "outlet", "date", "title", "url", "text"]

  public func stream(
    batchSize: Int, diagnostics: inout [Diagnostic], _ body: ([CorpusDocument], Int?) -> Void
  ) throws(DiagnosticFailure) -> [(name: String, sha256: String)] {
    let reader = try open()
    var seen: [String: Int] = [:]
    var batch: [CorpusDocument] = []
    while true {
      let line: Data?
      do { line = try reader.next() } catch .lineTooLong {
        // Skipped as it streamed by: the run goes on with the next line.
        diagnostics.append(
          Diagnostic(
            .warning, SourceLocation(file: displayRoot, line: reader.lineNumber),
            LineReaderError.lineTooLong(limit: reader.maxLineBytes).description, skipped: "line"))
        continue
      } catch {
        throw DiagnosticFailure(
          diagnostics + [
            Diagnostic(
              .error, SourceLocation(file: displayRoot, line: reader.lineNumber + 1),
              error.description)
          ])
      }
      guard let line else { break }
      let number = reader.lineNumber
      let here = SourceLocation(file: displayRoot, line: number)
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0d }) { continue }
      switch Self.parse(line) {
      case .failure(let message):
        diagnostics.append(Diagnostic(.warning, here, message, skipped: "line"))
      case .success(var source, let text, let warning):
        if let warning { diagnostics.append(Diagnostic(.warning, here, warning)) }
        if let first = seen[source.id] {
          diagnostics.append(
            Diagnostic(
              .warning, here, "duplicate id '\(source.id)' (first on line \(first))",
              skipped: "line"))
          continue
        }
        seen[source.id] = number
        if text.utf8.count > limits.maxDocumentBytes {
          diagnostics.append(
            Diagnostic(
              .warning, here,
              "text of '\(source.id)' longer than \(InputLimits.megabytes(limits.maxDocumentBytes)) "
                + "(FRAMING_MAX_DOCUMENT_MB raises the limit)", skipped: "document"))
          continue
        }
        source.manifestLine = number
        batch.append(
          CorpusDocument(
            source: source, displayPath: "\(displayRoot):\(number)",
            content: .bytes(Data(text.utf8))))
        if batch.count == batchSize {
          body(batch, nil)
          batch = []
        }
      }
    }
    if !batch.isEmpty { body(batch, nil) }
    return []
  }

  public func reread(_ ids: Set<String>, _ body: (String, Data) -> Void) {
    guard !isStandardInput, let reader = try? open() else { return }
    var found = Set<String>()
    while found.count < ids.count {
      let line: Data
      do {
        guard let next = try reader.next() else { break }
        line = next
      } catch .lineTooLong {
        continue
      } catch { break }
      if case .success(let source, let text, _) = Self.parse(line), ids.contains(source.id),
        found.insert(source.id).inserted
      {
        body(source.id, Data(text.utf8))
      }
    }
  }

  /// Whether the corpus is standard input (`-`), which can be read only once.
  var isStandardInput: Bool { file.lastPathComponent == "-" }

  public var canReread: Bool { !isStandardInput }

  func open() throws(DiagnosticFailure) -> LineReader {
    do {
      return isStandardInput
        ? try LineReader(handle: FileHandle.standardInput, maxLineBytes: limits.maxLineBytes)
        : try LineReader(url: file, maxLineBytes: limits.maxLineBytes)
    } catch {
      throw DiagnosticFailure([
        Diagnostic(.error, SourceLocation(file: displayRoot), error.description)
      ])
    }
  }

  enum Parsed {
    /// A document, with a warning about it (a date it could not read) or nil.
    case success(DocumentSource, text: String, warning: String?)
    case failure(String)
  }

  static func parse(_ line: Data) -> Parsed {
    guard String(data: line, encoding: .utf8) != nil else { return .failure("not valid UTF-8") }
    let object: Any
    do { object = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) } catch
    {
      return .failure("not valid JSON")
    }
    guard let fields = object as? [String: Any] else { return .failure("not a JSON object") }
    func string(_ key: String) -> String? {
      switch fields[key] {
      case let s as String: return s
      case let n as NSNumber: return n.stringValue
      default: return nil
      }
    }
    guard let id = string("id"), !id.isEmpty else { return .failure("missing 'id'") }
    guard let outlet = string("outlet"), !outlet.trimmingCharacters(in: .whitespaces).isEmpty
    else { return .failure("missing 'outlet' for id '\(id)'") }
    guard let text = fields["text"] as? String else {
      return .failure("missing 'text' (a string) for id '\(id)'")
    }
    var date = string("date") ?? ""
    var warning: String?
    if !date.isEmpty {
      if let iso = ISODate.read(date) {
        date = iso
      } else {
        warning =
          "bad date '\(date)' for id '\(id)' (expected yyyy-mm-dd or dd.mm.yyyy); the document is kept without a date"
        date = ""
      }
    }
    var metadata: [DocumentSource.Field] = []
    for key in fields.keys.sorted() where !known.contains(key) {
      let value: String
      switch fields[key] {
      case let s as String: value = s
      case let n as NSNumber: value = n.stringValue
      case is NSNull: value = ""
      case let other?:
        value =
          (try? JSONSerialization.data(withJSONObject: other, options: [.sortedKeys]))
          .map { String(decoding: $0, as: UTF8.self) } ?? ""
      case nil: value = ""
      }
      metadata.append(DocumentSource.Field(name: key, value: value))
    }
    return .success(
      DocumentSource(
        id: id, outlet: outlet.trimmingCharacters(in: .whitespaces), date: date,
        title: string("title") ?? "", url: string("url") ?? "", metadata: metadata),
      text: text, warning: warning)
  }
}
