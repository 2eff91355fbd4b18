import Foundation
import FramingCore

/// `framing kwic`: every match of one pattern of the lexicon language in a corpus, in context.
/// The corpus is cleaned with the lexicon folder's boilerplate rules, as by `framing report`.
public struct KwicJob: Sendable {
  public struct Options: Sendable {
    public var pattern: String
    public var corpus: URL
    public var corpusDisplay: String
    public var lexicons: URL
    public var lexiconsDisplay: String
    /// Only lines in this voice; nil for all.
    public var voice: Voice?
    /// Characters of context on each side.
    public var width = 60
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    public init(
      pattern: String, corpus: URL, corpusDisplay: String, lexicons: URL, lexiconsDisplay: String
    ) {
      self.pattern = pattern
      self.corpus = corpus
      self.corpusDisplay = corpusDisplay
      self.lexicons = lexicons
      self.lexiconsDisplay = lexiconsDisplay
    }
  }

  public struct Outcome: Sendable {
    /// In corpus and text order.
    public var lines: [Concordance.Line]
    /// Messages about the corpus and its documents.
    public var diagnostics: [Diagnostic]
  }

  public var options: Options
  public init(options: Options) { self.options = options }

  /// Finds the lines. Throws the folder's or the pattern's `LexiconLoadFailure`, or the
  /// corpus's `DiagnosticFailure`.
  public func run() throws -> Outcome {
    let cleaning = try LexiconFolder(
      directory: options.lexicons, displayPath: options.lexiconsDisplay
    ).lexicon.boilerplate
    var diagnostics: [Diagnostic] = []
    var run = CorpusRun(jobs: options.jobs)
    run.contextWidth = options.width
    var lines = try Concordance.lines(
      pattern: options.pattern,
      corpus: openCorpus(options.corpus, displayRoot: options.corpusDisplay), cleaning: cleaning,
      run: run, diagnostics: &diagnostics)
    if let voice = options.voice { lines = lines.filter { $0.voice == voice } }
    return Outcome(lines: lines, diagnostics: diagnostics)
  }
}
