import Foundation

/// Everything the pipeline learned from one document; the unit that is merged into a run.
public struct DocumentResult: Sendable, Codable {
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
  /// Word tokens by folded form (for distinctive-word scores); emptied once merged.
  public var words: [String: Int] = [:]
  /// Word hashes and offsets for finding shared agency copy; emptied once merged.
  public var fingerprint = SharedCopy.Fingerprint()
  /// The document's bytes as read, for the text of shared passages. Not encoded: shards do not
  /// carry texts (`framing merge` reads the corpus again for them).
  public var bytes: Data?

  enum CodingKeys: String, CodingKey {
    case source, sha256, encoding, tokens, matches, mentions, removals, diagnostics, isIncluded
    case words, fingerprint
  }
}

/// A match with everything a report needs to show and trace it.
public struct MatchRecord: Sendable, Hashable, Codable {
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
  /// For labels of actor modules: who the label refers to, and by which rule.
  public var attribution: Attribution = .notApplicable
  /// Who speaks, for quote and reported voice ("Kim Jong Un", "Brown"); empty when unknown.
  public var speaker: String = ""
  /// How the outlet distances itself from the term ("sogenannt", "scare quotes"); empty if not.
  public var distancing: String = ""
  /// Inside a passage that documents of other outlets share (agency copy).
  public var isSharedCopy = false
  /// Shared copy left out of the scores (`--exclude-shared-copy`).
  public var isExcludedAsSharedCopy = false
  /// The rule that decided the voice (`quote-marks`, `konjunktiv`, …); empty for author voice.
  public var voiceRule: VoiceRule = .none
  /// What kind of speaker `speaker` is, for quote and reported voice; empty for author voice.
  public var speakerKind: SpeakerKind = .none

  /// How the match counts in scores.
  public var status: MatchStatus {
    if isExcludedAsSharedCopy { return .sharedCopy }
    if attribution.rule != .notApplicable && !attribution.isTarget { return .notTarget }
    return distancing.isEmpty ? .counted : .distanced
  }
}

/// How a match counts: plainly, as distanced, or not for the module's target.
public enum MatchStatus: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Counts for the module (and its target): the outlet's plain use.
  case counted
  /// Used with a distancing marker or in scare quotes: counted apart.
  case distanced
  /// A label of an actor module that refers to someone else, to several people, or to no one
  /// known: visible in matches.csv and counts.csv, not in the module's scores.
  case notTarget = "not-target"
  /// Inside shared agency copy, left out with `--exclude-shared-copy`.
  case sharedCopy = "shared-copy"

  public static func < (a: MatchStatus, b: MatchStatus) -> Bool { a.rawValue < b.rawValue }
}
