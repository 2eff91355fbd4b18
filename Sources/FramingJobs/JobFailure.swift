import Foundation
import FramingCore
import FramingReports
import FramingStatistics

/// Why a job of this target stopped; rendered compiler-style, one line per message.
public enum JobFailure: Error, CustomStringConvertible {
  case lexicon(LexiconLoadFailure)
  case input(DiagnosticFailure)
  case statistics(StatisticsError)
  case write(OutputSet.WriteError)
  /// A value given on the command line that the input contradicts or that cannot be read
  /// (`--weight` naming a category the dictionary lacks); the message as printed.
  case usage(String)

  public var description: String {
    switch self {
    case .lexicon(let f): return f.description
    case .input(let f): return f.description
    case .statistics(let e): return "error: \(e)"
    case .write(let e): return e.description
    case .usage(let message): return message
    }
  }

  /// An error about a whole file (no line), as `input`.
  static func file(_ path: String, line: Int = 0, _ message: String) -> JobFailure {
    .input(DiagnosticFailure([Diagnostic(.error, SourceLocation(file: path, line: line), message)]))
  }

  static func loadLexicon(_ url: URL, _ display: String) throws(JobFailure) -> Lexicon {
    do { return try LexiconLoader.load(directory: url, displayPath: display) } catch {
      throw .lexicon(error)
    }
  }
}

/// A corpus analyzed as `framing report` analyzes it, kept in memory with each document's
/// decoded text: for corpora the size of a gold corpus (hundreds of articles), not for streams.
struct AnalyzedCorpus {
  let lexicon: Lexicon
  var results: [DocumentResult] = []
  /// Decoded text of every analyzed document, by id, as offsets count it.
  var texts: [String: [Unicode.Scalar]] = [:]
  var outlets: [String: String] = [:]
  var diagnostics: [Diagnostic] = []
  var documents: Set<String> { Set(texts.keys) }

  init(
    corpus: some CorpusReader, lexicon: Lexicon, overlap: OverlapPolicy, jobs: Int,
    diagnostics: inout [Diagnostic]
  ) throws(JobFailure) {
    self.lexicon = lexicon
    let matcher = Matcher(lexicon: lexicon, policy: overlap)
    var results: [DocumentResult] = []
    do {
      _ = try CorpusRun(jobs: jobs).run(
        corpus: corpus, lexicon: lexicon, matcher: matcher, diagnostics: &diagnostics
      ) { result, _ in results.append(result) }
    } catch { throw .input(error) }
    for var result in results {
      self.diagnostics += result.diagnostics.filter { $0.severity >= .warning }
      if result.isIncluded, let data = result.bytes, let decoded = try? TextDecoding.decode(data) {
        texts[result.source.id] = Array(decoded.text.unicodeScalars)
        outlets[result.source.id] = result.source.outlet
      }
      result.bytes = nil
      result.words = [:]
      self.results.append(result)
    }
    if texts.isEmpty {
      throw .input(
        DiagnosticFailure(
          diagnostics + [
            Diagnostic(.error, SourceLocation(file: "corpus"), "no document could be analyzed")
          ]))
    }
  }

  /// The line around an occurrence, up to 70 code points each side, the span marked ⟦…⟧.
  func context(of o: CodedOccurrence) -> String {
    guard let text = texts[o.document], o.end <= text.count, o.start < o.end else { return "" }
    var from = o.start
    while from > 0, o.start - from < 70, text[from - 1] != "\n" { from -= 1 }
    var to = o.end
    while to < text.count, to - o.end < 70, text[to] != "\n" { to += 1 }
    func s(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(text[r])) }
    let left = (from > 0 && text[from - 1] != "\n" ? "…" : "") + s(from..<o.start)
    let right = s(o.end..<to) + (to < text.count && text[to] != "\n" ? "…" : "")
    return left + "⟦" + s(o.start..<o.end) + "⟧" + right
  }
}
