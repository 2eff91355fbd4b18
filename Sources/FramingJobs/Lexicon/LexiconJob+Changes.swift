import Foundation
import FramingCore

extension LexiconJob {
  /// How an edit of the lexicon changes the counts of a corpus: every outlet × module × entry
  /// whose counts differ, and which of those modules the edit did not touch (an entry added
  /// to one module can turn a match of another from not-target into counted).
  public struct CountChanges: Sendable {
    public var changes: [EntryCounts.Change]
    /// Ids of the modules the edit changed (every module made from an edited shared inventory).
    public var edited: Set<String>
    public var diagnostics: [Diagnostic]

    /// Changed modules the edit did not address, in order.
    public var otherModules: [String] {
      var seen = Set<String>()
      return changes.map(\.key.module).filter { !edited.contains($0) && seen.insert($0).inserted }
    }
  }

  /// Counts `corpus` with the folder as it is, runs `edit` on a job for the folder, counts
  /// again and returns the edit's result with what changed. With `isDryRun` the edit runs on a
  /// temporary copy of the folder, so nothing here is written.
  public func measuringChanges<T>(
    on corpus: Corpus, overlap: OverlapPolicy = .longestOverall,
    isDryRun: Bool, _ edit: (LexiconJob) throws(JobFailure) -> T
  ) throws(JobFailure) -> (T, CountChanges) {
    var job = self
    var copy: URL?
    if isDryRun {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "framing-lexicons-\(UUID().uuidString)")
      do { try FileManager.default.copyItem(at: directory, to: folder) } catch {
        throw .file(displayPath, "cannot copy the folder to try the edit: \(error)")
      }
      copy = folder
      job.directory = folder
    }
    defer { if let copy { try? FileManager.default.removeItem(at: copy) } }
    var diagnostics: [Diagnostic] = []
    let old: Lexicon
    do { old = try job.open().lexicon } catch { throw .lexicon(error) }
    let before = try job.count(corpus, old, overlap: overlap, diagnostics: &diagnostics)
    let result = try edit(job)
    let new: Lexicon
    do { new = try job.open().lexicon } catch { throw .lexicon(error) }
    var ignored: [Diagnostic] = []
    let after = try job.count(corpus, new, overlap: overlap, diagnostics: &ignored)
    // A module is edited when its categories or entries differ (line numbers aside).
    func content(_ module: LexiconModule) -> [String] {
      module.categories.flatMap { c in
        ["\(c.id)|\(c.label)|\(c.weight)"]
          + c.entries.map { "\($0.term)|\($0.patterns.map(\.source))|\($0.note)|\($0.namesTarget)" }
      }
    }
    let oldContent = Dictionary(
      old.modules.map { ($0.id, content($0)) }, uniquingKeysWith: { a, _ in a })
    let edited = Set(new.modules.filter { oldContent[$0.id] != content($0) }.map(\.id))
    return (
      result,
      CountChanges(
        changes: EntryCounts.changes(from: before, to: after), edited: edited,
        diagnostics: diagnostics)
    )
  }

  func count(
    _ corpus: Corpus, _ lexicon: Lexicon, overlap: OverlapPolicy, diagnostics: inout [Diagnostic]
  ) throws(JobFailure) -> EntryCounts {
    do {
      return try EntryCounts.measure(
        lexicon: lexicon, corpus: corpus.reader, policy: overlap,
        run: CorpusRun(jobs: corpus.jobs), diagnostics: &diagnostics)
    } catch { throw .input(error) }
  }
}

extension LexiconJob.CountChanges {
  /// What `lexicon add`/`import --corpus` print: the changed entries, then a line naming the
  /// modules the edit did not address whose counts changed.
  public func report(corpus: String) -> String {
    guard !changes.isEmpty else { return "counts on \(corpus): nothing changed\n" }
    var out = DiffJob.entryTable(changes)
    let n = changes.count
    out += "counts on \(corpus): \(n) entr\(n == 1 ? "y" : "ies") changed"
    let others = otherModules
    out +=
      others.isEmpty
      ? "\n"
      : "; also in module\(others.count == 1 ? "" : "s") not edited: \(others.joined(separator: ", "))\n"
    return out
  }
}
