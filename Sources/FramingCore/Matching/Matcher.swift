/// Finds lexicon entries and target names in tokenized text; compiled once from a `Lexicon`.
///
/// Every pattern is expanded into its variants (optional tokens, split hyphen words) and indexed
/// by its first element: a hash from stem or folded form to candidate variants, plus a list of
/// variants that start with a glob. A pattern matches consecutive word or number tokens of one
/// paragraph; a punctuation or quote-mark token or a paragraph break ends a phrase. Inside a module, overlapping matches are
/// resolved by an `OverlapPolicy` (by default the longest wins, then the earliest, then the
/// entry listed first).
public struct Matcher: Sendable {
  enum Element: Sendable, Hashable {
    case stem(String), exact(String), cased(String), prefix(String), suffix(String), infix(String)

    /// The reference semantics of an element, which the compiled `Elements` reproduce.
    func matches(_ t: Int, _ keys: TokenKeys) -> Bool {
      switch self {
      case .stem(let s): return keys.stems[t] == s
      case .exact(let s): return keys.folded[t] == s
      case .cased(let s): return keys.texts[t] == s
      case .prefix(let s): return keys.folded[t].hasPrefix(s)
      case .suffix(let s): return keys.folded[t].hasSuffix(s)
      case .infix(let s): return keys.folded[t].contains(s)
      }
    }
  }

  struct Variant: Sendable {
    var module: Int
    /// A category index, or a `Mention.Kind` raw value (negative) for target patterns.
    var category: Int
    var entry: Int
    /// The variant's elements in `elements`.
    var span: Range<Int>
    /// A phrase of the entry's `exceptions`: it cancels the entry's matches inside it.
    var isException = false
  }

  var variants: [Variant] = []
  var elements = Elements()
  /// Variants by the id of their first element's stem (`Elements.stemIDs`).
  var byStem: [[Int]] = []
  /// Variants by the id of their first element's folded form (`Elements.foldedIDs`); a cased
  /// element is found through its folded form, then compared as written.
  var byExact: [[Int]] = []
  var globFirst: [Int] = []
  /// The simple globs of `globFirst`, compiled; the others are in `globSlow`.
  var globIndex = GlobIndex()
  var globSlow: [Int] = []
  public let policy: OverlapPolicy

  public init(
    lexicon: Lexicon, policy: OverlapPolicy = .longestOverall, stemmer: Stemmer = Stemmer()
  ) {
    self.policy = policy
    for (m, module) in lexicon.modules.enumerated() {
      if let target = module.target {
        for (kind, patterns) in [
          (Mention.Kind.name, target.patterns), (.reference, target.references),
          (.country, target.country), (.other, target.others), (.place, target.places),
        ] {
          for pattern in patterns {
            add(pattern, module: m, category: kind.rawValue, entry: -1, stemmer: stemmer)
          }
        }
      }
      for (c, category) in module.categories.enumerated() {
        for (e, entry) in category.entries.enumerated() {
          for pattern in entry.patterns {
            add(pattern, module: m, category: c, entry: e, stemmer: stemmer)
          }
          for pattern in entry.exceptions {
            add(pattern, module: m, category: c, entry: e, stemmer: stemmer, isException: true)
          }
        }
      }
    }
    globIndex.finish()
  }

  private mutating func add(
    _ pattern: Pattern, module: Int, category: Int, entry: Int, stemmer: Stemmer,
    isException: Bool = false
  ) {
    for variant in pattern.variants {
      let compiled = variant.map { element -> Element in
        switch element {
        case .stem(let folded): return .stem(stemmer.stem(folded: folded))
        case .exact(let s): return .exact(s)
        case .cased(let s): return .cased(s)
        case .prefix(let s): return .prefix(s)
        case .suffix(let s): return .suffix(s)
        case .infix(let s): return .infix(s)
        }
      }
      let index = variants.count
      let start = elements.count
      for element in compiled { elements.append(element) }
      variants.append(
        Variant(
          module: module, category: category, entry: entry, span: start..<elements.count,
          isException: isException))
      switch elements.kinds[start] {
      case .stem:
        let first = Int(elements.ids[start])
        if byStem.count <= first { byStem += Array(repeating: [], count: first + 1 - byStem.count) }
        byStem[first].append(index)
      case .exact, .cased:
        let first = Int(elements.indexID(folded: Folding.fold(elements.texts[start])))
        if byExact.count <= first {
          byExact += Array(repeating: [], count: first + 1 - byExact.count)
        }
        byExact[first].append(index)
      default:
        globFirst.append(index)
        if elements.isSimple[start], !elements.bytes[start].isEmpty {
          globIndex.insert(elements.bytes[start], kind: elements.kinds[start], variant: index)
        } else {
          globSlow.append(index)
        }
      }
    }
  }

