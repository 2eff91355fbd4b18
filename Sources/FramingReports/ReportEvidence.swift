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
  }

  public private(set) var outlets: [String: Outlet] = [:]

  public init() {}

  /// Adds an included document (its matches marked for shared copy already).
  public mutating func add(_ d: DocumentResult) {
    guard d.isIncluded else { return }
    var outlet = outlets[d.source.outlet] ?? Outlet()
    outlet.documentCount += 1
    if outlet.documents.count < Self.documentRowLimit {
      outlet.documents.append(
        DocumentRow(
          id: d.source.id, date: d.source.date, title: d.source.title, tokens: d.tokens.total,
          matches: d.matches.count))
    }
    outlet.matches += d.matches.count
    for match in d.matches {
      if match.isSharedCopy { outlet.sharedCopyMatches += 1 }
      let key = EntryKey(module: match.module, category: match.category, entry: match.entry)
      var uses = outlet.uses[key] ?? EntryUses()
      uses.count += 1
      if uses.first.count < ReportModel.evidenceLimit {
        // Pages show the passage, not the context columns of matches.csv.
        var kept = match
        kept.left = ""
        kept.right = ""
        uses.first.append((d.source.id, kept))
      }
      if match.voice == .author {
        uses.ownVoice += 1
      } else {
        let verb = match.voice == .quote ? "quoting" : "reporting"
        uses.bySpeaker[
          "\(verb) \(match.speaker.isEmpty ? "an unnamed speaker" : match.speaker)", default: 0] +=
          1
      }
      outlet.uses[key] = uses
    }
    outlets[d.source.outlet] = outlet
  }
}
