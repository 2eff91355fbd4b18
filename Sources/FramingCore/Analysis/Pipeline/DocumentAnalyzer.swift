import Foundation

/// Runs one document through the pipeline: decode, clean, tokenize, detect voice, match.
///
/// Holds a `Stemmer`, which is not thread-safe: use one analyzer per worker. The `Matcher` and
/// `Cleaner` it holds are shared, immutable values.
public final class DocumentAnalyzer {
  public let lexicon: Lexicon
  public let matcher: Matcher
  public let cleaner: Cleaner
  let actorsByTerm: [String: Set<String>]
  let stemmer = Stemmer()
  let detector = QuoteDetector()
  /// Characters of context on each side of a match.
  public var contextWidth = 60
  /// Unpaired quote marks listed one by one per document; the rest are counted in one note.
  static let unpairedMarkNotes = 20
  /// Tokens of the sentence kept on each side of a match in its evidence passage.
  public var passageTokens = 80

  public init(lexicon: Lexicon, matcher: Matcher) {
    self.lexicon = lexicon
    self.matcher = matcher
    self.cleaner = Cleaner(rules: lexicon.boilerplate)
    self.actorsByTerm = DocumentContext.actorsByTerm(lexicon.modules)
  }

  /// Analyzes a document's bytes; `displayPath` names the file in messages.
  ///
  /// Never stops the run: a document that breaks one of the analyzer's own invariants (a match
  /// outside the tokens, say) is skipped with an error naming it, and the next one is analyzed.
  public func analyze(_ source: DocumentSource, data: Data, displayPath: String) -> DocumentResult {
    do { return try analyzeChecked(source, data: data, displayPath: displayPath) } catch {
      var skipped = DocumentResult(
        source: source, sha256: SHA256Hex.of(data), encoding: .utf8, tokens: VoiceCounts(),
        matches: [], mentions: [:], removals: [], diagnostics: [], isIncluded: false)
      skipped.diagnostics.append(
        Diagnostic(
          .error, SourceLocation(file: displayPath),
          "cannot analyze the document: \((error as? Fault)?.reason ?? "\(error)") (a fault of framing's; please report it)",
          skipped: "document"))
      return skipped
    }
  }

  /// A broken invariant of the analysis of one document: the document is skipped, not the run.
  struct Fault: Error {
    var reason: String
  }

  func analyzeChecked(_ source: DocumentSource, data: Data, displayPath: String) throws
    -> DocumentResult
  {
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
    let decoded: TextDecoding.Decoded
    do { decoded = try TextDecoding.decode(data) } catch {
      result.diagnostics.append(
        Diagnostic(.warning, SourceLocation(file: displayPath), error.reason, skipped: "document"))
      result.isIncluded = false
      return result
    }
    result.encoding = decoded.encoding
    result.diagnostics += TextDecoding.diagnostics(decoded, file: displayPath)
    let original = Array(decoded.text.unicodeScalars)
    let prepared = prepare(original)
    let (text, tokens, quoting, keys, voices, rules) = (
      prepared.text, prepared.tokens, prepared.quoting, prepared.keys, prepared.voices,
      prepared.rules
    )
    result.removals = prepared.removals
    for gaveUp in prepared.exceeded {
      result.diagnostics.append(
        Diagnostic(
          .warning, SourceLocation(file: displayPath, line: gaveUp.line),
          "boilerplate rule '\(gaveUp.rule)' (\(gaveUp.location)) ran out of its step budget "
            + "on this line (its pattern backtracks); the line was kept"))
    }
    let lines = LineIndex(original)
    for mark in quoting.unbalancedMarks.prefix(Self.unpairedMarkNotes) {
      let offset = Int(text.origins[tokens[mark].range.lowerBound])
      let (line, column) = lines.position(of: offset)
      result.diagnostics.append(
        Diagnostic(
          .note, SourceLocation(file: displayPath, line: line, column: column),
          "unpaired quote mark '\(tokens[mark].text)' (the text after it stays in author voice)"))
    }
    if quoting.unbalancedMarks.count > Self.unpairedMarkNotes {
      let more = quoting.unbalancedMarks.count - Self.unpairedMarkNotes
      result.diagnostics.append(
        Diagnostic(
          .note, SourceLocation(file: displayPath),
          "\(more) more unpaired quote mark\(more == 1 ? "" : "s") (\(quoting.unbalancedMarks.count) in all; only the first \(Self.unpairedMarkNotes) are listed)"
        ))
    }
    var fingerprint = SharedCopy.FingerprintBuilder()
    for (t, token) in tokens.enumerated() where token.isWordLike {
      result.tokens[voices[t]] += 1
      if token.kind == .word {
        result.words[keys.folded[t], default: 0] += 1
        let original = text.originalRange(of: token.range)
        fingerprint.append(
          folded: keys.folded[t], start: original.lowerBound, end: original.upperBound)
      }
    }
    result.fingerprint = fingerprint.fingerprint()
    if result.tokens.total == 0 {
      result.diagnostics.append(
        Diagnostic(.warning, SourceLocation(file: displayPath), "no words left after cleaning"))
    }
    var found = matcher.matches(tokens: tokens, keys: keys, voices: voices)
    found.matches = Matcher.joiningSources(
      found.matches, tokens: tokens, keys: keys, modules: lexicon.modules)
    for span in found.matches.map(\.tokens) + found.mentions.map(\.tokens)
    where span.isEmpty || span.lowerBound < 0 || span.upperBound > tokens.count
      || text.paragraphs.isEmpty
    {
      throw Fault(reason: "a match at tokens \(span) outside the \(tokens.count) tokens")
    }
    for mention in found.mentions where mention.isActor {
      result.mentions[mention.module, default: VoiceCounts()][mention.voice] += 1
    }
    var context = DocumentContext(
      tokens: tokens, keys: keys, voices: voices, quoting: quoting, matches: found.matches,
      mentions: found.mentions, modules: lexicon.modules, actorsByTerm: actorsByTerm)
    let attributions = context.attributeAll(found.matches)
    var speakers = SpeakerCache()
    result.matches = zip(found.matches, attributions).map { match, attribution in
      var record = record(match, tokens, text, lines)
      record.attribution = attribution
      if let distancing = context.distancing(of: match) {
        record.distancing = distancing
        // A term in scare quotes is the outlet's own use, kept at a distance.
        if distancing == "scare quotes" { record.voice = .author }
      }
      // Naming a source is the outlet's act of attribution, also inside someone's speech ("Das
      // Ministerium erklärte laut KCNA, …").
      if lexicon.modules[match.module].citedOnly { record.voice = .author }
      if record.voice != .author {
        record.speaker = speakers.speaker(of: match, in: &context)
        record.speakerKind = context.speakerKind(record.speaker)
        let start = match.tokens.lowerBound
        record.voiceRule =
          rules[start] == .quoteMarks && context.isPartialQuotation(at: start)
          ? .partialQuote : rules[start]
      }
      return record
    }
    return result
  }

