/// Word tokens per outlet by folded form, for the distinctive-word scores.
///
/// Each word's text is kept once, and its count in each outlet in one table keyed by word and
/// outlet numbers: a vocabulary of 200,000 words in 8 outlets would otherwise be up to 1.6
/// million strings in per-outlet dictionaries, and as many again when the scores turn them
/// around word by word.
public struct WordCounts: Sendable {
  private var ids: [String: UInt32] = [:]
  private var texts: [String] = []
  private var outletIDs: [String: UInt32] = [:]
  private var outletNames: [String] = []
  /// Count by word number (high 32 bits) and outlet number (low 32 bits).
  private var counts: [UInt64: Int] = [:]

  public init() {}

  /// Distinct words seen.
  public var vocabularySize: Int { texts.count }

  /// Adds one document's word counts to its outlet's.
  public mutating func add(outlet: String, _ words: [String: Int]) {
    guard !words.isEmpty else { return }
    let o = Self.number(of: outlet, in: &outletIDs, &outletNames)
    for (word, n) in words {
      let w = Self.number(of: word, in: &ids, &texts)
      counts[UInt64(w) << 32 | UInt64(o), default: 0] += n
    }
  }

  /// The number of `text`, a new one (appended to `texts`) the first time.
  private static func number(
    of text: String, in numbers: inout [String: UInt32], _ texts: inout [String]
  ) -> UInt32 {
    if let known = numbers[text] { return known }
    let n = UInt32(texts.count)
    numbers[text] = n
    texts.append(text)
    return n
  }

  /// The count of `word` in `outlet` (0 if never seen there).
  public func count(_ word: String, outlet: String) -> Int {
    guard let w = ids[word], let o = outletIDs[outlet] else { return 0 }
    return counts[UInt64(w) << 32 | UInt64(o)] ?? 0
  }

  /// Hands every word, in sorted order, with its count per outlet that uses it.
  public func forEachWord(_ body: (String, [String: Int]) -> Void) {
    let keys = counts.keys.sorted()
    // Where each word's keys start in `keys` (they are sorted by word number first).
    var starts = [Int](repeating: 0, count: texts.count + 1)
    for key in keys { starts[Int(key >> 32) + 1] += 1 }
    for w in texts.indices { starts[w + 1] += starts[w] }
    for w in texts.indices.sorted(by: { texts[$0] < texts[$1] }) {
      var perOutlet: [String: Int] = [:]
      for key in keys[starts[w]..<starts[w + 1]] {
        perOutlet[outletNames[Int(key & 0xFFFF_FFFF)]] = counts[key] ?? 0
      }
      body(texts[w], perOutlet)
    }
  }
}
