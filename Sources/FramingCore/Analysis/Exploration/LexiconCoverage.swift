import Foundation

/// How well a lexicon covers a corpus: matches per entry, outlet and voice, the entries that
/// never match, and the entries whose patterns overlap.
public struct LexiconCoverage: Sendable {
  /// An entry by its indices in the lexicon.
  public struct EntryKey: Sendable, Hashable, Comparable {
    public var module: Int
    public var category: Int
    public var entry: Int

    public static func < (a: EntryKey, b: EntryKey) -> Bool {
      (a.module, a.category, a.entry) < (b.module, b.category, b.entry)
    }
  }

  /// Two entries that match the same words.
  public struct Overlap: Sendable, Hashable {
    public enum Kind: String, Sendable {
      /// One entry's term is matched by the other's pattern (found without a corpus).
      case term
      /// Both matched overlapping words of the corpus.
      case text
    }
    public var entry: EntryKey
    public var other: EntryKey
    public var kind: Kind
    /// Corpus places where both match (0 for `term`).
    public var count: Int
    /// The term, or the first document and the words both matched.
    public var example: String
  }

  /// Outlets in name order.
  public var outlets: [String] = []
  /// Matches (any status, as in `matches.csv`) per entry and outlet, by voice.
  public var counts: [EntryKey: [String: VoiceCounts]] = [:]
  /// The same matches per entry and outlet by status: counted, distanced, not-target (a label
  /// of an actor module about someone else), so that uses the scores leave out are not taken
  /// for coverage.
  public var statuses: [EntryKey: [String: [MatchStatus: Int]]] = [:]
  public var overlaps: [Overlap] = []

  /// Every entry of the lexicon, in lexicon order.
  public static func entries(of lexicon: Lexicon) -> [EntryKey] {
    lexicon.modules.enumerated().flatMap { m, module in
      module.categories.enumerated().flatMap { c, category in
        category.entries.indices.map { EntryKey(module: m, category: c, entry: $0) }
      }
    }
  }

  /// Matches of an entry with a status, in one outlet or (nil) in all.
  public func count(_ key: EntryKey, _ status: MatchStatus, outlet: String? = nil) -> Int {
    guard let byOutlet = statuses[key] else { return 0 }
    if let outlet { return byOutlet[outlet]?[status] ?? 0 }
    return byOutlet.values.reduce(0) { $0 + ($1[status] ?? 0) }
  }

  /// Matches of an entry in all outlets.
  public func total(_ key: EntryKey) -> VoiceCounts {
    (counts[key] ?? [:]).values.reduce(into: VoiceCounts()) { sum, counts in
      for voice in Voice.allCases { sum[voice] += counts[voice] }
    }
  }

  /// Counts the corpus with the report's overlap policy, then again keeping every match to find
  /// entries that match the same words; adds the overlaps of terms.
  public static func measure(
    lexicon: Lexicon, corpus: some CorpusReader, policy: OverlapPolicy, run: CorpusRun,
    diagnostics: inout [Diagnostic]
  ) throws(DiagnosticFailure) -> LexiconCoverage {
    var coverage = LexiconCoverage()
    var outlets = Set<String>()
    var documentDiagnostics: [Diagnostic] = []
    _ = try run.run(
      corpus: corpus, lexicon: lexicon, matcher: Matcher(lexicon: lexicon, policy: policy),
      diagnostics: &diagnostics
    ) { result, _ in
      documentDiagnostics += result.diagnostics
      guard result.isIncluded else { return }
      outlets.insert(result.source.outlet)
      for m in result.matches {
        let key = EntryKey(module: m.module, category: m.category, entry: m.entry)
        coverage.counts[key, default: [:]][result.source.outlet, default: VoiceCounts()][m.voice] +=
          1
        coverage.statuses[key, default: [:]][result.source.outlet, default: [:]][
          m.status, default: 0] += 1
      }
    }
    diagnostics += documentDiagnostics
    coverage.outlets = outlets.sorted()
    var ignored: [Diagnostic] = []
    var textOverlaps: [[EntryKey]: Overlap] = [:]
    _ = try run.run(
      corpus: corpus, lexicon: lexicon, matcher: Matcher(lexicon: lexicon, policy: .keepAll),
      diagnostics: &ignored
    ) { result, _ in
      guard result.isIncluded else { return }
      let records = result.matches
      // Records come in text order: only the ones starting before `a` ends can overlap it.
      for (i, a) in records.enumerated() {
        for b in records[(i + 1)...] {
          guard b.start < a.end else { break }
          let x = EntryKey(module: a.module, category: a.category, entry: a.entry)
          let y = EntryKey(module: b.module, category: b.category, entry: b.entry)
          guard x != y, !isSameSharedEntry(x, y, lexicon) else { continue }
          let pair = [min(x, y), max(x, y)]
          let example =
            "\(result.source.id): \(a.end - a.start >= b.end - b.start ? a.text : b.text)"
          textOverlaps[
            pair,
            default: Overlap(
              entry: pair[0], other: pair[1], kind: .text, count: 0, example: example)
          ].count += 1
        }
      }
    }
    coverage.overlaps =
      termOverlaps(lexicon)
      + textOverlaps.values.sorted { ($0.entry, $0.other) < ($1.entry, $1.other) }
    return coverage
  }

  /// Entries whose term another entry's pattern matches: "Kriegsverbrecher" in two modules, or
  /// a glob `*diktator` that also takes "Militärdiktator" listed elsewhere. Each pair once.
  public static func termOverlaps(_ lexicon: Lexicon) -> [Overlap] {
    let stemmer = Stemmer()
    let matcher = Matcher(lexicon: lexicon, policy: .keepAll, stemmer: stemmer)
    var found: [Overlap] = []
    var pairs = Set<[EntryKey]>()
    for key in entries(of: lexicon) {
      let term = lexicon.modules[key.module].categories[key.category].entries[key.entry].term
      let tokens = Tokenizer.german.tokenize(term)
      let keys = TokenKeys(tokens: tokens, stemmer: stemmer)
      let voices = [Voice](repeating: .author, count: tokens.count)
      let words = tokens.indices.filter { tokens[$0].isWordLike }
      guard let first = words.first, let last = words.last else { continue }
      for m in matcher.matches(tokens: tokens, keys: keys, voices: voices).matches {
        let other = EntryKey(module: m.module, category: m.category, entry: m.entry)
        // The other entry must take the whole term, not a word of it.
        guard other != key, !isSameSharedEntry(key, other, lexicon),
          m.tokens.lowerBound <= first, m.tokens.upperBound > last,
          pairs.insert([min(key, other), max(key, other)]).inserted
        else { continue }
        found.append(Overlap(entry: key, other: other, kind: .term, count: 0, example: term))
      }
    }
    return found
  }

  /// One entry of a shared inventory, as two actors' modules hold it: not an overlap.
  static func isSameSharedEntry(_ a: EntryKey, _ b: EntryKey, _ lexicon: Lexicon) -> Bool {
    let x = lexicon.modules[a.module]
    let y = lexicon.modules[b.module]
    guard let inventory = x.inventory, y.inventory == inventory else { return false }
    return x.categories[a.category].entries[a.entry].term
      == y.categories[b.category].entries[b.entry].term
  }
}
