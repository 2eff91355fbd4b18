import ArgumentParser
import FramingJobs

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Analyze a corpus and write CSVs and Markdown reports.",
    discussion: """
      Examples:
        framing report                                  the bundled demo corpus
        framing report ~/corpus --csv-dir out --report-dir out
        framing report ~/corpus --voice all --strict

      CORPUS is a folder of .txt/.md articles with a manifest.csv (file,outlet,date,title[,url,...]); \
      without a manifest, each article's first subfolder names its outlet. Or CORPUS is a JSON \
      Lines file, plain or gzip-compressed, one article per line: {"id", "outlet", "date", \
      "title", "text", ...}; other fields are kept as metadata. Exit status: 0 success, \
      1 failure (bad input, with messages naming file and line), 64 usage error.
      """)

  @Argument(help: "Folder of articles, or a JSON Lines file (.jsonl, .jsonl.gz, .ndjson).")
  var corpus = ReportJob.Options.defaultCorpus

  @OptionGroup var settings: ReportOptions

  func options() -> ReportJob.Options { settings.job(corpus: corpus) }

  func run() throws {
    try settings.perform(options()) { job throws(ReportJob.Failure) in try job.run() }
  }
}
