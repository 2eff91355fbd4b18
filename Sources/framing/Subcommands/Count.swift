import ArgumentParser
import Foundation
import FramingCore
import FramingJobs
import FramingReports

struct Count: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Analyze part of a corpus and write a shard for `framing merge`.",
    discussion: """
      Examples:
        framing count part-03.jsonl --corpus-name corpus.jsonl --output shards/part-03.shard
        split -n l/4 -d --additional-suffix=.jsonl corpus.jsonl part-   # then count each part

      A shard holds everything the analysis learned from its documents (format: framing-shard \
      version 1, JSON Lines; see README.md). `framing merge` combines the shards of all parts, \
      given in corpus order, into exactly the outputs of `framing report` on the whole corpus. \
      Exit status: 0 success, 1 failure, 64 usage error.
      """)

  /// What `count` says about shared options.
  enum Notes: OptionNotes {
    static let jobs = " The shard is identical for any number."
    static let lexicons = "; merge with the same lexicons"
  }

  @Argument(
    help:
      "The part: a folder of articles, a JSON Lines file, or - for JSON Lines on standard input.")
  var corpus: String

  @Option(help: "How the whole corpus is named in the merged outputs (default: this part's path).")
  var corpusName: String?

  @Option(help: "Where the shard goes; - for standard output (as `RDD.pipe` wants).")
  var output: String

  @OptionGroup var folder: LexiconFolderOption<Notes>

  @Option(
    help: "Overlapping matches inside a module: longest-overall, longest-per-category, keep-all.")
  var overlap: OverlapPolicy = .longestOverall

  @OptionGroup var workers: JobsOption<Notes>

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  func run() throws {
    var options = ReportJob.Options(
      corpus: URL(fileURLWithPath: corpus), corpusDisplay: corpus, lexicons: folder.url,
      lexiconsDisplay: folder.display, csvDirectory: URL(fileURLWithPath: "."),
      reportDirectory: URL(fileURLWithPath: "."))
    options.overlap = overlap
    options.jobs = workers.jobs
    let counted: (documents: Int, diagnostics: [Diagnostic])
    do {
      counted = try ReportJob(options: options).runCount(
        corpusName: corpusName ?? corpus,
        output: output == "-" ? nil : URL(fileURLWithPath: output), outputDisplay: output)
    } catch .write(.interrupted(let signal)) {
      printFailure(OutputSet.WriteError.interrupted(signal: signal))
      throw ExitCode(128 + signal)
    } catch {
      fail(error)
    }
    // On standard output the shard is the whole output (what `RDD.pipe` reads back).
    guard output != "-", !quiet else { return }
    printWarnings(counted.diagnostics)
    FileHandle.standardError.write(
      Data("framing: \(counted.documents) documents counted into \(output)\n".utf8))
  }
}