  public struct Result: Sendable {
    public var matches: [Match]
    public var mentions: [Mention]
  }

  /// All matches in a document, sorted by token position, then module, category and entry.
  public func matches(tokens: [Token], keys: TokenKeys, voices: [Voice]) -> Result {
    let document = elements.keys(tokens: tokens, keys: keys)
    var candidates: [(variant: Int, range: Range<Int>)] = []
    func tryVariant(_ v: Int, at t: Int) {
      let span = variants[v].span
      let end = t + span.count
      guard end <= tokens.count else { return }
      let paragraph = tokens[t].paragraph
      for k in 0..<span.count {
        let u = t + k
        // A phrase never runs across a paragraph break (a headline without a full stop ending
        // in "Invasion", then "Der ukrainische …").
        guard document.isWordLike[u], tokens[u].paragraph == paragraph,
          elements.matches(span.lowerBound + k, u, document, keys)
        else { return }
      }
      candidates.append((v, t..<end))
    }
    for t in tokens.indices where document.isWordLike[t] {
      let stem = Int(document.stemIDs[t])
      if stem >= 0, stem < byStem.count {
        for v in byStem[stem] { tryVariant(v, at: t) }
      }
      let folded = Int(document.foldedIDs[t])
      if folded >= 0, folded < byExact.count {
        for v in byExact[folded] { tryVariant(v, at: t) }
      }
      if !globFirst.isEmpty {
        // The token's folded form is fetched once for all the globs that start a variant.
        let folded = keys.folded[t]
        let isSimple = document.isSimple[t]
        if isSimple {
          // The automaton names the indexed globs in the token, each checked as before.
          var hits: [Int] = []
          let bytes = Array(folded.utf8)
          bytes.withUnsafeBufferPointer { buffer in
            globIndex.candidates(buffer) { hits.append($0) }
          }
          if hits.count > 1 { hits = Array(Set(hits)).sorted() }
          for v in hits + globSlow
          where elements.glob(variants[v].span.lowerBound, folded, isSimple: true) {
            tryVariant(v, at: t)
          }
        } else {
          for v in globFirst
          where elements.glob(variants[v].span.lowerBound, folded, isSimple: false) {
            tryVariant(v, at: t)
          }
        }
      }
    }
    var matches: [Match] = []
    var mentions: [Mention] = []
    // Exception phrases first: they cancel their entry's candidates inside them.
    if candidates.contains(where: { variants[$0.variant].isException }) {
      let exceptions = candidates.filter { variants[$0.variant].isException }
      candidates.removeAll { c in
        let v = variants[c.variant]
        return v.isException
          || exceptions.contains { x in
            let e = variants[x.variant]
            return (e.module, e.category, e.entry) == (v.module, v.category, v.entry)
              && x.range.overlaps(c.range)
          }
      }
    }
    // Longest first, then earliest, then lexicon order.
    candidates.sort {
      ($0.range.count, -$0.range.lowerBound, -$0.variant) > (
        $1.range.count, -$1.range.lowerBound, -$1.variant
      )
    }
    var taken: [Int: Set<Int>] = [:]
    var seen = Set<[Int]>()
    for candidate in candidates {
      let v = variants[candidate.variant]
      let r = candidate.range
      // The same entry found through two variants of one pattern counts once.
      guard seen.insert([v.module, v.category, v.entry, r.lowerBound, r.upperBound]).inserted else {
        continue
      }
      let group: Int
      switch (v.category < 0, policy) {
      // Other people's names compete with the actor's names: "Kim Jong Il" wins over "Kim".
      case (true, _):
        group = -1 - v.module * 8 + (v.category == Mention.Kind.other.rawValue ? -1 : v.category)
      case (false, .keepAll): group = Int.min
      case (false, .longestPerCategory): group = v.module * 10_000 + v.category
      case (false, .longestOverall): group = v.module
      }
      if group != Int.min {
        if r.contains(where: { taken[group]?.contains($0) ?? false }) { continue }
        taken[group, default: []].formUnion(r)
      }
      let voice = voices[r.lowerBound]
      if v.category < 0 {
        mentions.append(
          Mention(
            module: v.module, kind: Mention.Kind(rawValue: v.category) ?? .name, tokens: r,
            voice: voice))
      } else {
        matches.append(
          Match(module: v.module, category: v.category, entry: v.entry, tokens: r, voice: voice))
      }
    }
    matches.sort {
      ($0.tokens.lowerBound, $0.module, $0.category, $0.entry) < (
        $1.tokens.lowerBound, $1.module, $1.category, $1.entry
      )
    }
    mentions.sort { ($0.tokens.lowerBound, $0.module) < ($1.tokens.lowerBound, $1.module) }
    return Result(matches: matches, mentions: mentions)
  }
}
