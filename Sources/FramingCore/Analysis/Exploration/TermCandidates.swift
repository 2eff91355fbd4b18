import Foundation

/// Words a module may be missing, counted per outlet: nouns standing next to the module's
/// target ("Machthaber Kim Jong Un", "Nordkoreas Diktator", "Kim, der Machthaber") and the
/// nouns of the sentences that mention the target, for distinctive-term scores.
///
/// A word counts only when no entry of the module matched it and it is not a name of any
/// module's target. Inflected forms are grouped by their Snowball stem.
public struct TermCandidates: Sendable {
  public struct Word: Sendable {
    public var stem: String
    /// Surface forms with their counts.
    public var forms: [String: Int] = [:]
    /// Uses next to the target, per outlet.
    public var adjacent: [String: Int] = [:]
    /// Uses in sentences that mention the target, per outlet.
    public var nearTarget: [String: Int] = [:]
    /// Up to three sentences with an adjacent use (or a near-target use), with their document.
    public var examples: [String] = []

    /// The most frequent form (ties: the first in alphabetical order).
    public var term: String {
      forms.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? stem
    }
  }

  /// Candidates by stem.
  public var words: [String: Word] = [:]
  /// Every use of each stem as a noun, per outlet.
  public var totals: [String: [String: Int]] = [:]
  /// Nouns in sentences that mention the target, per outlet.
  public var nearTargetTokens: [String: Int] = [:]
  public var outlets = Set<String>()

  public static let maximumExamples = 3

  /// Function words that stand capitalized at the start of a sentence.
  static let stopwords: Set<String> = [
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "sein", "seine", "seinen", "seinem",
    "seiner", "ihre", "ihren", "ihrem", "ihrer", "dieser", "diese", "dieses", "diesem", "diesen",
    "und", "oder", "aber", "doch", "auch", "nach", "vor", "mit", "bei", "von", "zu", "im", "am",
    "in", "an", "auf", "aus", "für", "um", "wie", "als", "wenn", "dass", "so", "da", "dann",
    "nun", "noch", "schon", "nicht", "kein", "keine", "herr", "frau", "dessen", "deren",
  ]

  public init() {}

  /// Collects the candidates of module `m` from every document of a corpus.
  public static func collect(
    module m: Int, lexicon: Lexicon, corpus: some CorpusReader, diagnostics: inout [Diagnostic]
  ) throws(DiagnosticFailure) -> TermCandidates {
    let analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: Matcher(lexicon: lexicon))
    var candidates = TermCandidates()
    _ = try corpus.stream(batchSize: 64, diagnostics: &diagnostics) { batch, _ in
      for document in batch {
        guard let data = try? document.data(), let inspected = analyzer.inspect(data) else {
          continue
        }
        candidates.add(
          inspected, outlet: document.source.outlet, document: document.source.id, module: m)
      }
    }
    return candidates
  }

  /// Adds one document.
  public mutating func add(_ doc: InspectedText, outlet: String, document: String, module m: Int) {
    outlets.insert(outlet)
    let tokens = doc.tokens
    var covered = Set<Int>()
    for match in doc.found.matches where match.module == m { covered.formUnion(match.tokens) }
    for mention in doc.found.mentions { covered.formUnion(mention.tokens) }
    func isNoun(_ t: Int) -> Bool {
      guard tokens.indices.contains(t), tokens[t].kind == .word, !covered.contains(t),
        let first = tokens[t].text.first, first.isUppercase
      else { return false }
      let folded = doc.keys.folded[t]
      return folded.count >= 3 && !Self.stopwords.contains(folded)
    }
    func isModifier(_ t: Int) -> Bool {
      tokens.indices.contains(t) && tokens[t].kind == .word
        && (tokens[t].text.first?.isLowercase ?? false)
    }
    /// The first noun from `t` on, past up to three lower-case words (articles, adjectives)
    /// and the target's country ("der nordkoreanische Machthaber").
    func nounAfter(_ t: Int, mentions: [Range<Int>]) -> Int? {
      var t = t
      var skipped = 0
      while skipped <= 3, tokens.indices.contains(t) {
        if isNoun(t) { return t }
        if let country = mentions.first(where: { $0.lowerBound == t }) {
          t = country.upperBound
        } else if isModifier(t) {
          t += 1
        } else {
          return nil
        }
        skipped += 1
      }
      return nil
    }
    let own = doc.found.mentions.filter { $0.module == m }
    let countries = own.filter { $0.kind == .country }.map(\.tokens)
    var adjacent = Set<Int>()
    for mention in own {
      switch mention.kind {
      case .name:
        // "Machthaber Kim Jong Un"
        if isNoun(mention.tokens.lowerBound - 1) { adjacent.insert(mention.tokens.lowerBound - 1) }
        // "Kim Jong Un, der Machthaber"
        let after = mention.tokens.upperBound
        if tokens.indices.contains(after), tokens[after].text == ",",
          let noun = nounAfter(after + 1, mentions: countries)
        {
          adjacent.insert(noun)
        }
      case .country:
        // "Nordkoreas Machthaber", "der nordkoreanische Diktator"
        if let noun = nounAfter(mention.tokens.upperBound, mentions: countries) {
          adjacent.insert(noun)
        }
      case .reference, .other, .place:
        continue
      }
    }
    let mentionSentences = Set(own.map { tokens[$0.tokens.lowerBound].sentence })
    for t in tokens.indices where isNoun(t) {
      let stem = doc.keys.stems[t]
      totals[stem, default: [:]][outlet, default: 0] += 1
      let isAdjacent = adjacent.contains(t)
      let isNear = mentionSentences.contains(tokens[t].sentence)
      guard isAdjacent || isNear else { continue }
      var word = words[stem] ?? Word(stem: stem)
      word.forms[tokens[t].text, default: 0] += 1
      if isAdjacent { word.adjacent[outlet, default: 0] += 1 }
      if isNear {
        word.nearTarget[outlet, default: 0] += 1
        nearTargetTokens[outlet, default: 0] += 1
      }
      if word.examples.count < Self.maximumExamples {
        word.examples.append("\(document): " + sentence(of: t, in: doc))
      }
      words[stem] = word
    }
  }

  /// The sentence a token stands in, cut to about 200 characters around it.
  func sentence(of t: Int, in doc: InspectedText) -> String {
    let tokens = doc.tokens
    let s = tokens[t].sentence
    var first = t
    while first > 0, tokens[first - 1].sentence == s { first -= 1 }
    var last = t
    while last + 1 < tokens.count, tokens[last + 1].sentence == s { last += 1 }
    let start = max(tokens[first].range.lowerBound, tokens[t].range.lowerBound - 100)
    let end = min(tokens[last].range.upperBound, tokens[t].range.upperBound + 100)
    return (start > tokens[first].range.lowerBound ? "…" : "") + doc.text.string(start..<end)
      + (end < tokens[last].range.upperBound ? "…" : "")
  }
}
