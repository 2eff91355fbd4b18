import ArgumentParser

@main
struct FramingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "framing",
    abstract: "Measure how news outlets frame the same events.",
    discussion: """
      framing reads a folder of articles from several outlets, finds the terms of its lexicon \
      modules (labels for actors, names for the war, sourcing, distancing, ...) in the outlet's \
      own words and in quotations, and writes per-outlet scores as CSV and Markdown.
      """,
    version: "0.1.0",
    subcommands: [
      Report.self, Count.self, Merge.self, Diff.self, Templates.self, LexiconCommand.self,
      Kwic.self,
      Evaluate.self, Agreement.self, Audit.self,
    ],
    defaultSubcommand: Report.self)

  static func main() {
    SignalHandling.install()
    main(nil)
  }
}
