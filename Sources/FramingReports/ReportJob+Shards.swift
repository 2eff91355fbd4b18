import Foundation
import FramingCore

extension ReportJob {
  /// `framing count`: analyzes the corpus (any part of a larger one) and returns its shard,
  /// which names the whole corpus `corpusName`.
  public func count(corpusName: String) throws(Failure) -> Shard {
    let lexicon = try loadLexicon()
    let analyzed = try analyze(lexicon)
    return Shard(
      header: Shard.Header(
        tool: Provenance.toolVersion, corpus: corpusName,
        lexiconsSHA256: Self.lexiconChecksum(lexicon), overlap: options.overlap.rawValue),
      documents: analyzed.results, diagnostics: analyzed.diagnostics, sums: analyzed.sums)
  }

  static func lexiconChecksum(_ lexicon: Lexicon) -> String {
    Provenance.combinedChecksum(lexicon.files.map { ($0.path, $0.sha256) })
  }

  /// `framing merge`: the outputs of one run over the corpus whose parts `shards` hold, in the
  /// order given. The shards must name the same corpus and lexicons (checksum) and overlap
  /// policy as this job; a document in two shards is an error. `options.corpus`, when it
  /// exists, is read again for the text of shared passages.
  public func merge(_ shards: [Shard], names: [String]) throws(Failure) -> Outcome {
    let templates = try loadTemplates()
    let lexicon = try loadLexicon()
    let checksum = Self.lexiconChecksum(lexicon)
    var results: [DocumentResult] = []
    var diagnostics: [Diagnostic] = []
    var sums: [Shard.Sum] = []
    var firstShard: [String: String] = [:]
    var problems: [Diagnostic] = []
    for (shard, name) in zip(shards, names) {
      let here = SourceLocation(file: name, line: 1)
      if shard.header.corpus != options.corpusDisplay {
        problems.append(
          Diagnostic(
            .error, here,
            "shard of corpus '\(shard.header.corpus)', not of '\(options.corpusDisplay)'"))
      }
      if shard.header.lexiconsSHA256 != checksum {
        problems.append(
          Diagnostic(
            .error, here,
            "counted with other lexicons than \(options.lexiconsDisplay) (checksum differs)"))
      }
      if shard.header.overlap != options.overlap.rawValue {
        problems.append(
          Diagnostic(
            .error, here,
            "counted with --overlap \(shard.header.overlap); merge with the same policy"))
      }
      for document in shard.documents {
        if let other = firstShard[document.source.id] {
          problems.append(
            Diagnostic(
              .error, here, "document '\(document.source.id)' is also in \(other)"))
        }
        firstShard[document.source.id] = name
      }
      results += shard.documents
      diagnostics += shard.diagnostics
      sums += shard.sums
    }
    if !problems.isEmpty { throw .input(DiagnosticFailure(problems)) }
    let reader = corpusReader
    let canReread = FileManager.default.fileExists(atPath: options.corpus.path)
    return try finish(
      Analyzed(
        results: results, diagnostics: diagnostics, sums: sums,
        reread: { canReread ? reader.reread($0) : [:] }),
      lexicon: lexicon, templates: templates)
  }
}
