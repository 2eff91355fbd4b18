import CFuzzerDriver
import Foundation
import FramingCore

// Article bytes through the text pipeline as `DocumentAnalyzer` runs it: decoding, `Cleaner`
// (which applies `Normalizer` line by line), `Tokenizer`, `QuoteDetector` and `ReportedSpeech`,
// checking what later stages rely on; then the whole analyzer with a small lexicon, so that
// matching, attribution and speaker lookup see the same tokens.

let moduleText = """
  format: 1
  kind: module
  id: fuzz
  title: Fuzz
  language: de
  version: 1.0.0
  description: Terms for the fuzz target.
  scale: {min: -2, max: 2, negative: negative, positive: positive}
  target:
    name: Kim Jong Un
    patterns: ["=Kim", "Machthaber"]
    references: ["er"]
    country: ["nordkoreanisch*"]
  categories:
    - id: negative
      label: Negativ
      weight: -2
      entries:
        - {term: Diktator, note: n}
        - {term: Staats- und Parteichef, note: n}
        - {term: Krieg, patterns: ["Angriffskrieg", "Krieg*"], note: n}
    - id: positive
      label: Positiv
      weight: 1
      entries:
        - {term: Spezialoperation, note: n}
  """
let boilerplateText = """
  format: 1
  kind: boilerplate
  id: fuzz
  rules:
    - {id: reading-time, scope: line, pattern: 'Lesezeit:? \\d+ Minuten', note: n}
    - {id: photo, scope: span, pattern: 'Foto: [^)]*', note: n}
  """

func parsed(_ text: String) -> LexiconParser.Parsed {
  do { return try LexiconParser.parse(text, file: "fuzz.yaml") } catch {
    fatalError("fuzz lexicon does not parse: \(error)")
  }
}

let lexicon: Lexicon = {
  guard case .module(let module) = parsed(moduleText),
    case .boilerplate(let rules) = parsed(boilerplateText)
  else { fatalError("fuzz lexicon has the wrong kind") }
  return Lexicon(modules: [module], boilerplate: rules)
}()
// One process runs one input at a time.
nonisolated(unsafe) let stemmer = Stemmer()
nonisolated(unsafe) let analyzer = DocumentAnalyzer(
  lexicon: lexicon, matcher: Matcher(lexicon: lexicon))

func checkPipeline(_ data: Data) {
  // A binary or broken file is refused by decoding, as the analyzer refuses it.
  guard let decoded = try? TextDecoding.decode(data) else { return }
  let original = Array(decoded.text.unicodeScalars)
  let cleaned = Cleaner(rules: lexicon.boilerplate).clean(original)
  let text = cleaned.text
  precondition(text.origins.count == text.scalars.count, "origins per scalar")
  precondition(text.originLengths.count == text.scalars.count, "origin lengths per scalar")
  for i in text.scalars.indices {
    precondition(Int(text.origins[i]) + Int(text.originLengths[i]) <= original.count, "origin")
  }
  for removal in cleaned.removals {
    precondition(0 <= removal.start && removal.start <= removal.end, "removal range")
    precondition(removal.end <= original.count, "removal end")
  }

  let tokens = Tokenizer.german.tokenize(text)
  var previousEnd = 0
  var previousSentence = 0
  for token in tokens {
    precondition(!token.range.isEmpty, "empty token")
    precondition(token.range.lowerBound >= previousEnd, "tokens overlap")
    precondition(token.range.upperBound <= text.scalars.count, "token past the text")
    precondition(token.sentence >= previousSentence, "sentence numbers go back")
    precondition(text.paragraphs.indices.contains(token.paragraph), "paragraph index")
    precondition(text.paragraphs[token.paragraph].range.contains(token.range.lowerBound))
    previousEnd = token.range.upperBound
    previousSentence = token.sentence
  }

  let quoting = QuoteDetector().detect(text, tokens: tokens, stemmer: stemmer)
  precondition(quoting.voices.count == tokens.count, "a voice per token")
  for quote in quoting.quotes { precondition(tokens.indices.contains(quote.upperBound)) }
  for mark in quoting.unbalancedMarks { precondition(tokens[mark].kind == .quoteMark) }
  for p in quoting.blockQuoteParagraphs { precondition(text.paragraphs.indices.contains(p)) }
  precondition(quoting.rules.count == tokens.count, "a voice rule per token")
  for quote in quoting.colonQuotes { precondition(quote.upperBound <= tokens.count) }
  let (voices, rules) = ReportedSpeech.mark(
    tokens, voices: quoting.voices, rules: quoting.rules
  ) { tokens[$0].text == "sagte" }
  precondition(voices.count == tokens.count, "a reported voice per token")
  precondition(rules.count == tokens.count, "a rule per token")

  // Patterns are tokenized from plain strings.
  _ = Tokenizer.german.tokenize(decoded.text)
}

func checkAnalyzer(_ data: Data) {
  let result = analyzer.analyze(
    DocumentSource(id: "fuzz", outlet: "fuzz"), data: data, displayPath: "fuzz.txt")
  guard let decoded = try? TextDecoding.decode(data) else {
    precondition(data.isEmpty || !result.isIncluded, "an undecodable file is skipped")
    return
  }
  let count = decoded.text.unicodeScalars.count
  for match in result.matches {
    precondition(0 <= match.start && match.start <= match.end && match.end <= count, "match")
    precondition(match.line >= 1 && match.column >= 1, "match position")
  }
  for diagnostic in result.diagnostics { _ = diagnostic.description }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let data = Data(bytes: start, count: count)
  checkPipeline(data)
  checkAnalyzer(data)
  return 0
}

@main enum FuzzText {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzText))
  }
}
