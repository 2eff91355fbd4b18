import Dispatch
import Foundation

/// Runs a corpus through `DocumentAnalyzer`s on several threads and hands the results, in
/// document order, to a consumer: the output is the same whatever the number of workers.
///
/// Documents are read and analyzed in batches, so only one batch of texts is in memory at once.
public struct CorpusRun: Sendable {
  public var jobs: Int
  public var batchSize: Int

  public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 256) {
    self.jobs = max(1, jobs)
    self.batchSize = max(1, batchSize)
  }

  /// Analyzes every document of `listing`; `consume` sees each result in id order.
  public func run(
    corpus: FolderCorpus, documents: [DocumentSource], lexicon: Lexicon, matcher: Matcher,
    consume: (DocumentResult) throws -> Void
  ) rethrows {
    let workers = max(1, min(jobs, batchSize, documents.count))
    let analyzers = (0..<workers).map { _ in DocumentAnalyzer(lexicon: lexicon, matcher: matcher) }
    let shared = Unchecked(analyzers)
    var start = 0
    while start < documents.count {
      let batch = Array(documents[start..<min(documents.count, start + batchSize)])
      let slots = ResultSlots(count: batch.count)
      let active = min(workers, batch.count)
      DispatchQueue.concurrentPerform(iterations: active) { worker in
        let analyzer = shared.value[worker]
        var i = worker
        while i < batch.count {
          let source = batch[i]
          let display = corpus.display(source.id)
          do throws(DiagnosticFailure) {
            let data = try corpus.read(source)
            slots.set(i, analyzer.analyze(source, data: data, displayPath: display))
          } catch {
            slots.set(
              i,
              DocumentResult(
                source: source, sha256: "", encoding: .utf8, tokens: VoiceCounts(), matches: [],
                mentions: [:], removals: [], diagnostics: error.diagnostics, isIncluded: false))
          }
          i += active
        }
      }
      for result in slots.results { try consume(result) }
      start += batchSize
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
