extension SharedCopy {
  /// Finds the shingles that documents of several outlets share without holding the corpus's
  /// fingerprints, or its shared shingles, in memory.
  ///
  /// 1. `add`: each winnowed shingle is written, with its document and outlet, to one of 256
  ///    bucket files chosen by the hash's top bits (16 bytes a shingle, in document order).
  /// 2. `resolve`: one bucket at a time, every shingle's documents are collected (as the
  ///    in-memory `passages` does), then the bucket is read again and each occurrence of a
  ///    shingle that two or more outlets share is written, with those documents, to the
  ///    bucket's shared file: still in document order.
  /// 3. `sharedShingles(of:)`: the second pass asks for each document in order, and the 256
  ///    shared files are read side by side like the runs of a merge sort.
  ///
  /// Memory is one bucket's shingles at a time (about 1/256 of the corpus's) and one buffer
  /// per file; the disk holds about 16 bytes per word kept by winnowing and 64 per shared one.
  public final class Index: @unchecked Sendable {
    static let buckets = 256
    /// Bytes of one record of a shared file.
    static let sharedRecord = 64
    private var files: [ScratchFile]
    private var readers: [SharedReader] = []
    /// Id and outlet of every document, and where each document's entry starts, for
    /// `source(of:)`.
    private let directory: ScratchFile
    private let offsets: ScratchFile
    private var outletNumbers: [String: Int32] = [:]

    public init() throws(ScratchFileError) {
      ScratchFile.allowOpenFiles(1_024)
      var files: [ScratchFile] = []
      // Small buffers: 256 of them are held at once.
      for _ in 0..<Self.buckets { files.append(try ScratchFile(bufferSize: 1 << 14)) }
      self.files = files
      directory = try ScratchFile(bufferSize: 1 << 16)
      offsets = try ScratchFile(bufferSize: 1 << 16)
    }

    /// The number `passages(of:outlet:…)` knows an outlet by.
    public func outletNumber(_ outlet: String) -> Int32 {
      if let n = outletNumbers[outlet] { return n }
      let n = Int32(outletNumbers.count)
      outletNumbers[outlet] = n
      return n
    }

    /// Adds the next document (numbered from 0 in the order added) and its fingerprint (empty
    /// for a document that was not analyzed).
    public func add(id: String, outlet: String, fingerprint: Fingerprint) {
      let document = Int32(offsets.count / 8)
      let o = outletNumber(outlet)
      offsets.append(UInt64(directory.count))
      for text in [id, outlet] {
        directory.append(UInt32(text.utf8.count))
        directory.append(text)
      }
      for h in fingerprint.hashes {
        let file = files[Int(h >> 56)]
        file.append(h)
        file.append(document)
        file.append(o)
      }
    }

    /// The id and outlet of document `d`, read from disk.
    /// Call after `resolve()`.
    public func source(of d: Int) throws(ScratchFileError) -> (id: String, outlet: String) {
      let start = try offsets.read(at: d * 8, count: 8).withUnsafeBytes {
        Int(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)))
      }
      var position = start
      func text() throws(ScratchFileError) -> String {
        let n = try directory.read(at: position, count: 4).withUnsafeBytes {
          Int(UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)))
        }
        defer { position += 4 + n }
        return String(decoding: try directory.read(at: position + 4, count: n), as: UTF8.self)
      }
      let id = try text()
      return (id, try text())
    }

    /// Step 2: replaces every bucket by its shared file. Call once, after the last `add`.
    public func resolve() throws(ScratchFileError) {
      try offsets.finish()
      try directory.finish()
      for b in files.indices {
        let bucket = files[b]
        try bucket.finish()
        guard bucket.count % 16 == 0 else {
          throw ScratchFileError(reason: "shared-copy index cut short")
        }
        var seen: [UInt64: Seen] = [:]
        var reader = bucket.reader()
        try reader.forEachRecord { h, d, o in
          // Shingles met in document order: each keeps its first document's outlet.
          seen[h, default: Seen(document: d, outlet: o)].add(document: d, outlet: o)
        }
        // Compressed: a shared shingle's record repeats its documents and outlets.
        let shared = try ScratchFile(bufferSize: 1 << 14, compressed: true)
        reader = bucket.reader()
        try reader.forEachRecord { h, d, _ in
          guard let s = seen[h], s.count > 1 else { return }
          shared.append(d)
          shared.append(h)
          shared.append(s.outlet)
          shared.append(s.count)
          let (documents, outlets) = (s.documents, s.outlets)
          for i in 0..<5 { shared.append(i < documents.count ? documents[i] : -1) }
          for i in 0..<5 { shared.append(i < outlets.count ? outlets[i] : -1) }
          shared.append(UInt32(0))
        }
        try shared.finish()
        files[b] = shared
      }
      readers = files.map { SharedReader($0.reader()) }
    }

    /// Step 3: the shared shingles of document `d`; documents must be asked for in order.
    public func sharedShingles(of d: Int) throws(ScratchFileError) -> SharedShingles {
      var found = SharedShingles()
      for r in readers.indices {
        while let record = try readers[r].peek(), record.document <= d {
          if record.document == d { found.seen[record.hash] = record.seen }
          readers[r].take()
        }
      }
      return found
    }
  }

  /// Reads a shared file record by record, one record ahead.
  struct SharedReader {
    var reader: ScratchFile.Reader
    var next: (document: Int, hash: UInt64, seen: Seen)?
    var ended = false

    init(_ reader: ScratchFile.Reader) { self.reader = reader }

    mutating func peek() throws(ScratchFileError) -> (document: Int, hash: UInt64, seen: Seen)? {
      if next == nil, !ended {
        guard let bytes = try reader.read(Index.sharedRecord) else {
          ended = true
          return nil
        }
        next = bytes.withUnsafeBytes { raw in
          func int32(_ at: Int) -> Int32 {
            Int32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: Int32.self))
          }
          var seen = Seen(document: int32(20), outlet: int32(40))
          for i in 1..<Int(int32(16)) {
            seen.add(document: int32(20 + 4 * i), outlet: int32(40 + 4 * i))
          }
          return (
            Int(int32(0)),
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self)),
            seen
          )
        }
      }
      return next
    }

    mutating func take() { next = nil }
  }
}

extension ScratchFile.Reader {
  /// Hands every 16-byte record (hash, document, outlet) of a bucket file to `body`.
  mutating func forEachRecord(_ body: (UInt64, Int32, Int32) -> Void) throws(ScratchFileError) {
    try forEachChunk { chunk in
      for i in stride(from: 0, to: chunk.count, by: 16) {
        body(
          UInt64(littleEndian: chunk.loadUnaligned(fromByteOffset: i, as: UInt64.self)),
          Int32(littleEndian: chunk.loadUnaligned(fromByteOffset: i + 8, as: Int32.self)),
          Int32(littleEndian: chunk.loadUnaligned(fromByteOffset: i + 12, as: Int32.self)))
      }
    }
  }
}
