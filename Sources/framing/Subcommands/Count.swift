import ArgumentParser
import Foundation
import FramingCore
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

  @Argument(
    help:
      "The part: a folder of articles, a JSON Lines file, or - for JSON Lines on standard input.")
  var corpus: String

  @Option(help: "How the whole corpus is named in the merged outputs (default: this part's path).")
  var corpusName: String?

  @Option(help: "Where the shard goes; - for standard output (as `RDD.pipe` wants).")
  var output: String

  @Option(help: "Folder of lexicon files (YAML); merge with the same lexicons.")
  var lexicons = ReportJob.Options.defaultLexicons

  @Option(
    help: "Overlapping matches inside a module: longest-overall, longest-per-category, keep-all.")
  var overlap: OverlapPolicy = .longestOverall

  @Option(help: "Worker threads (default: all cores). The shard is identical for any number.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 256") }
  }

  func run() throws {
    var options = ReportJob.Options(
      corpus: URL(fileURLWithPath: corpus), corpusDisplay: corpus,
      lexicons: URL(fileURLWithPath: lexicons), lexiconsDisplay: lexicons,
      csvDirectory: URL(fileURLWithPath: "."), reportDirectory: URL(fileURLWithPath: "."))
    options.overlap = overlap
    options.jobs = jobs
    // The shard goes line by line to standard output, or to a scratch file that is then
    // copied into place atomically: it is never held in memory.
    var scratch: ScratchFile?
    if output != "-" {
      do { scratch = try ScratchFile() } catch { fail(error) }
    }
    let counted: (documents: Int, diagnostics: [Diagnostic])
    do {
      counted = try ReportJob(options: options).count(corpusName: corpusName ?? corpus) { line in
        if let scratch { scratch.append(line) } else { FileHandle.standardOutput.write(line) }
      }
    } catch {
      fail(error.description)
    }
    // On standard output the shard is the whole output (what `RDD.pipe` reads back).
    guard let scratch else { return }
    var files = OutputSet()
    files.add(URL(fileURLWithPath: output), spooled: scratch)
    do {
      try files.commit()
    } catch OutputSet.WriteError.interrupted(let signal) {
      FileHandle.standardError.write(
        Data("\(OutputSet.WriteError.interrupted(signal: signal))\n".utf8))
      throw ExitCode(128 + signal)
    } catch {
      fail("\(output): error: cannot write the shard: \(error)")
    }
    if !quiet {
      printWarnings(counted.diagnostics)
      FileHandle.standardError.write(
        Data("framing: \(counted.documents) documents counted into \(output)\n".utf8))
    }
  }
}