  /// The record of one match (its tokens checked by `analyzeChecked`). Every bound is total: a
  /// match that ran across a paragraph break (issue 22: "Range requires lowerBound <=
  /// upperBound") gets the context of the paragraphs it touches.
  func record(_ match: Match, _ tokens: [Token], _ text: NormalizedText, _ lines: LineIndex)
    -> MatchRecord
  {
    let firstToken = tokens[match.tokens.lowerBound]
    let lastToken = tokens[max(match.tokens.lowerBound, match.tokens.upperBound - 1)]
    let range =
      firstToken.range.lowerBound..<max(firstToken.range.lowerBound, lastToken.range.upperBound)
    let original = text.originalRange(of: range)
    let (line, column) = lines.position(of: original.lowerBound)
    let paragraphs = text.paragraphs.indices
    let firstParagraph = text.paragraphs[
      min(max(firstToken.paragraph, 0), paragraphs.upperBound - 1)
    ].range
    let lastParagraph = text.paragraphs[
      min(max(lastToken.paragraph, 0), paragraphs.upperBound - 1)
    ].range
    let paragraph =
      min(
        firstParagraph.lowerBound, range.lowerBound)..<max(
        lastParagraph.upperBound, range.upperBound)
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
    // The passage is the sentence, cut (and marked "…") `passageTokens` tokens from the match:
    // a text without full stops would otherwise copy itself into every match.
    let sentence = tokens[match.tokens.lowerBound].sentence
    var first = match.tokens.lowerBound
    while first > 0, tokens[first - 1].sentence == sentence,
      match.tokens.lowerBound - first < passageTokens
    {
      first -= 1
    }
    var last = match.tokens.upperBound - 1
    while last + 1 < tokens.count, tokens[last + 1].sentence == sentence,
      last - (match.tokens.upperBound - 1) < passageTokens
    {
      last += 1
    }
    let isCutBefore = first > 0 && tokens[first - 1].sentence == sentence
    let isCutAfter = last + 1 < tokens.count && tokens[last + 1].sentence == sentence
    let passage =
      (isCutBefore ? "…" : "")
      + text.string(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
      + (isCutAfter ? "…" : "")
    return MatchRecord(
      module: match.module, category: match.category, entry: match.entry, voice: match.voice,
      text: text.string(range), start: original.lowerBound, end: original.upperBound,
      line: line, column: column, left: left, right: right, passage: passage,
      passageOffset: range.lowerBound - tokens[first].range.lowerBound + (isCutBefore ? 1 : 0))
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
