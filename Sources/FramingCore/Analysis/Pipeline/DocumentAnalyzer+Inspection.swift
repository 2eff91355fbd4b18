import Foundation

/// A document after the pipeline's text steps, before scoring: what term discovery reads.
public struct InspectedText: Sendable {
  public var text: NormalizedText
  public var tokens: [Token]
  public var keys: TokenKeys
  public var voices: [Voice]
  public var found: Matcher.Result
}

extension DocumentAnalyzer {
  /// The text steps of the pipeline, shared by `analyze` and `inspect`: clean, tokenize, find
  /// quotations, key the tokens, mark voices.
  struct Prepared {
    var text: NormalizedText
    var removals: [Cleaner.Removal]
    var exceeded: [Cleaner.Exceeded]
    var tokens: [Token]
    var quoting: QuoteDetector.Result
    var keys: TokenKeys
    var voices: [Voice]
    var rules: [VoiceRule]
  }

  func prepare(_ original: [Unicode.Scalar]) -> Prepared {
    let cleaned = cleaner.clean(original)
    var text = cleaned.text
    let tokens = Tokenizer.german.tokenize(text)
    let quoting = detector.detect(text, tokens: tokens, stemmer: stemmer)
    for p in quoting.blockQuoteParagraphs { text.paragraphs[p].isBlockQuote = true }
    let keys = TokenKeys(tokens: tokens, stemmer: stemmer)
    let (voices, rules) = ReportedSpeech.mark(
      tokens, voices: quoting.voices, rules: quoting.rules
    ) {
      DocumentContext.isSpeechCue($0, tokens, keys)
    }
    return Prepared(
      text: text, removals: cleaned.removals, exceeded: cleaned.exceeded, tokens: tokens,
      quoting: quoting, keys: keys, voices: voices, rules: rules)
  }

  /// Runs a document through the text steps and the matcher, as `analyze` does, and returns the
  /// tokens with their keys instead of a result; nil for a document `analyze` would skip (empty,
  /// binary, undecodable).
  public func inspect(_ data: Data) -> InspectedText? {
    guard !data.isEmpty, let decoded = try? TextDecoding.decode(data) else { return nil }
    let p = prepare(Array(decoded.text.unicodeScalars))
    return InspectedText(
      text: p.text, tokens: p.tokens, keys: p.keys, voices: p.voices,
      found: matcher.matches(tokens: p.tokens, keys: p.keys, voices: p.voices))
  }
}
