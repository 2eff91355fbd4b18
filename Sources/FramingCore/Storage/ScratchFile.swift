import CZlib
import Foundation

/// A failure to create, write or read a scratch file.
public struct ScratchFileError: Error, Sendable, CustomStringConvertible {
  public var reason: String
  public init(reason: String) { self.reason = reason }
  /// This failure as a located message about the scratch folder.
  public var diagnostic: Diagnostic {
    Diagnostic(.error, SourceLocation(file: ScratchFile.folder), "temporary file: \(reason)")
  }
  public var description: String { diagnostic.description }
}

/// A temporary file that only this process sees and that disappears with it, however it ends:
/// created in the temporary folder (`TMPDIR`, else `/tmp`) without a name (O_TMPFILE) or unlinked at once, then used
/// through its descriptor. It holds what a run would otherwise keep in memory (document results,
/// shared-copy fingerprints, rows of large CSV files), so that memory stays flat as the corpus
/// grows.
///
/// Appends are buffered and never throw: the first failure (a full disk) is kept and thrown by
/// `finish()`, which must be called before reading.
public final class ScratchFile: @unchecked Sendable {
  /// The folder scratch files are made in.
  public static var folder: String {
    let tmp = ProcessInfo.processInfo.environment["TMPDIR"] ?? ""
    return tmp.isEmpty ? "/tmp" : tmp
  }

  let descriptor: Int32
  private var buffer: [UInt8] = []
  /// Bytes buffered before a write, and read at once; a multiple of 16.
  private let bufferSize: Int
  private var failure: ScratchFileError?
  /// Bytes appended so far.
  public private(set) var count = 0
  /// Bytes written to the disk so far (`count` less what is still buffered, or compressed).
  fileprivate(set) var written = 0

  /// The bytes all scratch files of the process hold on disk now, and at most so far.
  public static var usage: (live: Int, peak: Int) { Usage.shared.now }

  /// The disk the scratch files of the process take, counted as buffers are written and files
  /// closed.
  final class Usage: @unchecked Sendable {
    static let shared = Usage()
    private let lock = NSLock()
    private var live = 0
    private var peak = 0

    func add(_ bytes: Int) {
      lock.withLock {
        live += bytes
        peak = max(peak, live)
      }
    }

    var now: (live: Int, peak: Int) { lock.withLock { (live, peak) } }
  }

  /// Raises the soft limit on open files to `count` where the hard limit allows (macOS starts
  /// at 256; a run holds about 265 scratch files, and tests run several jobs at once).
  public static func allowOpenFiles(_ count: Int) {
    #if os(Linux)
      let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
      let resource = RLIMIT_NOFILE
    #endif
    var limit = rlimit()
    guard getrlimit(resource, &limit) == 0, limit.rlim_cur < rlim_t(count) else { return }
    limit.rlim_cur = min(rlim_t(count), limit.rlim_max)
    _ = setrlimit(resource, &limit)
  }

  /// Whether each buffer goes to the disk compressed (zlib's fastest level) as a block of its
  /// own: such a file is read sequentially only (`reader()`, not `read(at:count:)`).
  let isCompressed: Bool

  public init(bufferSize: Int = 1 << 20, compressed: Bool = false) throws(ScratchFileError) {
    precondition(bufferSize > 0 && bufferSize % 16 == 0)
    self.bufferSize = bufferSize
    isCompressed = compressed
    #if os(Linux)
      // O_TMPFILE: a file with no name at all, so not even a kill -9 between creating and
      // unlinking it can leave it behind (file systems without it fall back to mkstemp).
      let unnamed = open(Self.folder, Self.temporaryFileFlag | O_RDWR | O_EXCL, 0o600)
      if unnamed >= 0 {
        descriptor = unnamed
        buffer.reserveCapacity(bufferSize)
        return
      }
    #endif
    var template = Array((Self.folder + "/framing-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      throw ScratchFileError(
        reason: errno == EMFILE
          ? "\(reason) (a run keeps about 270 files open; raise the limit with `ulimit -n`)"
          : reason)
    }
    // Unlinked at once: the file lives as long as its descriptor, and no crash leaves it behind.
    _ = template.withUnsafeBufferPointer { $0.baseAddress.map { unlink($0) } }
    descriptor = fd
    buffer.reserveCapacity(bufferSize)
  }

  deinit {
    close(descriptor)
    Usage.shared.add(-(written - released))
  }

