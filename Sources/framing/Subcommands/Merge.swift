import ArgumentParser
import Foundation
import FramingCore
import FramingReports

struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Combine the shards of a corpus's parts into the outputs of one run.",
    discussion: """
      Examples:
        framing merge shards/part-*.shard --csv-dir out --report-dir out

      Give the shards in corpus order. They must come from one corpus (--corpus-name of \
      `framing count`), the same lexicons and the same --overlap. The outputs are byte-identical \
      to `framing report` on the whole corpus with the same options; the text of shared agency \
      copy is read from the corpus when its name is a path that exists here (or give --corpus).
      """)

  @Argument(help: "Shard files written by `framing count`, in corpus order.")
  var shards: [String]

  @Option(help: "The whole corpus, read again only for the text of shared passages.")
  var corpus: String?

  @OptionGroup var settings: ReportOptions

  func run() throws {
    guard let first = shards.first else { throw ValidationError("give at least one shard") }
    let name: String
    do {
      // The corpus is named in every shard's header; the first one's names it here.
      name = try Shard.Reader(URL(fileURLWithPath: first), displayPath: first).header.corpus
    } catch {
      fail(error.description)
    }
    var options = settings.job(corpus: name)
    if let corpus { options.corpus = URL(fileURLWithPath: corpus) }
    try settings.perform(options) { job throws(ReportJob.Failure) in
      try job.write(try job.merge(shards.map { URL(fileURLWithPath: $0) }, names: shards))
    }
  }
}
