import Foundation
import FramingCore

/// What a set of outputs was made from, written into every CSV set and report.
public struct Provenance: Sendable {
  public static let toolVersion = "0.1.0"

  public var commandLine: String
  /// yyyy-mm-dd (UTC), from SOURCE_DATE_EPOCH when set.
  public var date: String
  public var corpus: String
  public var corpusSHA256: String
  public var lexicons: String
  public var lexiconsSHA256: String
  public var voice: String
  public var reportedAs: String
  public var overlap: String
  public var documents: Int

  public init(
    commandLine: String, date: String, corpus: String, corpusSHA256: String, lexicons: String,
    lexiconsSHA256: String, voice: String, reportedAs: String, overlap: String, documents: Int
  ) {
    self.commandLine = commandLine
    self.date = date
    self.corpus = corpus
    self.corpusSHA256 = corpusSHA256
    self.lexicons = lexicons
    self.lexiconsSHA256 = lexiconsSHA256
    self.voice = voice
    self.reportedAs = reportedAs
    self.overlap = overlap
    self.documents = documents
  }

  public var pairs: [(String, String)] {
    [
      ("tool", "framing \(Self.toolVersion)"), ("command", commandLine), ("date", date),
      ("corpus", corpus), ("corpus_sha256", corpusSHA256), ("lexicons", lexicons),
      ("lexicons_sha256", lexiconsSHA256), ("voice", voice), ("reported_as", reportedAs),
      ("overlap", overlap),
      ("documents", String(documents)),
    ]
  }

  /// The date for outputs: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set and valid,
  /// otherwise today (UTC). See https://reproducible-builds.org/specs/source-date-epoch/.
  public static func outputDate(
    environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
  ) -> String {
    var date = now
    if let text = environment["SOURCE_DATE_EPOCH"],
      let seconds = Int64(text.trimmingCharacters(in: .whitespaces))
    {
      date = Date(timeIntervalSince1970: TimeInterval(seconds))
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
  }

  /// SHA-256 over a list of (path, sha256) pairs, sorted by path: one checksum for a set of files.
  public static func combinedChecksum(_ files: [(String, String)]) -> String {
    let text = files.sorted { $0.0 < $1.0 }.map { "\($0.1)  \($0.0)\n" }.joined()
    return FramingCore.SHA256Hex.of(Data(text.utf8))
  }
}
