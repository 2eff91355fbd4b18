extension SharedCopy {
  /// Finds the shingles that documents of several outlets share without holding every
  /// document's fingerprint in memory: each kept shingle is written, with its document and
  /// outlet, to one of `buckets` scratch files chosen by the hash's top bits; `sharedShingles()`
  /// then reads one bucket at a time. Memory is one bucket's shingles (about 1/256 of the
  /// corpus's, 16 bytes each) plus the shingles found shared, which grow with the amount of
  /// agency copy, not with the corpus.
  public final class Index: @unchecked Sendable {
    static let buckets = 256
    private let files: [ScratchFile]
    /// Document number, id and outlet of every document added, for `sources(of:)`.
    private let directory: ScratchFile
    private var outletNumbers: [String: Int32] = [:]

    public init() throws(ScratchFile.Failure) {
      var files: [ScratchFile] = []
      // Small buffers: 256 of them are held at once.
      for _ in 0..<Self.buckets { files.append(try ScratchFile(bufferSize: 1 << 14)) }
      self.files = files
      directory = try ScratchFile(bufferSize: 1 << 16)
    }

    /// The number `passages(of:outlet:…)` knows an outlet by.
    public func outletNumber(_ outlet: String) -> Int32 {
      if let n = outletNumbers[outlet] { return n }
      let n = Int32(outletNumbers.count)
      outletNumbers[outlet] = n
      return n
    }

    /// Adds a document's fingerprint; documents must come in document order.
    public func add(document: Int, id: String, outlet: String, fingerprint: Fingerprint) {
      let o = outletNumber(outlet)
      directory.append(Int32(document))
      for text in [id, outlet] {
        directory.append(UInt32(text.utf8.count))
        directory.append(text)
      }
      for h in fingerprint.hashes {
        let file = files[Int(h >> 56)]
        file.append(h)
        file.append(Int32(document))
        file.append(o)
      }
    }

    /// The ids and outlets of the documents numbered in `wanted`.
    public func sources(of wanted: Set<Int32>) throws(ScratchFile.Failure) -> [Int32: (
      id: String, outlet: String
    )] {
      try directory.finish()
      var reader = directory.reader()
      var found: [Int32: (id: String, outlet: String)] = [:]
      func text() throws(ScratchFile.Failure) -> String {
        guard let n = try reader.read(UInt32.self), let bytes = try reader.read(Int(n)) else {
          throw ScratchFile.Failure(reason: "document list cut short")
        }
        return String(decoding: bytes, as: UTF8.self)
      }
      while found.count < wanted.count, let d = try reader.read(Int32.self) {
        let id = try text()
        let outlet = try text()
        if wanted.contains(d) { found[d] = (id, outlet) }
      }
      return found
    }

    /// The shingles seen in documents of two or more outlets.
    public func sharedShingles() throws(ScratchFile.Failure) -> SharedShingles {
      var shared = SharedShingles()
      for file in files {
        try file.finish()
        var reader = file.reader()
        var seen: [UInt64: Seen] = [:]
        guard file.count % 16 == 0 else {
          throw ScratchFile.Failure(reason: "shared-copy index cut short")
        }
        // Records are 16 bytes: hash, document, outlet.
        try reader.forEachChunk { chunk in
          for i in stride(from: 0, to: chunk.count, by: 16) {
            let h = UInt64(littleEndian: chunk.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let d = Int32(littleEndian: chunk.loadUnaligned(fromByteOffset: i + 8, as: Int32.self))
            let o = Int32(littleEndian: chunk.loadUnaligned(fromByteOffset: i + 12, as: Int32.self))
            SharedShingles.record(CollectionOfOne(h), document: d, outlet: o, into: &seen)
          }
        }
        shared.keepShared(seen)
      }
      return shared
    }
  }
}
