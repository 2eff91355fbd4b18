import Dispatch
import Foundation

/// Runs a corpus through `DocumentAnalyzer`s on several threads and hands the results, in
/// document order, to a consumer: the output is the same whatever the number of workers.
///
/// Documents are read and analyzed in batches, so only two batches of texts are in memory at
/// once: while the workers analyze one batch, the calling thread hands the results of the one
/// before to the consumer and reads the next.
public struct CorpusRun: Sendable {
  public var jobs: Int
  public var batchSize: Int
  /// Characters of context on each side of a match.
  public var contextWidth = 60

  public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 256) {
    self.jobs = max(1, jobs)
    self.batchSize = max(1, batchSize)
  }

  /// Analyzes every document `corpus` hands out; `consume` sees each result in corpus order,
  /// with the number of documents in all when the corpus knows it in advance.
  /// Problems with the corpus as a whole go to `diagnostics`.
  ///
  /// - Returns: the corpus's checksum inputs that are not documents (its manifest).
  public func run(
    corpus: some CorpusReader, lexicon: Lexicon, matcher: Matcher,
    diagnostics: inout [Diagnostic], consume: (DocumentResult, Int?) -> Void
  ) throws(DiagnosticFailure) -> [(name: String, sha256: String)] {
    let analyzers = Unchecked(
      (0..<jobs).map { _ in
        let analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: matcher)
        analyzer.contextWidth = contextWidth
        return analyzer
      })
    // The batch being analyzed: its slots, the number of documents in all, and its workers.
    var running: (slots: ResultSlots, total: Int?, done: DispatchGroup)?
    defer { running?.done.wait() }
    let sums = try corpus.stream(batchSize: batchSize, diagnostics: &diagnostics) {
      batch, total in
      running?.done.wait()
      let previous = running
      let slots = ResultSlots(count: batch.count)
      let done = DispatchGroup()
      let jobs = jobs
      DispatchQueue.global().async(group: done) {
        Self.analyze(batch, into: slots, analyzers: analyzers, jobs: jobs)
      }
      running = (slots, total, done)
      if let previous { for result in previous.slots.results { consume(result, previous.total) } }
    }
    if let last = running {
      last.done.wait()
      running = nil
      for result in last.slots.results { consume(result, last.total) }
    }
    return sums
  }

  /// Analyzes a batch on `jobs` threads, each with its own analyzer.
  private static func analyze(
    _ batch: [CorpusDocument], into slots: ResultSlots, analyzers: Unchecked<[DocumentAnalyzer]>,
    jobs: Int
  ) {
    let active = max(1, min(jobs, batch.count))
    DispatchQueue.concurrentPerform(iterations: active) { worker in
      let analyzer = analyzers.value[worker]
      var i = worker
      while i < batch.count {
        let document = batch[i]
        do throws(DiagnosticFailure) {
          let data = try document.data()
          var result = analyzer.analyze(
            document.source, data: data, displayPath: document.displayPath)
          result.bytes = data
          slots.set(i, result)
        } catch {
          slots.set(
            i,
            DocumentResult(
              source: document.source, sha256: "", encoding: .utf8, tokens: VoiceCounts(),
              matches: [], mentions: [:], removals: [], diagnostics: error.diagnostics,
              isIncluded: false))
        }
        i += active
      }
    }
  }
}

/// Result slots written by disjoint workers (each index by exactly one worker).
private final class ResultSlots: @unchecked Sendable {
  private var storage: [DocumentResult?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: DocumentResult) {
    lock.lock()
    storage[index] = result
    lock.unlock()
  }

  var results: [DocumentResult] { storage.compactMap { $0 } }
}

/// Analyzers are used by one worker each; the wrapper only carries them across the closure.
private struct Unchecked<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
