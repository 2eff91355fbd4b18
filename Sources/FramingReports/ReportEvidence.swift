import FramingCore

/// What the report pages show of single documents and matches, collected while documents pass
/// so that no run keeps them all: per outlet the first `documentRowLimit` documents, and per
/// entry the first `ReportModel.evidenceLimit` matches with how many there are, who said them,
/// and the outlet's totals. Memory grows with outlets × entries, not with the corpus.
public struct ReportEvidence: Sendable {
  /// Documents listed on an outlet page; the others are in documents.csv.
  public static let documentRowLimit = 100

  public struct DocumentRow: Sendable {
    public var id: String
    public var date: String
    public var title: String
    public var tokens: Int
    public var matches: Int
  }

  /// The uses of one entry by one outlet.
  public struct EntryUses: Sendable {
    /// The first uses in document order: document id and match.
    public var first: [(document: String, match: MatchRecord)] = []
    public var count = 0
    public var ownVoice = 0
    /// "quoting Kim Jong Un", "reporting an unnamed speaker": uses not in the author's voice.
    public var bySpeaker: [String: Int] = [:]
    /// Documents with a counted use (plain, about the module's target) in the author's voice.
    public var ownVoiceDocuments = 0
    /// Counted uses in the author's voice.
    public var ownVoiceCounted = 0
    /// Documents with a use by a quoted or reported speaker that is not distanced.
    public var othersDocuments = 0
  }

  public struct EntryKey: Sendable, Hashable {
    public var module: Int
    public var category: Int
    public var entry: Int
  }

  public struct Outlet: Sendable {
    public var documents: [DocumentRow] = []
    public var documentCount = 0
    public var matches = 0
    public var sharedCopyMatches = 0
    public var uses: [EntryKey: EntryUses] = [:]
    /// Per module, documents by the voices of their counted matches: index = voice mask
    /// (`VoiceMask`), value = documents whose counted matches in the module came in exactly
    /// those voices. Index 0 (no counted match) stays 0.
    public var moduleDocuments: [Int: [Int]] = [:]

    /// Documents with a counted match in module `m` in a voice that `voice` includes.
    public func documents(module m: Int, voice: VoiceFilter) -> Int {
      guard let byMask = moduleDocuments[m] else { return 0 }
      return byMask.indices.reduce(0) { sum, mask in
        VoiceMask.voices(mask).contains(where: voice.includes) ? sum + byMask[mask] : sum
      }
    }
  }

  /// A set of voices as bits: author 1, quote 2, reported 4.
  public enum VoiceMask {
    public static func bit(_ voice: Voice) -> Int {
      switch voice {
      case .author: 1
      case .quote: 2
      case .reported: 4
      }
    }
    public static func voices(_ mask: Int) -> [Voice] {
      [Voice.author, .quote, .reported].filter { mask & bit($0) != 0 }
    }
  }

  public private(set) var outlets: [String: Outlet] = [:]

  public init() {}

  /// Adds an included document (its matches marked for shared copy already).
  public mutating func add(_ d: DocumentResult) {
    guard d.isIncluded else { return }
    // In place: a copy of the outlet taken out of the dictionary would copy its uses.
    outlets[d.source.outlet, default: Outlet()].add(d)
  }
}

extension ReportEvidence.Outlet {
  mutating func add(_ d: DocumentResult) {
    typealias Evidence = ReportEvidence
    documentCount += 1
    if documents.count < Evidence.documentRowLimit {
      documents.append(
        Evidence.DocumentRow(
          id: d.source.id, date: d.source.date, title: d.source.title, tokens: d.tokens.total,
          matches: d.matches.count))
    }
    matches += d.matches.count
    var moduleMasks: [Int: Int] = [:]
    var ownVoiceKeys = Set<Evidence.EntryKey>()
    var othersKeys = Set<Evidence.EntryKey>()
    for match in d.matches {
      if match.isSharedCopy { sharedCopyMatches += 1 }
      let key = Evidence.EntryKey(
        module: match.module, category: match.category, entry: match.entry)
      uses[key, default: Evidence.EntryUses()].add(match, document: d.source.id)
      if match.status == .counted {
        moduleMasks[match.module, default: 0] |= Evidence.VoiceMask.bit(match.voice)
      }
      if match.voice == .author, match.status == .counted { ownVoiceKeys.insert(key) }
      if match.voice != .author, match.status != .distanced { othersKeys.insert(key) }
    }
    for key in ownVoiceKeys { uses[key]?.ownVoiceDocuments += 1 }
    for key in othersKeys { uses[key]?.othersDocuments += 1 }
    for (m, mask) in moduleMasks {
      moduleDocuments[m, default: Array(repeating: 0, count: 8)][mask] += 1
    }
  }
}

extension ReportEvidence.EntryUses {
  mutating func add(_ match: MatchRecord, document: String) {
    count += 1
    if first.count < ReportModel.evidenceLimit {
      // Pages show the passage, not the context columns of matches.csv.
      var kept = match
      kept.left = ""
      kept.right = ""
      first.append((document, kept))
    }
    if match.voice == .author, match.status == .counted { ownVoiceCounted += 1 }
    if match.voice == .author {
      ownVoice += 1
    } else {
      let verb = match.voice == .quote ? "quoting" : "reporting"
      bySpeaker[
        "\(verb) \(match.speaker.isEmpty ? "an unnamed speaker" : match.speaker)", default: 0] += 1
    }
  }
}
