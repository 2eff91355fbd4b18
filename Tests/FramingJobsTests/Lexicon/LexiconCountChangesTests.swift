import Foundation
import FramingCore
import FramingJobs
import FramingTestSupport
import Testing

/// An edit to one module can change another module's counts: a label added for Putin makes
/// "der Diktator" refer to him, so Kim's module loses a counted label without being touched.
/// `lexicon add`/`import --corpus` say so.
@Suite struct LexiconCountChangesTests {
  static func module(_ id: String, target: String, entries: [String]) -> Data {
    Data(
      """
      format: 1
      kind: module
      id: \(id)
      title: \(id)
      language: de
      version: 1.0.0
      description: Labels.
      scale: {min: -2, max: 2, negative: a, positive: b}
      target:
        name: \(target)
        patterns: ["=\(target.split(separator: " ").last ?? "")"]
      categories:
        - id: negative
          label: Negativ
          weight: -2
          entries:
      \(entries.map { "      - {term: \($0), note: n.}" }.joined(separator: "\n"))

      """.utf8)
  }

  static func setUp() throws -> (LexiconJob, LexiconJob.Corpus) {
    let lexicons = try Fixtures.makeFolder([
      "kim.yaml": module("kim", target: "Kim", entries: ["Diktator"]),
      "putin.yaml": module("putin", target: "Wladimir Putin", entries: ["Kriegsverbrecher"]),
    ])
    let corpus = try Fixtures.makeFolder([
      "blatt/a.txt": Data("Kim empfing am Mittwoch Putin. Der Diktator lächelte.\n".utf8)
    ])
    return (
      LexiconJob(directory: lexicons, displayPath: "lex"),
      LexiconJob.Corpus(url: corpus, displayPath: "corpus")
    )
  }

  static func addDiktatorToPutin(_ job: LexiconJob) throws(JobFailure) {
    do {
      try job.edit("putin", [.add(EntryDraft(term: "Diktator", note: "n."), category: "negative")])
    } catch { throw .lexicon(error) }
  }

  @Test func anEditNamesTheModulesItDidNotTouchWhoseCountsChanged() throws {
    let (job, corpus) = try Self.setUp()
    var reading = corpus
    reading.jobs = 1
    let (_, changes) = try job.measuringChanges(on: reading, isDryRun: false) {
      (job: LexiconJob) throws(JobFailure) in try Self.addDiktatorToPutin(job)
    }
    #expect(
      changes.changes == [
        .init(
          key: .init(outlet: "blatt", module: "kim", entry: "Diktator"),
          old: .init(counted: 1), new: .init(notTarget: 1)),
        .init(
          key: .init(outlet: "blatt", module: "putin", entry: "Diktator"), old: .init(),
          new: .init(counted: 1)),
      ])
    #expect(changes.edited == ["putin"])
    #expect(changes.otherModules == ["kim"])
    #expect(
      changes.report(corpus: "corpus").hasSuffix(
        "counts on corpus: 2 entries changed; also in module not edited: kim\n"))
    #expect(try job.open().module("putin").entries.map(\.term) == ["Kriegsverbrecher", "Diktator"])
  }

  @Test func aDryRunMeasuresOnACopyAndWritesNothing() throws {
    let (job, corpus) = try Self.setUp()
    let before = try Data(contentsOf: job.directory.appendingPathComponent("putin.yaml"))
    let (_, changes) = try job.measuringChanges(on: corpus, isDryRun: true) {
      (job: LexiconJob) throws(JobFailure) in try Self.addDiktatorToPutin(job)
    }
    #expect(changes.otherModules == ["kim"])
    #expect(try Data(contentsOf: job.directory.appendingPathComponent("putin.yaml")) == before)
  }
}
