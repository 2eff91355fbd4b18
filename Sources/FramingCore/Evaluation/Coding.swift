/// A coding of a corpus: what a human coder (or the tool) found, at one of two granularities.
///
/// Occurrence level: every coded expression with its span, target, entry, voice and speaker.
/// Count level: how often each entry occurs per document, target and voice (a tally sheet).
/// The formats are documented in `gold/CODEBOOK.md` and the data dictionary.
public struct Coding: Sendable {
  public enum Level: String, Sendable, Hashable {
    case occurrence, count
  }

  /// Where the coding was read from, as named in messages.
  public var file: String
  public var level: Level
  /// Occurrence-level rows (empty at count level).
  public var occurrences: [CodedOccurrence]
  /// Count-level rows; at occurrence level, derived from the occurrences.
  public var counts: [CodedCount]

  public init(file: String, occurrences: [CodedOccurrence]) {
    self.file = file
    self.level = .occurrence
    self.occurrences = occurrences
    self.counts = CodedCount.tally(occurrences)
  }

  public init(file: String, counts: [CodedCount]) {
    self.file = file
    self.level = .count
    self.occurrences = []
    self.counts = counts
  }

  /// The targets coded, without `other` (which never counts as a positive).
  public var targets: Set<String> {
    Set(counts.map(\.target)).subtracting([CodedOccurrence.otherTarget])
  }

  /// The documents the coding names.
  public var documents: Set<String> { Set(counts.map(\.document)) }
}

/// One coded expression: a span of a document, coded for a target.
public struct CodedOccurrence: Sendable, Hashable {
  /// The target for labels of people who are not registered actors: shown in the referent
  /// confusion table, never counted as a positive.
  public static let otherTarget = "other"

  /// The document id as in `matches.csv` (path relative to the corpus folder).
  public var document: String
  /// Offsets in Unicode scalars of the decoded document: `text[start..<end]`.
  public var start: Int
  public var end: Int
  /// An actor id (`kim-jong-un`), a module id for topics (`war-names`), or `other`.
  public var target: String
  /// A lexicon term, or the coder's text until it is resolved against the lexicons.
  public var entry: String
  public var voice: Voice
  /// The outlet's own use kept at a distance (scare quotes, "sogenannte").
  public var isDistanced: Bool
  /// Who speaks, for quote and reported voice; empty when unknown or not coded.
  public var speaker: String
  /// The coder's difficulty tags (`plural`, `quote-unmarked`, …), from the codebook.
  public var cases: [String]
  /// The coded text, when the coding gives it (checked against the document).
  public var text: String
  /// The row's line in the coding file (1-based), for messages; 0 for the tool's own rows.
  public var line: Int

  public init(
    document: String, start: Int, end: Int, target: String, entry: String, voice: Voice,
    isDistanced: Bool = false, speaker: String = "", cases: [String] = [], text: String = "",
    line: Int = 0
  ) {
    self.document = document
    self.start = start
    self.end = end
    self.target = target
    self.entry = entry
    self.voice = voice
    self.isDistanced = isDistanced
    self.speaker = speaker
    self.cases = cases
    self.text = text
    self.line = line
  }

  /// True when the two spans share at least one scalar.
  public func overlaps(_ other: CodedOccurrence) -> Bool {
    document == other.document && start < other.end && other.start < end
  }

  /// Scalars the two spans share.
  public func overlap(with other: CodedOccurrence) -> Int {
    guard document == other.document else { return 0 }
    return max(0, min(end, other.end) - max(start, other.start))
  }

  /// "author", "quote", "reported", or "author (distanced)": the voice as a coder codes it.
  public var voiceLabel: String { voice.rawValue + (isDistanced ? " (distanced)" : "") }
}

/// One cell of a tally sheet: how often an entry occurs in a document for a target and voice.
public struct CodedCount: Sendable, Hashable {
  public struct Key: Sendable, Hashable, Comparable {
    public var document: String
    public var target: String
    public var entry: String
    public var voice: Voice
    public var isDistanced: Bool

    public init(
      document: String, target: String, entry: String, voice: Voice, isDistanced: Bool = false
    ) {
      self.document = document
      self.target = target
      self.entry = entry
      self.voice = voice
      self.isDistanced = isDistanced
    }

    public static func < (a: Key, b: Key) -> Bool {
      (a.document, a.target, a.entry, a.voice.rawValue, a.isDistanced ? 1 : 0)
        < (b.document, b.target, b.entry, b.voice.rawValue, b.isDistanced ? 1 : 0)
    }
  }

  public var key: Key
  public var count: Int
  /// The row's line in the coding file (1-based); 0 when derived from occurrences.
  public var line: Int

  public init(key: Key, count: Int, line: Int = 0) {
    self.key = key
    self.count = count
    self.line = line
  }

  public var document: String { key.document }
  public var target: String { key.target }

  /// Occurrences summed into cells, sorted by key.
  public static func tally(_ occurrences: [CodedOccurrence]) -> [CodedCount] {
    var cells: [Key: Int] = [:]
    for o in occurrences {
      let key = Key(
        document: o.document, target: o.target, entry: o.entry, voice: o.voice,
        isDistanced: o.isDistanced)
      cells[key, default: 0] += 1
    }
    return cells.keys.sorted().map { CodedCount(key: $0, count: cells[$0] ?? 0) }
  }
}
