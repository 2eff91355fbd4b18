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
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(header)
    data.append(0x0a)
    for document in documents {
      data.append(try encoder.encode(DocumentLine(document: document)))
      data.append(0x0a)
    }
    data.append(try encoder.encode(Footer(diagnostics: diagnostics, sums: sums)))
    data.append(0x0a)
    return data
  }

  /// Reads a shard; `displayPath` names it in messages.
  public static func read(_ url: URL, displayPath: String) throws(DiagnosticFailure) -> Shard {
    func failure(_ line: Int, _ message: String) -> DiagnosticFailure {
      DiagnosticFailure([
        Diagnostic(.error, SourceLocation(file: displayPath, line: line), message)
      ])
    }
    let reader: LineReader
    do { reader = try LineReader(url: url) } catch { throw failure(0, error.description) }
    let decoder = JSONDecoder()
    var header: Header?
    var documents: [DocumentResult] = []
    var footer: Footer?
    while true {
      let line: Data?
      do { line = try reader.next() } catch {
        throw failure(reader.lineNumber + 1, error.description)
      }
      guard let line else { break }
      let number = reader.lineNumber
      if line.isEmpty { continue }
      if footer != nil { throw failure(number, "text after the shard's last line") }
      guard let found = header else {
        guard let v = try? decoder.decode(Version.self, from: line), v.format == "framing-shard"
        else { throw failure(number, "not a framing shard (no header line)") }
        guard v.version == 1 else {
          throw failure(number, "shard format version \(v.version); this framing reads version 1")
        }
        guard let h = try? decoder.decode(Header.self, from: line) else {
          throw failure(number, "broken shard header")
        }
        header = h
        continue
      }
      _ = found
      if let document = try? decoder.decode(DocumentLine.self, from: line) {
        documents.append(document.document)
      } else if let end = try? decoder.decode(Footer.self, from: line) {
        footer = end
      } else {
        throw failure(number, "broken shard line")
      }
    }
    guard let header else { throw failure(1, "empty file: not a framing shard") }
    guard let footer else {
      throw failure(reader.lineNumber, "the shard ends early (no last line): was it cut off?")
    }
    return Shard(
      header: header, documents: documents, diagnostics: footer.diagnostics, sums: footer.sums)
  }
}
