/// Everything the pipeline learned from one document; the unit that is merged into a run.
public struct DocumentResult: Sendable {
  public var source: DocumentSource
  /// SHA-256 of the file's bytes, hex.
  public var sha256: String
  public var encoding: TextDecoding.Encoding
  /// Word and number tokens per voice.
  public var tokens: VoiceCounts
  public var matches: [MatchRecord]
  /// Target mentions per module index, per voice.
  public var mentions: [Int: VoiceCounts]
  public var removals: [Cleaner.Removal]
  public var diagnostics: [Diagnostic]
  /// False when the document could not be used (the diagnostics say why).
  public var isIncluded: Bool
}

/// Counts by voice.
public struct VoiceCounts: Sendable, Hashable {
  public var author = 0
  public var quote = 0

  public init(author: Int = 0, quote: Int = 0) {
    self.author = author
    self.quote = quote
  }

  public var total: Int { author + quote }

  public subscript(voice: Voice) -> Int {
    get { voice == .author ? author : quote }
    set { if voice == .author { author = newValue } else { quote = newValue } }
  }

  public static func + (a: VoiceCounts, b: VoiceCounts) -> VoiceCounts {
    VoiceCounts(author: a.author + b.author, quote: a.quote + b.quote)
  }
}

/// A match with everything a report needs to show and trace it.
public struct MatchRecord: Sendable, Hashable {
  public var module: Int
  public var category: Int
  public var entry: Int
  public var voice: Voice
  /// The matched text as the reader sees it (normalized).
  public var text: String
  /// Offsets in Unicode scalars of the decoded original file: `text[start..<end]`.
  public var start: Int
  public var end: Int
  /// 1-based line and column (in Unicode scalars) in the original file.
  public var line: Int
  public var column: Int
  public var left: String
  public var right: String
  /// The sentence the match stands in: the evidence passage.
  public var passage: String
  /// Where the matched text starts in `passage`, in Unicode scalars.
  public var passageOffset: Int
}