  /// Bytes from the start given back to the disk (`release(upTo:)`).
  private var released = 0

  /// Gives the disk space of the file's first `offset` bytes back (rounded down to 64 KiB),
  /// for a file read once from the start: what was read is no longer needed. A hole punched in
  /// the file (Linux); elsewhere, or where the file system cannot, nothing happens.
  public func release(upTo offset: Int) {
    #if os(Linux)
      let end = min(offset, written) / 65_536 * 65_536
      guard end > released else { return }
      // FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE
      guard punchHole(descriptor, 0x02 | 0x01, Int64(released), Int64(end - released)) == 0
      else { return }
      Usage.shared.add(-(end - released))
      released = end
    #endif
  }

  #if os(Linux)
    /// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), which Glibc's module does not export; the
    /// same value on x86_64 and arm64.
    static let temporaryFileFlag: Int32 = 0o20_000_000 | O_DIRECTORY
  #endif

  public func append(_ bytes: UnsafeRawBufferPointer) {
    if isCompressed {
      // Blocks of exactly `bufferSize` bytes (the last excepted), so that a reader's chunks
      // are the same as from an uncompressed file.
      var rest = bytes
      while !rest.isEmpty {
        let take = min(rest.count, bufferSize - buffer.count)
        buffer.append(contentsOf: rest.prefix(take))
        rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(take))
        if buffer.count == bufferSize { flush() }
      }
      count += bytes.count
      return
    }
    if buffer.count + bytes.count > bufferSize { flush() }
    if bytes.count > bufferSize {
      write(bytes)
    } else {
      buffer.append(contentsOf: bytes)
    }
    count += bytes.count
  }

  public func append(_ data: Data) { data.withUnsafeBytes { append($0) } }

  public func append(_ text: String) {
    var text = text
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  public func append<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { append($0) }
  }

  /// Writes what is buffered; throws the first failure of any append.
  public func finish() throws(ScratchFileError) {
    flush()
    if let failure { throw failure }
  }

  private func flush() {
    guard !buffer.isEmpty else { return }
    if isCompressed {
      // A block: its compressed and its raw length, then the compressed bytes.
      let packed = Deflate.compress(buffer)
      var block: [UInt8] = []
      block.reserveCapacity(8 + packed.count)
      withUnsafeBytes(of: UInt32(packed.count).littleEndian) { block.append(contentsOf: $0) }
      withUnsafeBytes(of: UInt32(buffer.count).littleEndian) { block.append(contentsOf: $0) }
      block.append(contentsOf: packed)
      block.withUnsafeBytes { write($0) }
    } else {
      buffer.withUnsafeBytes { write($0) }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private func write(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil, var base = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
      let n = Foundation.write(descriptor, base, left)
      if n < 0 {
        if errno == EINTR { continue }
        failure = ScratchFileError(reason: "cannot write: \(String(cString: strerror(errno)))")
        return
      }
      base += n
      left -= n
    }
    written += bytes.count
    Usage.shared.add(bytes.count)
  }

  /// `count` bytes from `offset`; call `finish()` first.
  public func read(at offset: Int, count: Int) throws(ScratchFileError) -> [UInt8] {
    precondition(!isCompressed, "a compressed scratch file is read sequentially")
    guard offset >= 0, count >= 0, offset + count <= self.count else {
      throw ScratchFileError(reason: "read past the end")
    }
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        buffer.baseAddress.map {
          pread(descriptor, $0 + done, count - done, off_t(offset + done))
        } ?? -1
      }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { throw ScratchFileError(reason: "cannot read back") }
      done += n
    }
    return bytes
  }

  /// Reads the file from the start; call `finish()` first.
  public func reader() -> Reader { Reader(self) }

  /// Reads a scratch file sequentially from the start, in large chunks.
  public struct Reader {
    private let file: ScratchFile
    /// Where the next chunk starts on disk, and where the current one started.
    private var offset = 0
    private var chunkStart = 0
    private var chunk: [UInt8] = []
    private var position = 0

    init(_ file: ScratchFile) { self.file = file }

    /// Bytes on disk before the current chunk: all read and handed out (for `release(upTo:)`).
    public var consumed: Int { chunkStart }

    /// Whether every byte was read.
    public var isAtEnd: Bool {
      position == chunk.count && offset >= (file.isCompressed ? file.written : file.count)
    }

    /// The next `count` bytes, or nil when fewer are left.
    public mutating func read(_ count: Int) throws(ScratchFileError) -> [UInt8]? {
      guard count > 0 else { return [] }
      var out: [UInt8] = []
      out.reserveCapacity(count)
      while out.count < count {
        if position == chunk.count {
          guard try fill() else { return nil }
        }
        let take = min(count - out.count, chunk.count - position)
        out.append(contentsOf: chunk[position..<(position + take)])
        position += take
      }
      return out
    }

    /// The next little-endian integer, or nil at the end.
    public mutating func read<T: FixedWidthInteger>(_: T.Type) throws(ScratchFileError) -> T? {
      guard let bytes = try read(MemoryLayout<T>.size) else { return nil }
      var value = T.zero
      withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes) }
      return T(littleEndian: value)
    }

    /// Hands the rest of the file to `body`, chunk by chunk.
    /// Chunks hold a multiple of 16 bytes (except the last), so that fixed-size records of up to
    /// 16 bytes that divide 16 never straddle two chunks.
    public mutating func forEachChunk(_ body: (UnsafeRawBufferPointer) -> Void)
      throws(ScratchFileError)
    {
      if position < chunk.count {
        chunk[position...].withUnsafeBytes { body($0) }
        position = chunk.count
      }
      while try fill() {
        chunk.withUnsafeBytes { body($0) }
        position = chunk.count
      }
    }

    private mutating func fill() throws(ScratchFileError) -> Bool {
      if file.isCompressed { return try fillBlock() }
      guard offset < file.count else { return false }
      let size = min(file.bufferSize, file.count - offset)
      chunk = try bytes(size, at: offset)
      chunkStart = offset
      offset += size
      position = 0
      return true
    }

    /// The next block of a compressed file; `offset` counts the bytes on disk.
    private mutating func fillBlock() throws(ScratchFileError) -> Bool {
      guard offset < file.written else { return false }
      let header = try bytes(8, at: offset)
      let (packed, raw) = header.withUnsafeBytes {
        (
          Int(UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self))),
          Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        )
      }
      guard let block = Deflate.decompress(try bytes(packed, at: offset + 8), size: raw) else {
        throw ScratchFileError(reason: "cannot read back: a compressed block is damaged")
      }
      chunk = block
      chunkStart = offset
      offset += 8 + packed
      position = 0
      return true
    }

    private func bytes(_ size: Int, at start: Int) throws(ScratchFileError) -> [UInt8] {
      var out = [UInt8](repeating: 0, count: size)
      var done = 0
      while done < size {
        let n = out.withUnsafeMutableBytes { bytes in
          bytes.baseAddress.map {
            pread(file.descriptor, $0 + done, size - done, off_t(start + done))
          } ?? -1
        }
        if n < 0, errno == EINTR { continue }
        guard n > 0 else {
          throw ScratchFileError(
            reason:
              "cannot read back: \(n < 0 ? String(cString: strerror(errno)) : "file shorter than written")"
          )
        }
        done += n
      }
      return out
    }
  }
}

