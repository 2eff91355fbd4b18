import Foundation
import FramingCore
import FramingReports
import FramingStatistics

extension ReportJob {
  /// What the first pass over the documents leaves: every result stored on disk in corpus
  /// order, the shared-copy index, word counts per outlet, messages, and the documents per
  /// outlet (which the bootstrap needs before the second pass).
  struct Collected {
    let lexicon: Lexicon
    var summary: CorpusSummary
    let spill: DocumentSpill
    let index: SharedCopy.Index
    var documentsPerOutlet: [String: Int] = [:]
    /// Messages about single documents, in document order.
    var documentDiagnostics: [Diagnostic] = []
    /// Checksums of the corpus's files that are not documents (its manifest).
    var sums: [Shard.Sum] = []

    init(lexicon: Lexicon) throws(Failure) {
      self.lexicon = lexicon
      summary = CorpusSummary(lexicon: lexicon)
      do {
        spill = try DocumentSpill()
        index = try SharedCopy.Index()
      } catch { throw .temporary(error) }
    }

    mutating func add(_ result: DocumentResult) {
      summary.addWords(result)
      documentDiagnostics += result.diagnostics
      index.add(
        id: result.source.id, outlet: result.source.outlet,
        fingerprint: result.isIncluded ? result.fingerprint : SharedCopy.Fingerprint())
      if result.isIncluded { documentsPerOutlet[result.source.outlet, default: 0] += 1 }
      spill.append(result)
    }
  }

  /// The second pass: each stored document, in order, is marked for shared copy and handed to
  /// everything that needs single documents; only counts and bounded samples stay in memory.
  struct SecondPass {
    let lexicon: Lexicon
    let voice: VoiceFilter
    let periodUnit: PeriodUnit?
    var summary: CorpusSummary
    var marker: SharedCopy.Marker
    let streams: OutputTables.Streams
    let rows: RowWriter
    var evidence = ReportEvidence()
    /// Per period, the counts of its documents (`--by`).
    var periods: [String: CorpusSummary] = [:]
    /// Included documents without a usable date.
    var undated = 0
    /// `--group-by`: the field, and the counts of the documents pooled per value of it (each
    /// value stands where an outlet stands, so that `Scores` computes one row per value).
    let groupBy: String?
    var groups: CorpusSummary
    var isGroupFieldSeen = false
    static let noGroup = "(none)"
    let bootstrap: Bootstrap.Stream
    /// Per module, the category counts of the documents with matches (tests, stance bootstrap).
    var documents: DocumentTable
    /// Bootstrap group of each outlet.
    let bootstrapGroups: [String: Int]
    var checksum = MultisetChecksum()

    init(_ collected: Collected, outlets: [String], voice: VoiceFilter, options: Options)
      throws(Failure)
    {
      lexicon = collected.lexicon
      self.voice = voice
      periodUnit = options.periodUnit
      summary = collected.summary
      bootstrapGroups = Dictionary(uniqueKeysWithValues: outlets.enumerated().map { ($1, $0) })
      groupBy = options.groupBy
      groups = CorpusSummary(lexicon: collected.lexicon)
      documents = DocumentTable(outlets: outlets, lexicon: collected.lexicon, voice: voice)
      do {
        bootstrap = try Bootstrap.Stream(
          documents: outlets.map { collected.documentsPerOutlet[$0] ?? 0 },
          measures: lexicon.modules.count, resamples: options.resamples, seed: options.seed)
      } catch { throw .statistics(error) }
      do {
        marker = try SharedCopy.Marker(
          detector: SharedCopy(), index: collected.index, exclude: options.excludesSharedCopy)
        streams = try OutputTables.Streams(dialect: options.csvDialect, voice: voice)
      } catch { throw .temporary(error) }
      rows = RowWriter(streams, lexicon: lexicon)
    }

    mutating func add(_ stored: DocumentResult, index: Int) throws(ScratchFileError) {
      var result = stored
      let shared = try marker.mark(&result, index: index)
      summary.add(shared: shared)
      summary.add(result)
      checksum.add(name: result.source.id, sha256: result.sha256)
      rows.add(result, shared: shared)
      evidence.add(result)
      guard result.isIncluded, let group = bootstrapGroups[result.source.outlet] else { return }
      if let field = groupBy {
        var pooled = result
        let value = result.source.value(of: field) ?? ""
        if !value.isEmpty { isGroupFieldSeen = true }
        pooled.source.outlet = value.isEmpty ? Self.noGroup : value
        groups.add(pooled)
      }
      if let unit = periodUnit {
        if let period = unit.period(of: result.source.date) {
          periods[period, default: CorpusSummary(lexicon: lexicon)].add(result)
        } else {
          undated += 1
        }
      }
      documents.add(result)
      bootstrap.add(
        group: group, tokens: voice.count(result.tokens),
        matches: StatisticsReport.contribution(of: result, lexicon: lexicon, voice: voice))
    }

    /// The passages of documents that came without their bytes (from shards), with their text
    /// read again from the corpus; then waits until every row is written.
    mutating func finish(reread: (Set<String>, (String, Data) -> Void) -> Void)
      throws(ScratchFileError)
    {
      var document: [SharedPassage] = []
      func flush() {
        summary.add(shared: document)
        rows.add(nil, shared: document)
        document = []
      }
      try marker.finish(reread: reread) { p in
        if let last = document.last, last.document != p.document { flush() }
        document.append(p)
      }
      flush()
      rows.finish()
    }
  }

  /// Formats and writes the rows of the streamed tables on its own serial queue, a batch of
  /// documents at a time, while the second pass goes on with the next documents: rows keep
  /// document order, and at most two batches wait.
  final class RowWriter: @unchecked Sendable {
    private let streams: OutputTables.Streams
    private let lexicon: Lexicon
    private let queue = DispatchQueue(label: "framing.rows")
    private let slots = DispatchSemaphore(value: 2)
    private var batch: [(result: DocumentResult?, shared: [SharedPassage])] = []

    init(_ streams: OutputTables.Streams, lexicon: Lexicon) {
      self.streams = streams
      self.lexicon = lexicon
    }

    /// Adds a document's rows (none for nil) and its shared passages.
    func add(_ result: DocumentResult?, shared: [SharedPassage]) {
      batch.append((result, shared))
      if batch.count >= 256 { flush() }
    }

    private func flush() {
      guard !batch.isEmpty else { return }
      slots.wait()
      let work = batch
      batch = []
      queue.async { [streams, lexicon, slots] in
        for (result, shared) in work {
          for p in shared { streams.sharedCopy.append(OutputTables.sharedCopyRow(p)) }
          if let result { streams.add(result, lexicon: lexicon) }
        }
        slots.signal()
      }
    }

    /// Writes what is left and waits until every row is written.
    func finish() {
      flush()
      queue.sync {}
    }
  }
}
