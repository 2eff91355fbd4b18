import Foundation

/// Document results kept on disk, in corpus order, between reading the corpus and writing the
/// outputs: the run's memory does not grow with the number of documents or matches.
///
/// Each record is the result in binary (`DocumentResult+Binary`): every field but the word counts
/// (merged as results arrive), with the shared-copy fingerprint and, where the corpus cannot be
/// read again, the document's bytes (for the text of shared passages), with its length first.
/// The file is compressed (`ScratchFile(compressed:)`: the passages and contexts of matches
/// shrink to about a third). Written once, read once, and given back to the disk as it is read.
public final class DocumentSpill: @unchecked Sendable {
  private let file: ScratchFile
  /// Documents appended.
  public private(set) var count = 0

  public init() throws(ScratchFileError) { file = try ScratchFile(compressed: true) }

  /// Appends a result; its `words` are not kept.
  public func append(_ result: DocumentResult) {
    var writer = BinaryWriter()
    result.write(to: &writer)
    file.append(UInt64(writer.bytes.count))
    writer.bytes.withUnsafeBytes { file.append($0) }
    count += 1
  }

  /// Hands every result to `body` in the order appended, with its index.
  public func forEach(_ body: (Int, DocumentResult) throws -> Void) throws {
    try file.finish()
    var reader = file.reader()
    var index = 0
    while let length = try reader.read(UInt64.self) {
      guard let bytes = try reader.read(Int(length)) else {
        throw ScratchFileError(reason: "document \(index + 1) cut short")
      }
      var record = BinaryReader(bytes)
      let result: DocumentResult
      do { result = try DocumentResult(from: &record) } catch {
        throw ScratchFileError(reason: "document \(index + 1) unreadable")
      }
      try body(index, result)
      index += 1
      // Read once: the records behind go back to the disk while the outputs grow.
      if index % 256 == 0 { file.release(upTo: reader.consumed) }
    }
  }
}