/// zlib at its fastest level, for scratch data: compressed once, read once.
private enum Deflate {
  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var size = compressBound(uLong(bytes.count))
    var packed = [UInt8](repeating: 0, count: Int(size))
    let status = packed.withUnsafeMutableBufferPointer { out in
      bytes.withUnsafeBufferPointer {
        compress2(out.baseAddress, &size, $0.baseAddress, uLong(bytes.count), 1)
      }
    }
    // compress2 fails only without memory; the data then reads back as damaged and says so.
    packed.removeLast(status == Z_OK ? packed.count - Int(size) : packed.count)
    return packed
  }

  static func decompress(_ packed: [UInt8], size: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: size)
    var length = uLongf(size)
    let status = bytes.withUnsafeMutableBufferPointer { out in
      packed.withUnsafeBufferPointer {
        uncompress(out.baseAddress, &length, $0.baseAddress, uLong(packed.count))
      }
    }
    return status == Z_OK && Int(length) == size ? bytes : nil
  }
}

#if os(Linux)
  /// glibc's fallocate(2), which Glibc's module does not export (it needs _GNU_SOURCE).
  @_silgen_name("fallocate")
  private func punchHole(_ fd: Int32, _ mode: Int32, _ offset: Int64, _ length: Int64) -> Int32
#endif
