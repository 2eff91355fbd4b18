/// Speakers found per quotation, block-quote paragraph and reported sentence, found once each.
struct SpeakerCache {
  var quotes: [Int: String] = [:]
  var paragraphs: [Int: String] = [:]
  /// Speakers of quotations without marks after a colon, by their first token.
  var colonQuotes: [Int: String] = [:]
  var sentences: [Int: String] = [:]
  var lastReported: (sentence: Int, speaker: String)? = nil

  mutating func speaker(of match: Match, in context: inout DocumentContext)
    -> String
  {
    let start = match.tokens.lowerBound
    let token = context.tokens[start]
    if context.voices[start] == .reported {
      if let known = sentences[token.sentence] { return known }
      // Reported sentences chain: resolve every one up to this one, in order.
      var sentence = lastReported.map { $0.sentence + 1 } ?? 0
      while sentence <= token.sentence {
        if let range = context.tokenRange(ofSentence: sentence),
          range.contains(where: { context.voices[$0] == .reported })
        {
          let name = context.speaker(
            ofReportedSentence: sentence, previous: lastReported)
          sentences[sentence] = name
          lastReported = (sentence, name)
        }
        sentence += 1
      }
      return sentences[token.sentence] ?? ""
    }
    if context.blockQuoteParagraphs.contains(token.paragraph) {
      if let known = paragraphs[token.paragraph] { return known }
      let first = context.tokens.firstIndex { $0.paragraph == token.paragraph } ?? start
      let name = context.speaker(ofBlockQuoteAt: first)
      paragraphs[token.paragraph] = name
      return name
    }
    if let colonQuote = context.colonQuotes.first(where: { $0.contains(start) }),
      context.voices[start] == .quote,
      !context.quotes.contains(where: { $0.lowerBound < start && start <= $0.upperBound })
    {
      if let known = colonQuotes[colonQuote.lowerBound] { return known }
      let name = context.speaker(ofBlockQuoteAt: colonQuote.lowerBound)
      colonQuotes[colonQuote.lowerBound] = name
      return name
    }
    guard
      let quote = context.quotes.last(where: { $0.lowerBound < start && start <= $0.upperBound })
    else { return "" }
    if let known = quotes[quote.lowerBound] { return known }
    let name = context.speaker(ofQuote: quote)
    quotes[quote.lowerBound] = name
    return name
  }
}
