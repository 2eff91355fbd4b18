/// Marks every token `author` or `quote`.
///
/// Direct quotes are found by pairing quote marks within a paragraph, by the conventions in
/// `QuoteMarks` (nested quotes, „…“ ‚…‘ »…« «…» ‹…› “…” "…" '…'); a mark that can open or
/// close is told apart by the characters beside it. A quote left open at the end of a paragraph
/// continues only when the next paragraph opens with the same mark (the typographic convention
/// for multi-paragraph quotes); otherwise the mark is reported as unbalanced and the rest of the
/// paragraph stays in author voice, so a stray mark never flips an article into quote voice.
///
/// A paragraph is a block quote when the paragraph before it ends with a colon that closes a
/// sentence containing a verb of saying (`SpeechVerbs`: "wie er selbst betont:", "In der
/// Erklärung heißt es:", "Auszüge:") or the name of a medium (a press review's "Die
/// »Hafenstadt-Zeitung« hält dagegen:"), and it does not itself start with a quote mark or a
/// list marker.
public struct QuoteDetector: Sendable {
  public struct Result: Sendable, Equatable {
    public var voices: [Voice]
    /// Token index pairs (opening mark, closing mark) of direct quotes.
    public var quotes: [ClosedRange<Int>]
    /// Paragraph indices that are block quotes.
    public var blockQuoteParagraphs: [Int]
    /// Token indices of quote marks that could not be paired (excluding apostrophe-like `'`).
    public var unbalancedMarks: [Int]
    /// The rule behind each token's voice: `.quoteMarks`, `.blockQuote`, `.colonQuote` or
    /// `.none` for the outlet's words.
    public var rules: [VoiceRule]
    /// Token ranges of quotations without marks after a colon inside a paragraph.
    public var colonQuotes: [Range<Int>] = []
  }

  public init() {}

  public func detect(_ text: NormalizedText, tokens: [Token], stemmer: Stemmer) -> Result {
    var voices = [Voice](repeating: .author, count: tokens.count)
    var quotes: [ClosedRange<Int>] = []
    var unbalanced: [Int] = []
    var blockQuotes: [Int] = []

    // Token index ranges per paragraph.
    var paragraphTokens: [Range<Int>] = []
    var start = 0
    for t in 0...tokens.count {
      if t == tokens.count || (t > start && tokens[t].paragraph != tokens[start].paragraph) {
        if t > start { paragraphTokens.append(start..<t) }
        start = t
      }
    }

    var carried: (mark: Unicode.Scalar, token: Int)? = nil
    for (p, range) in paragraphTokens.enumerated() {
      var stack = MarkStack()
      if let carry = carried, let first = range.first, tokens[first].kind == .quoteMark,
        text.scalars[tokens[first].range.lowerBound] == carry.mark
      {
        // Continuation of a multi-paragraph quote: its opening mark is repeated here.
        stack.push(carry.mark, first)
      }
      carried = nil
      for t in range where tokens[t].kind == .quoteMark {
        if stack.entries.last?.token == t { continue }
        let mark = text.scalars[tokens[t].range.lowerBound]
        let (canOpen, canClose) = flanking(text.scalars, tokens[t].range.lowerBound)
        if canClose || QuoteMarks.closeOnly.contains(mark),
          !QuoteMarks.openOnly.contains(mark),
          let k = stack.lastOpener(closedBy: mark)
        {
          for dropped in stack.entries[(k + 1)...] where dropped.mark != "'" {
            unbalanced.append(dropped.token)
          }
          quotes.append(stack.entries[k].token...t)
          stack.removeFrom(k)
          continue
        }
        if (canOpen || QuoteMarks.openOnly.contains(mark)) && QuoteMarks.closers[mark] != nil {
          stack.push(mark, t)
          continue
        }
        if mark != "'" && mark != "’" { unbalanced.append(t) }
      }
      if let open = stack.entries.first {
        let next = p + 1 < paragraphTokens.count ? paragraphTokens[p + 1].first : nil
        if let n = next, tokens[n].kind == .quoteMark,
          text.scalars[tokens[n].range.lowerBound] == open.mark
        {
          quotes.append(open.token...(range.upperBound - 1))
          carried = (open.mark, open.token)
        } else {
          for dropped in stack.entries where dropped.mark != "'" {
            unbalanced.append(dropped.token)
          }
        }
      }
    }
    // Tokens inside any quote, counted with a difference array so that deeply nested quotes
    // cost one pass, not one pass per level.
    var inside = [Int](repeating: 0, count: tokens.count + 1)
    for q in quotes {
      // A quote carried into the next paragraph ends on a word, not on a closing mark.
      let end = tokens[q.upperBound].kind != .quoteMark ? q.upperBound + 1 : q.upperBound
      if q.lowerBound + 1 < end {
        inside[q.lowerBound + 1] += 1
        inside[end] -= 1
      }
    }
    var rules = [VoiceRule](repeating: .none, count: tokens.count)
    var depth = 0
    for t in tokens.indices {
      depth += inside[t]
      if depth > 0 {
        voices[t] = .quote
        rules[t] = .quoteMarks
      }
    }
    // After "Auszüge:" the excerpts may run over several paragraphs: they go on while a
    // paragraph reads like the excerpt (no quote marks, no verb of saying, no past tense, no
    // heading or time stamp).
    var excerpts = false
    for p in paragraphTokens.indices.dropFirst() {
      let range = paragraphTokens[p]
      if isBlockQuote(range, after: paragraphTokens[p - 1], tokens, voices, stemmer) {
        excerpts = paragraphTokens[p - 1].contains {
          tokens[$0].kind == .word && Folding.fold(tokens[$0].text).hasPrefix("auszüg")
        }
      } else if !(excerpts && isExcerptContinuation(range, tokens, voices, stemmer)) {
        excerpts = false
        continue
      }
      blockQuotes.append(p)
      for t in range {
        voices[t] = .quote
        rules[t] = .blockQuote
      }
    }
    var colonQuotes: [Range<Int>] = []
    for range in paragraphTokens {
      if let quote = markColonQuote(in: range, tokens, &voices, &rules, stemmer) {
        colonQuotes.append(quote)
      }
    }
    return Result(
      voices: voices, quotes: quotes, blockQuoteParagraphs: blockQuotes,
      unbalancedMarks: unbalanced.sorted(), rules: rules, colonQuotes: colonQuotes)
  }

