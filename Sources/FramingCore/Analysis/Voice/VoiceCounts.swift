/// Counts by voice.
public struct VoiceCounts: Sendable, Hashable, Codable {
  public var author = 0
  public var quote = 0
  public var reported = 0

  public init(author: Int = 0, quote: Int = 0, reported: Int = 0) {
    self.author = author
    self.quote = quote
    self.reported = reported
  }

  public var total: Int { author + quote + reported }

  public subscript(voice: Voice) -> Int {
    get {
      switch voice {
      case .author: author
      case .quote: quote
      case .reported: reported
      }
    }
    set {
      switch voice {
      case .author: author = newValue
      case .quote: quote = newValue
      case .reported: reported = newValue
      }
    }
  }

  public static func + (a: VoiceCounts, b: VoiceCounts) -> VoiceCounts {
    VoiceCounts(
      author: a.author + b.author, quote: a.quote + b.quote, reported: a.reported + b.reported)
  }
}
