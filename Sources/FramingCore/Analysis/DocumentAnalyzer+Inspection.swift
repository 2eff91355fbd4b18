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
  /// Decodes, cleans, tokenizes, marks voices and matches a document, as `analyze` does, and
  /// returns the tokens with their keys instead of a result; nil for an empty document.
  public func inspect(_ data: Data) -> InspectedText? {
    guard !data.isEmpty else { return nil }
    let decoded = TextDecoding.decode(data)
    var text = cleaner.clean(Array(decoded.text.unicodeScalars)).text
    let tokens = Tokenizer.german.tokenize(text)
    let quoting = detector.detect(text, tokens: tokens, stemmer: stemmer)
    for p in quoting.blockQuoteParagraphs { text.paragraphs[p].isBlockQuote = true }
    let keys = TokenKeys(tokens: tokens, stemmer: stemmer)
    let voices = ReportedSpeech.mark(tokens, voices: quoting.voices) {
      DocumentContext.isSpeechCue($0, tokens, keys)
    }
    let found = matcher.matches(tokens: tokens, keys: keys, voices: voices)
    return InspectedText(text: text, tokens: tokens, keys: keys, voices: voices, found: found)
  }
}