  /// A quotation without marks inside a paragraph: after a colon that closes a verb of saying
  /// ("Darin hieß es: Der Besuch zeigt aller Welt …", "Wörtlich heißt es darin: …"), the rest
  /// of the paragraph is the source's words. Not when the words after the colon start with a
  /// quote mark (the marks decide) or are in Konjunktiv I (indirect speech, see
  /// `ReportedSpeech`), and not after a colon that closes no verb of saying ("Sicher ist: …").
  func markColonQuote(
    in paragraph: Range<Int>, _ tokens: [Token], _ voices: inout [Voice],
    _ rules: inout [VoiceRule],
    _ stemmer: Stemmer
  ) -> Range<Int>? {
    guard
      let colon = paragraph.first(where: {
        tokens[$0].text == ":" && voices[$0] == .author && $0 + 1 < paragraph.upperBound
      }),
      tokens[colon + 1].kind == .word, tokens[colon + 1].text.first?.isUppercase == true,
      isSpeechIntroduction(endingAt: colon, from: paragraph.lowerBound, tokens, voices, stemmer)
    else { return nil }
    var end = colon + 1
    while end < paragraph.upperBound, tokens[end].sentence == tokens[colon + 1].sentence {
      end += 1
    }
    if ReportedSpeech.hasSubjunctive(tokens, voices, (colon + 1)..<end) { return nil }
    for t in (colon + 1)..<paragraph.upperBound where voices[t] == .author {
      voices[t] = .quote
      rules[t] = .colonQuote
    }
    return (colon + 1)..<paragraph.upperBound
  }

  /// Whether the sentence ending in the colon at `colon` has a verb of saying in the outlet's
  /// words ("Darin heißt es:", "Die Agentur schrieb:").
  func isSpeechIntroduction(
    endingAt colon: Int, from first: Int, _ tokens: [Token], _ voices: [Voice], _ stemmer: Stemmer
  ) -> Bool {
    let sentence = tokens[colon].sentence
    var t = colon - 1
    while t >= first, tokens[t].sentence == sentence {
      if tokens[t].kind == .word, voices[t] == .author,
        SpeechVerbs.stems.contains(stemmer.stem(tokens[t].text)),
        // "Übersetzt heißt das:", "Das heißt:": an explanation, not a source's words.
        !(t + 1 < colon && ["das", "dies"].contains(tokens[t + 1].text.lowercased())),
        !(t > first && tokens[t - 1].text.lowercased() == "das")
      {
        return true
      }
      t -= 1
    }
    return false
  }

