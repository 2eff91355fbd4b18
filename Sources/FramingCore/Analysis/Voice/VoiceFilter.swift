/// Which voices a score counts.
public enum VoiceSelection: String, Sendable, CaseIterable {
  case author, quote, all
}

/// Whether indirect speech counts with the outlet (`author`) or with the speaker (`quote`).
public enum ReportedSpeechPolicy: String, Sendable, CaseIterable {
  case author, quote
}

/// The voices a score counts: the selection plus where reported speech goes.
public struct VoiceFilter: Sendable, Hashable {
  public var selection: VoiceSelection
  public var reportedAs: ReportedSpeechPolicy

  public init(_ selection: VoiceSelection, reportedAs: ReportedSpeechPolicy = .quote) {
    self.selection = selection
    self.reportedAs = reportedAs
  }

  public func includes(_ voice: Voice) -> Bool {
    let effective: Voice = voice == .reported ? (reportedAs == .author ? .author : .quote) : voice
    switch selection {
    case .author: return effective == .author
    case .quote: return effective == .quote
    case .all: return true
    }
  }

  public func count(_ counts: VoiceCounts) -> Int {
    Voice.allCases.filter(includes).reduce(0) { $0 + counts[$1] }
  }
}
