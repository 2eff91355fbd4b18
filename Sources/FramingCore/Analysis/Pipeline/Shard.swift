import Foundation

/// The counts of part of a corpus, written by `framing count` and combined by `framing merge`
/// into exactly the outputs of one run over the whole corpus.
///
/// Format (version 1): JSON Lines, UTF-8, optionally gzip-compressed (the reader decides by the
/// first bytes). Line 1 is the header object `{"format": "framing-shard", "version": 1, ...}`;
/// then one line `{"document": {...}}` per document in corpus order, holding everything the
/// analysis learned from it (matches with voice, attribution, distancing and offsets; token
/// counts; target mentions; removed boilerplate; word counts; the shared-copy fingerprint); the
/// last line is `{"diagnostics": [...], "sums": [...]}`: messages about the part as a whole and
/// checksums that are not documents (a manifest). Field names are those of the Swift types;
/// a reader must reject a version it does not know.
public struct Shard: Sendable {
  public struct Header: Sendable, Codable, Equatable {
    public var format = "framing-shard"
    public var version = 1
    public var tool: String
    /// How the whole corpus is named in outputs (the same in every shard of one corpus).
    public var corpus: String
    public var lexiconsSHA256: String
    public var overlap: String
    public init(tool: String, corpus: String, lexiconsSHA256: String, overlap: String) {
      self.tool = tool
      self.corpus = corpus
      self.lexiconsSHA256 = lexiconsSHA256
      self.overlap = overlap
    }
  }

  public struct Sum: Sendable, Codable, Hashable {
    public var name: String
    public var sha256: String
    public init(name: String, sha256: String) {
      self.name = name
      self.sha256 = sha256
    }
  }

  struct DocumentLine: Codable { var document: DocumentResult }
  struct Version: Codable {
    var format: String
    var version: Int
  }
  struct Footer: Codable {
    var diagnostics: [Diagnostic]
    var sums: [Sum]
  }

  public var header: Header
  public var documents: [DocumentResult]
  public var diagnostics: [Diagnostic]
  public var sums: [Sum]

  public init(header: Header, documents: [DocumentResult], diagnostics: [Diagnostic], sums: [Sum]) {
    self.header = header
    self.documents = documents
    self.diagnostics = diagnostics
    self.sums = sums
  }

  /// The shard as JSON Lines (keys sorted, so the same part always gives the same bytes).
  public func encoded() throws -> Data {
    var data = try Self.line(header)
    for document in documents { data.append(try Self.line(document: document)) }
    data.append(try Self.line(diagnostics: diagnostics, sums: sums))
    return data
  }

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The header line (with its line break).
  public static func line(_ header: Header) throws -> Data {
    var data = try encoder().encode(header)
    data.append(0x0a)
    return data
  }

  /// A document's line.
  public static func line(document: DocumentResult) throws -> Data {
    var data = try encoder().encode(DocumentLine(document: document))
    data.append(0x0a)
    return data
  }

  /// The last line.
  public static func line(diagnostics: [Diagnostic], sums: [Sum]) throws -> Data {
    var data = try encoder().encode(Footer(diagnostics: diagnostics, sums: sums))
    data.append(0x0a)
    return data
  }

  /// Reads a whole shard into memory; `displayPath` names it in messages.
  public static func read(_ url: URL, displayPath: String) throws(DiagnosticFailure) -> Shard {
    let reader = try Reader(url, displayPath: displayPath)
    var documents: [DocumentResult] = []
    while let document = try reader.next() { documents.append(document) }
    return Shard(
      header: reader.header, documents: documents, diagnostics: reader.diagnostics,
      sums: reader.sums)
  }

  /// Reads a shard document by document: the header when opened, then `next()` until it
  /// returns nil, after which `diagnostics` and `sums` hold the last line's.
  public final class Reader {
    public let header: Header
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var sums: [Sum] = []
    private let lines: LineReader
    private let displayPath: String
    private let decoder = JSONDecoder()
    private var ended = false

    public init(_ url: URL, displayPath: String) throws(DiagnosticFailure) {
      self.displayPath = displayPath
      do { lines = try LineReader(url: url) } catch {
        throw Self.failure(displayPath, 0, error.description)
      }
      header = try Self.header(lines, decoder: decoder, displayPath: displayPath)
    }

    /// Reads up to the header line and returns it.
    static func header(_ lines: LineReader, decoder: JSONDecoder, displayPath: String)
      throws(DiagnosticFailure) -> Header
    {
      while true {
        let line: Data?
        do { line = try lines.next() } catch {
          throw Self.failure(displayPath, lines.lineNumber + 1, error.description)
        }
        guard let line else {
          throw Self.failure(displayPath, 1, "empty file: not a framing shard")
        }
        if line.isEmpty { continue }
        let number = lines.lineNumber
        guard let v = try? decoder.decode(Version.self, from: line), v.format == "framing-shard"
        else { throw Self.failure(displayPath, number, "not a framing shard (no header line)") }
        guard v.version == 1 else {
          throw Self.failure(
            displayPath, number, "shard format version \(v.version); this framing reads version 1")
        }
        guard let h = try? decoder.decode(Header.self, from: line) else {
          throw Self.failure(displayPath, number, "broken shard header")
        }
        return h
      }
    }

    static func failure(_ path: String, _ line: Int, _ message: String) -> DiagnosticFailure {
      DiagnosticFailure([Diagnostic(.error, SourceLocation(file: path, line: line), message)])
    }

    /// The next document, or nil after the last line (which must be there).
    public func next() throws(DiagnosticFailure) -> DocumentResult? {
      while true {
        let line: Data?
        do { line = try lines.next() } catch {
          throw Self.failure(displayPath, lines.lineNumber + 1, error.description)
        }
        let number = lines.lineNumber
        guard let line else {
          guard ended else {
            throw Self.failure(
              displayPath, number, "the shard ends early (no last line): was it cut off?")
          }
          return nil
        }
        if line.isEmpty { continue }
        if ended { throw Self.failure(displayPath, number, "text after the shard's last line") }
        if let document = try? decoder.decode(DocumentLine.self, from: line) {
          return document.document
        } else if let end = try? decoder.decode(Footer.self, from: line) {
          diagnostics = end.diagnostics
          sums = end.sums
          ended = true
        } else {
          throw Self.failure(displayPath, number, "broken shard line")
        }
      }
    }
  }
}
