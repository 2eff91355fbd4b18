import Foundation

/// Document results kept on disk, in corpus order, between reading the corpus and writing the
/// outputs: the run's memory does not grow with the number of documents or matches.
///
/// Each record is the result as JSON (without its word counts, which are merged as results
/// arrive) followed by its shared-copy fingerprint in binary. Written once, read once.
public final class DocumentSpill: @unchecked Sendable {
  private let file: ScratchFile
  private let encoder = JSONEncoder()
  /// Documents appended.
  public private(set) var count = 0

  public init() throws(ScratchFile.Failure) { file = try ScratchFile() }

  /// Appends a result; its `words` are not kept.
  public func append(_ result: DocumentResult) {
    var stored = result
    stored.words = [:]
    let fingerprint = stored.fingerprint
    stored.fingerprint = SharedCopy.Fingerprint()
    // Encoding a value of our own Codable types does not fail.
    let json = (try? encoder.encode(stored)) ?? Data()
    file.append(UInt32(json.count))
    file.append(json)
    file.append(UInt32(fingerprint.hashes.count))
    // Four arrays one after the other, little-endian like the machines Swift runs on.
    fingerprint.hashes.withUnsafeBytes { file.append($0) }
    fingerprint.firstWords.withUnsafeBytes { file.append($0) }
    fingerprint.starts.withUnsafeBytes { file.append($0) }
    fingerprint.ends.withUnsafeBytes { file.append($0) }
    count += 1
  }

  /// Hands every result to `body` in the order appended, with its index and fingerprint.
  public func forEach(
    _ body: (Int, DocumentResult) throws -> Void
  ) throws {
    try file.finish()
    var reader = file.reader()
    let decoder = JSONDecoder()
    var index = 0
    while let length = try reader.read(UInt32.self) {
      guard let json = try reader.read(Int(length)), let n = try reader.read(UInt32.self) else {
        throw ScratchFile.Failure(reason: "document \(index + 1) cut short")
      }
      var result = try decoder.decode(DocumentResult.self, from: Data(json))
      func array<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        guard let bytes = try reader.read(Int(n) * MemoryLayout<T>.size) else {
          throw ScratchFile.Failure(reason: "fingerprint of document \(index + 1) cut short")
        }
        return [T](unsafeUninitializedCapacity: Int(n)) { buffer, initialized in
          UnsafeMutableRawBufferPointer(buffer).copyBytes(from: bytes)
          initialized = Int(n)
        }
      }
      result.fingerprint.hashes = try array(UInt64.self)
      result.fingerprint.firstWords = try array(Int32.self)
      result.fingerprint.starts = try array(Int32.self)
      result.fingerprint.ends = try array(Int32.self)
      try body(index, result)
      index += 1
    }
  }
}
