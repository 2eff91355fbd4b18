import Foundation
import FramingCore
import FramingReports
import FramingStatistics

extension ReportJob {
  /// `framing count`: analyzes the corpus (any part of a larger one) and hands its shard's
  /// lines to `write` as they are made (header, one line per document, the last line), naming
  /// the whole corpus `corpusName`. Returns the documents counted and every message.
  public func count(corpusName: String, write: (Data) -> Void) throws(Failure) -> (
    documents: Int, diagnostics: [Diagnostic]
  ) {
    var documents = 0
    var messages: [Diagnostic] = []
    // Encoding our own Codable values should not fail; if it does, the shard is not finished
    // (no last line, which `merge` refuses) and the run fails.
    var failure: (any Error)?
    func line(_ encode: () throws -> Data) {
      guard failure == nil else { return }
      do { write(try encode()) } catch { failure = error }
    }
    let part = try count(corpusName: corpusName, header: { h in line { try Shard.line(h) } }) {
      document in
      line { try Shard.line(document: document) }
      messages += document.diagnostics
      documents += 1
    }
    line { try Shard.line(diagnostics: part.diagnostics, sums: part.sums) }
    if let failure {
      throw .temporary(ScratchFileError(reason: "cannot encode the shard: \(failure)"))
    }
    return (documents, part.diagnostics + messages)
  }

  /// `framing count` as the command runs it: the shard goes line by line to `output`, through a
  /// scratch file that is then copied into place atomically (it is never held in memory), or to
  /// standard output when `output` is nil (what `RDD.pipe` reads back). `outputDisplay` names
  /// the file in messages.
  public func runCount(corpusName: String, output: URL?, outputDisplay: String) throws(Failure)
    -> (documents: Int, diagnostics: [Diagnostic])
  {
    var scratch: ScratchFile?
    if output != nil {
      do { scratch = try ScratchFile() } catch { throw .temporary(error) }
    }
    let counted = try count(corpusName: corpusName) { line in
      if let scratch { scratch.append(line) } else { FileHandle.standardOutput.write(line) }
    }
    guard let output, let scratch else { return counted }
    var files = OutputSet()
    files.add(output, spooled: scratch)
    do {
      // What an interrupted earlier commit left was undone: said on standard error.
      for note in try files.commit() { FileHandle.standardError.write(Data("\(note)\n".utf8)) }
    } catch .interrupted(let signal) {
      throw .write(.interrupted(signal: signal))
    } catch {
      throw .shard(path: outputDisplay, error)
    }
    return counted
  }

  /// `framing count` into memory (for tests and small parts).
  public func count(corpusName: String) throws(Failure) -> Shard {
    var documents: [DocumentResult] = []
    let part = try count(corpusName: corpusName, header: { _ in }) { documents.append($0) }
    return Shard(
      header: part.header, documents: documents, diagnostics: part.diagnostics, sums: part.sums)
  }

  private func count(
    corpusName: String, header: (Shard.Header) -> Void, each: (DocumentResult) -> Void
  ) throws(Failure) -> (header: Shard.Header, diagnostics: [Diagnostic], sums: [Shard.Sum]) {
    let lexicon = try loadLexicon()
    let made = Shard.Header(
      tool: Provenance.toolVersion, corpus: corpusName,
      lexiconsSHA256: Self.lexiconChecksum(lexicon), overlap: options.overlap.rawValue)
    header(made)
    let (diagnostics, sums) = try analyze(lexicon, corpus: corpusReader, consume: each)
    return (made, diagnostics, sums)
  }

  static func lexiconChecksum(_ lexicon: Lexicon) -> String {
    Provenance.combinedChecksum(lexicon.files.map { ($0.path, $0.sha256) })
  }

  /// `framing merge`: the outputs of one run over the corpus whose parts the shard files
  /// `urls` hold, in the order given (read document by document: memory grows only by 24 bytes
  /// a document, for finding a document counted twice). The shards must name the same corpus and lexicons (checksum) and overlap policy
  /// as this job; a document in two shards is an error. `options.corpus`, when it exists, is
  /// read again for the text of shared passages.
  public func merge(_ urls: [URL], names: [String]) throws(Failure) -> Outcome {
    let templates = try loadTemplates()
    let lexicon = try loadLexicon()
    let checksum = Self.lexiconChecksum(lexicon)
    var collected = try Collected(lexicon: lexicon)
    var diagnostics: [Diagnostic] = []
    var problems: [Diagnostic] = []
    // Which shard each document came from, by a 128-bit hash of its id (two FNV-1a hashes):
    // 24 bytes a document rather than its id; two ids colliding would take about 2⁶⁴ documents.
    var firstShard: [IDHash: Int] = [:]
    for (s, (url, name)) in zip(urls, names).enumerated() {
      let reader: Shard.Reader
      do { reader = try Shard.Reader(url, displayPath: name) } catch { throw .input(error) }
      let here = SourceLocation(file: name, line: 1)
      if reader.header.corpus != options.corpusDisplay {
        problems.append(
          Diagnostic(
            .error, here,
            "shard of corpus '\(reader.header.corpus)', not of '\(options.corpusDisplay)'"))
      }
      if reader.header.lexiconsSHA256 != checksum {
        problems.append(
          Diagnostic(
            .error, here,
            "counted with other lexicons than \(options.lexiconsDisplay) (checksum differs)"))
      }
      if reader.header.overlap != options.overlap.rawValue {
        problems.append(
          Diagnostic(
            .error, here,
            "counted with --overlap \(reader.header.overlap); merge with the same policy"))
      }
      do {
        while let document = try reader.next() {
          let key = IDHash(document.source.id)
          if let other = firstShard[key] {
            problems.append(
              Diagnostic(
                .error, here, "document '\(document.source.id)' is also in \(names[other])"))
          } else {
            firstShard[key] = s
          }
          if problems.isEmpty { collected.add(document) }
        }
      } catch { throw .input(error) }
      diagnostics += reader.diagnostics
      collected.sums += reader.sums
    }
    if !problems.isEmpty { throw .input(DiagnosticFailure(problems)) }
    collected.summary.add(diagnostics: diagnostics + collected.documentDiagnostics)
    let reader = corpusReader
    let canReread = FileManager.default.fileExists(atPath: options.corpus.path)
    return try finish(
      collected, reread: { ids, body in if canReread { reader.reread(ids, body) } },
      templates: templates)
  }

  /// `framing merge` as the command runs it: the corpus is the one the first shard's header
  /// names (in outputs, and read again for the text of shared passages unless `corpus` gives
  /// another path); then `merge` and `write`.
  public func runMerge(shards paths: [String], corpus: String?) throws(Failure) -> Outcome {
    var job = self
    if let first = paths.first {
      let name: String
      do {
        name = try Shard.Reader(URL(fileURLWithPath: first), displayPath: first).header.corpus
      } catch { throw .input(error) }
      job.options.corpusDisplay = name
      job.options.corpus = URL(fileURLWithPath: corpus ?? name)
    }
    return try job.write(try job.merge(paths.map { URL(fileURLWithPath: $0) }, names: paths))
  }

  /// A document id as 128 bits: FNV-1a over its bytes forwards and backwards.
  struct IDHash: Hashable {
    var forward: UInt64 = 0xcbf2_9ce4_8422_2325
    var backward: UInt64 = 0x6c62_272e_07bb_0142

    init(_ id: String) {
      for byte in id.utf8 { forward = (forward ^ UInt64(byte)) &* 0x100_0000_01b3 }
      for byte in id.utf8.reversed() { backward = (backward ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
  }
}
