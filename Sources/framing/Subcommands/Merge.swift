import ArgumentParser
import FramingJobs

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
    guard !shards.isEmpty else { throw ValidationError("give at least one shard") }
    // The corpus is named in every shard's header: `runMerge` names it after the first one's.
    try settings.perform(settings.job(corpus: "")) { job throws(ReportJob.Failure) in
      try job.runMerge(shards: shards, corpus: corpus)
    }
  }
}
