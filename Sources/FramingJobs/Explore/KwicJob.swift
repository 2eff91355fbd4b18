import Foundation
import FramingCore

/// `framing kwic`: every match of a pattern of the lexicon language (alternatives separated by
/// `|`), or of the lexicon's modules and entries, in a corpus, in context. The corpus is cleaned
/// with the lexicon folder's boilerplate rules, as by `framing report`.
public struct KwicJob: Sendable {
  public struct Options: Sendable {
    /// A pattern of the lexicon language; nil to show the lexicon's own matches (`filter`).
    public var pattern: String?
    /// Module, entry and outlet to keep.
    public var filter = Concordance.Filter()
    /// The overlap policy of the lexicon's matches (as `framing report --overlap`).
    public var overlap: OverlapPolicy = .longestOverall
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
      pattern: String?, corpus: URL, corpusDisplay: String, lexicons: URL, lexiconsDisplay: String
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
    let lexicon = try LexiconFolder(
      directory: options.lexicons, displayPath: options.lexiconsDisplay
    ).lexicon
    var diagnostics: [Diagnostic] = []
    var run = CorpusRun(jobs: options.jobs)
    run.contextWidth = options.width
    let corpus = try openCorpus(options.corpus, displayRoot: options.corpusDisplay)
    var lines: [Concordance.Line]
    if let pattern = options.pattern {
      lines = try Concordance.lines(
        pattern: pattern, corpus: corpus, cleaning: lexicon.boilerplate, run: run,
        filter: options.filter, diagnostics: &diagnostics)
    } else {
      lines = try Concordance.lines(
        lexicon: lexicon, overlap: options.overlap, corpus: corpus, run: run,
        filter: options.filter, diagnostics: &diagnostics)
    }
    if let voice = options.voice { lines = lines.filter { $0.voice == voice } }
    return Outcome(lines: lines, diagnostics: diagnostics)
  }
}

extension KwicJob.Outcome {
  /// `1 match of 'Diktator' in 1 document`, `12 matches of module 'war-names' in 5 documents`.
  public func summary(of what: String) -> String {
    let documents = Set(lines.map(\.document)).count
    return
      "\(lines.count) match\(lines.count == 1 ? "" : "es") of \(what) in \(documents) document\(documents == 1 ? "" : "s")"
  }
}
