import Foundation

/// Runs one document through the pipeline: decode, clean, tokenize, detect voice, match.
///
/// Holds a `Stemmer`, which is not thread-safe: use one analyzer per worker. The `Matcher` and
/// `Cleaner` it holds are shared, immutable values.
public final class DocumentAnalyzer {
  public let lexicon: Lexicon
  public let matcher: Matcher
  public let cleaner: Cleaner
  let stemmer = Stemmer()
  let detector = QuoteDetector()
  /// Characters of context on each side of a match.
  public var contextWidth = 60

  public init(lexicon: Lexicon, matcher: Matcher) {
    self.lexicon = lexicon
    self.matcher = matcher
    self.cleaner = Cleaner(rules: lexicon.boilerplate)
  }

  /// Analyzes a document's bytes; `displayPath` names the file in messages.
  public func analyze(_ source: DocumentSource, data: Data, displayPath: String) -> DocumentResult {
    let digest = SHA256Hex.of(data)
    var result = DocumentResult(
      source: source, sha256: digest, encoding: .utf8, tokens: VoiceCounts(), matches: [],
      mentions: [:], removals: [], diagnostics: [], isIncluded: true)
    if data.isEmpty {
      result.diagnostics.append(
        Diagnostic(.warning, SourceLocation(file: displayPath), "empty file", skipped: "document"))
      result.isIncluded = false
      return result
    }
    let decoded = TextDecoding.decode(data)
    result.encoding = decoded.encoding
    if decoded.encoding == .windows1252 {
      result.diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(file: displayPath, line: decoded.firstInvalidLine ?? 0),
          "not valid UTF-8; decoded as Windows-1252"))
    }
    let original = Array(decoded.text.unicodeScalars)
    let cleaned = cleaner.clean(original)
    result.removals = cleaned.removals
    var text = cleaned.text
    let tokens = Tokenizer.german.tokenize(text)
    let quoting = detector.detect(text, tokens: tokens, stemmer: stemmer)
    for p in quoting.blockQuoteParagraphs { text.paragraphs[p].isBlockQuote = true }
    let lines = LineIndex(original)
    for mark in quoting.unbalancedMarks {
      let offset = Int(text.origins[tokens[mark].range.lowerBound])
      let (line, column) = lines.position(of: offset)
      result.diagnostics.append(
        Diagnostic(
          .note, SourceLocation(file: displayPath, line: line, column: column),
          "unpaired quote mark '\(tokens[mark].text)' (the text after it stays in author voice)"))
    }
    for (t, token) in tokens.enumerated() where token.isWordLike {
      result.tokens[quoting.voices[t]] += 1
    }
    if result.tokens.total == 0 {
      result.diagnostics.append(
        Diagnostic(.warning, SourceLocation(file: displayPath), "no words left after cleaning"))
    }
    let keys = TokenKeys(tokens: tokens, stemmer: stemmer)
    let found = matcher.matches(tokens: tokens, keys: keys, voices: quoting.voices)
    for mention in found.mentions {
      result.mentions[mention.module, default: VoiceCounts()][mention.voice] += 1
    }
    result.matches = found.matches.map { record($0, tokens, text, lines) }
    return result
  }

  private func record(_ match: Match, _ tokens: [Token], _ text: NormalizedText, _ lines: LineIndex)
    -> MatchRecord
  {
    let range =
      tokens[match.tokens.lowerBound].range
      .lowerBound..<tokens[match.tokens.upperBound - 1].range.upperBound
    let original = text.originalRange(of: range)
    let (line, column) = lines.position(of: original.lowerBound)
    let paragraph = text.paragraphs[tokens[match.tokens.lowerBound].paragraph].range
    let leftStart = max(paragraph.lowerBound, range.lowerBound - contextWidth)
    let rightEnd = min(paragraph.upperBound, range.upperBound + contextWidth)
    var left = text.string(leftStart..<range.lowerBound)
    var right = text.string(range.upperBound..<rightEnd)
    if leftStart > paragraph.lowerBound, let space = left.firstIndex(of: " ") {
      left = "…" + left[left.index(after: space)...]
    }
    if rightEnd < paragraph.upperBound, let space = right.lastIndex(of: " ") {
      right = right[..<space] + "…"
    }
    let sentence = tokens[match.tokens.lowerBound].sentence
    var first = match.tokens.lowerBound
    while first > 0, tokens[first - 1].sentence == sentence { first -= 1 }
    var last = match.tokens.upperBound - 1
    while last + 1 < tokens.count, tokens[last + 1].sentence == sentence { last += 1 }
    let passage = text.string(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    return MatchRecord(
      module: match.module, category: match.category, entry: match.entry, voice: match.voice,
      text: text.string(range), start: original.lowerBound, end: original.upperBound,
      line: line, column: column, left: left, right: right, passage: passage,
      passageOffset: range.lowerBound - tokens[first].range.lowerBound)
  }
}

/// Maps original scalar offsets to 1-based line and column.
struct LineIndex {
  var starts: [Int] = [0]

  init(_ scalars: [Unicode.Scalar]) {
    for range in Cleaner.lineRanges(scalars).dropFirst() { starts.append(range.lowerBound) }
  }

  func position(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return (low + 1, offset - starts[low] + 1)
  }
}