  /// Whether the mark at `offset` may open (followed by text, preceded by space or an opening
  /// bracket) and may close (preceded by text, followed by space or punctuation).
  func flanking(_ s: [Unicode.Scalar], _ offset: Int) -> (canOpen: Bool, canClose: Bool) {
    func isOpenContext(_ c: Unicode.Scalar?) -> Bool {
      guard let c else { return true }
      return c == " " || c == "\n" || "([{–—-/:".unicodeScalars.contains(c)
        || QuoteMarks.all.contains(c)
    }
    func isCloseContext(_ c: Unicode.Scalar?) -> Bool {
      guard let c else { return true }
      return !Tokenizer.isWordScalar(c)
    }
    let prev = offset > 0 ? s[offset - 1] : nil
    let next = offset + 1 < s.count ? s[offset + 1] : nil
    let canOpen = isOpenContext(prev) && next != nil && next != " " && next != "\n"
    let canClose = prev != nil && prev != " " && prev != "\n" && isCloseContext(next)
    return (canOpen, canClose)
  }

  /// Auxiliaries of the past tense: a paragraph narrating in the past is the outlet's again.
  static let pastAuxiliaries: Set<String> = [
    "war", "waren", "wurde", "wurden", "hatte", "hatten",
  ]

  /// Whether a paragraph after an excerpt of "Auszüge:" goes on with the excerpts: a full
  /// sentence in the present, without quote marks, verbs of saying or past-tense verbs.
  private func isExcerptContinuation(
    _ range: Range<Int>, _ tokens: [Token], _ voices: [Voice], _ stemmer: Stemmer
  ) -> Bool {
    let words = range.filter { tokens[$0].kind == .word }
    guard words.count >= 6, let first = range.first, tokens[first].kind == .word,
      let last = range.last, [".", "!"].contains(tokens[last].text),
      !range.contains(where: { tokens[$0].kind == .quoteMark || voices[$0] != .author })
    else { return false }
    for (k, t) in words.enumerated() {
      let text = tokens[t].text
      let folded = Folding.fold(text)
      if SpeechVerbs.stems.contains(stemmer.stem(text)) || Self.pastAuxiliaries.contains(folded) {
        return false
      }
      // A weak past tense ("reiste", "versicherte"), not an adjective after its article.
      // "-ten" is left alone: infinitives end so too ("einzutreten", "aufrechtzuerhalten").
      if text.first?.isLowercase == true, folded.hasSuffix("te") || folded.hasSuffix("ierten"),
        folded.count >= 5, k > 0,
        !ReportedSpeech.adjectiveLeads.contains(Folding.fold(tokens[words[k - 1]].text))
      {
        return false
      }
    }
    return true
  }

  private func isBlockQuote(
    _ range: Range<Int>, after previous: Range<Int>, _ tokens: [Token], _ voices: [Voice],
    _ stemmer: Stemmer
  ) -> Bool {
    guard let first = range.first, tokens[first].kind != .quoteMark,
      !["-", "–", "•", "*", "·"].contains(tokens[first].text),
      !(tokens[first].kind == .number && range.count > 1
        && [".", ")"].contains(tokens[first + 1].text)),
      let last = previous.last, tokens[last].text == ":"
    else { return false }
    let sentence = tokens[last].sentence
    var t = last - 1
    while t >= previous.lowerBound, tokens[t].sentence == sentence {
      if tokens[t].kind == .word {
        // A verb of saying in the outlet's words; a medium's name also inside quote marks.
        if voices[t] == .author, SpeechVerbs.stems.contains(stemmer.stem(tokens[t].text)) {
          return true
        }
        let folded = Folding.fold(tokens[t].text)
        if tokens[t].text.first?.isUppercase == true,
          SpeechVerbs.mediaEndings.isEnding(of: folded)
        {
          return true
        }
      }
      t -= 1
    }
    return false
  }
}

/// The open quote marks of a paragraph, innermost last, indexed by the marks that close them: the
/// opener a mark closes is found in constant time, so a run of 50,000 marks that close nothing
/// (`»»»…`) costs linear time, not a scan of the stack per mark (issue 22: 102 s).
struct MarkStack {
  var entries: [(mark: Unicode.Scalar, token: Int)] = []
  /// Per closing mark: the positions in `entries` of the openers it closes, ascending.
  private var openers: [Unicode.Scalar: [Int]] = [:]

  mutating func push(_ mark: Unicode.Scalar, _ token: Int) {
    for closer in QuoteMarks.closers[mark] ?? [] {
      openers[closer, default: []].append(entries.count)
    }
    entries.append((mark, token))
  }

  /// The position of the innermost open mark that `closer` closes.
  func lastOpener(closedBy closer: Unicode.Scalar) -> Int? { openers[closer]?.last }

  /// Drops `entries[k...]` (each entry leaves the index once: amortized constant time).
  mutating func removeFrom(_ k: Int) {
    for entry in entries[k...] {
      for closer in QuoteMarks.closers[entry.mark] ?? [] {
        while let last = openers[closer]?.last, last >= k { openers[closer]?.removeLast() }
      }
    }
    entries.removeSubrange(k...)
  }
}
