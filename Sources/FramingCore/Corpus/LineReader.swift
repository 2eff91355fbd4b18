import CZlib
import Foundation

/// Why a `LineReader` could not open or read a file.
public enum LineReaderError: Error, CustomStringConvertible, Equatable {
  case cannotOpen(String)
  case corrupt(String)
  /// The line (now `lineNumber`) was longer than the limit and was skipped; reading goes on
  /// with the next line.
  case lineTooLong(limit: Int)
  public var description: String {
    switch self {
    case .cannotOpen(let reason): "cannot open: \(reason)"
    case .corrupt(let reason): "broken gzip data: \(reason)"
    case .lineTooLong(let limit):
      "line longer than \(InputLimits.megabytes(limit)) (FRAMING_MAX_LINE_MB raises the limit)"
    }
  }
}

/// Reads a text file line by line in fixed-size chunks, plain or gzip-compressed (decided by
/// the file's first two bytes, not its name), so that memory does not grow with the file.
///
/// Lines are split at `\n`; a `\r` before it is dropped. Concatenated gzip members (what
/// `cat a.gz b.gz` gives) are read one after the other. Memory is bounded: compressed input is
/// inflated at most `4 × chunkSize` bytes at a time, and a line longer than `maxLineBytes` is
/// skipped as it streams by (`LineReaderError.lineTooLong`), so a gzip bomb or a 50 MB line
/// costs a few chunks, not its size.
public final class LineReader {
  private let handle: FileHandle
  private let chunkSize: Int
  private var buffer: [UInt8] = []
  /// Bytes read to sniff the format, fed to the first `fill`.
  private var pending: Data
  private var position = 0
  /// Bytes from `position` on already searched for a line feed (so that a line longer than a
  /// chunk is scanned once, not once per chunk).
  private var scanned = 0
  private var isAtEnd = false
  /// zlib's state points back at its z_stream, so the stream lives at one address.
  private var stream: UnsafeMutablePointer<z_stream>?
  /// Inside a gzip member: data was read since its start, its end not yet.
  private var isInsideMember = false
  /// Whether the file is gzip-compressed.
  public let isCompressed: Bool
  /// 1-based number of the line last returned (or skipped as too long).
  public private(set) var lineNumber = 0
  /// The longest line returned, in bytes.
  public let maxLineBytes: Int
  /// The most bytes the line buffer held at once (for tests of the memory bound).
  private(set) var peakBufferBytes = 0

  public convenience init(
    url: URL, chunkSize: Int = 1 << 20, maxLineBytes: Int = InputLimits.current.maxLineBytes
  ) throws(LineReaderError) {
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw .cannotOpen(error.localizedDescription)
    }
    try self.init(handle: handle, chunkSize: chunkSize, maxLineBytes: maxLineBytes)
  }

  /// Reads from an open handle, e.g. standard input; it need not be seekable.
  public init(
    handle: FileHandle, chunkSize: Int = 1 << 20,
    maxLineBytes: Int = InputLimits.current.maxLineBytes
  ) throws(LineReaderError) {
    self.handle = handle
    self.chunkSize = chunkSize
    self.maxLineBytes = max(1, maxLineBytes)
    let head = (try? handle.read(upToCount: 2)) ?? Data()
    isCompressed =
      head.count == 2 && head[head.startIndex] == 0x1f
      && head[head.startIndex + 1] == 0x8b
    pending = head
    if isCompressed {
      let z = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
      z.initialize(to: z_stream())
      guard framing_inflate_init(z) == Z_OK else {
        z.deallocate()
        throw .corrupt("zlib would not start")
      }
      stream = z
    }
  }

  deinit {
    if let stream {
      inflateEnd(stream)
      stream.deallocate()
    }
    try? handle.close()
  }

  /// The next line without its line break, or nil at the end of the file. Throws
  /// `lineTooLong` for a line past `maxLineBytes`, after skipping it: the next call goes on.
  public func next() throws(LineReaderError) -> Data? {
    var isSkipping = false
    while true {
      let from = position + scanned
      let available = buffer.count - from
      let newline: Int? = buffer.withUnsafeBytes { raw in
        guard available > 0, let base = raw.baseAddress else { return nil }
        guard let hit = memchr(base + from, 0x0a, available) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
      }
      scanned = newline == nil ? buffer.count - position : 0
      if let newline {
        var end = newline
        if end > position, buffer[end - 1] == 0x0d { end -= 1 }
        let isTooLong = isSkipping || end - position > maxLineBytes
        let line = isTooLong ? Data() : Data(buffer[position..<end])
        position = newline + 1
        lineNumber += 1
        if isTooLong { throw .lineTooLong(limit: maxLineBytes) }
        return line
      }
      if isAtEnd {
        guard position < buffer.count || isSkipping else { return nil }
        var end = buffer.count
        if end > position, buffer[end - 1] == 0x0d { end -= 1 }
        let isTooLong = isSkipping || end - position > maxLineBytes
        let line = isTooLong ? Data() : Data(buffer[position..<end])
        position = buffer.count
        scanned = 0
        lineNumber += 1
        if isTooLong { throw .lineTooLong(limit: maxLineBytes) }
        return line
      }
      if buffer.count - position > maxLineBytes {
        // Too long already: drop what is buffered and skip the rest of the line as it comes.
        isSkipping = true
        buffer.removeAll(keepingCapacity: true)
        position = 0
        scanned = 0
      }
      // Drop what was read before reading more, so the buffer holds about one chunk.
      if position > 0 {
        buffer.removeFirst(position)
        position = 0
      }
      try fill()
    }
  }

  /// Reads the next chunk (or goes on with compressed input left over from the last one) and
  /// appends what it holds to the buffer: at most `4 × chunkSize` inflated bytes per call.
  private func fill() throws(LineReaderError) {
    var chunk: Data
    if !pending.isEmpty {
      chunk = pending
      pending = Data()
      if !isCompressed || chunk.count < 2 {
        chunk += (try? handle.read(upToCount: chunkSize)) ?? Data()
      }
    } else {
      chunk = (try? handle.read(upToCount: chunkSize)) ?? Data()
    }
    if chunk.isEmpty {
      isAtEnd = true
      if isInsideMember { throw .corrupt("the file ends inside compressed data (truncated?)") }
      return
    }
    guard isCompressed else {
      buffer.append(contentsOf: chunk)
      peakBufferBytes = max(peakBufferBytes, buffer.count)
      return
    }
    let limit = chunkSize * 4
    var output = [UInt8](repeating: 0, count: min(limit, 1 << 20))
    var failure: String?
    var consumed = 0
    var inflated = 0
    chunk.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
      guard let z = stream, let base = input.baseAddress else { return }
      z.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
      z.pointee.avail_in = uInt(input.count)
      while z.pointee.avail_in > 0, inflated < limit {
        let before = z.pointee.avail_in
        let produced: Int = output.withUnsafeMutableBufferPointer { out in
          z.pointee.next_out = out.baseAddress
          z.pointee.avail_out = uInt(out.count)
          let status = inflate(z, Z_NO_FLUSH)
          isInsideMember = status != Z_STREAM_END
          if status == Z_STREAM_END {
            // Another gzip member may follow.
            if inflateReset(z) != Z_OK { failure = "cannot read the next member" }
          } else if status != Z_OK && status != Z_BUF_ERROR {
            failure = z.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
          }
          return out.count - Int(z.pointee.avail_out)
        }
        buffer.append(contentsOf: output[0..<produced])
        inflated += produced
        if failure == nil, produced == 0, z.pointee.avail_in == before {
          failure = "no progress (trailing garbage after the gzip data?)"
        }
        if failure != nil { break }
      }
      consumed = input.count - Int(z.pointee.avail_in)
    }
    peakBufferBytes = max(peakBufferBytes, buffer.count)
    if let failure { throw .corrupt(failure) }
    // Compressed input not inflated yet waits for the next call (a bomb inflates slowly).
    if consumed < chunk.count { pending = Data(chunk.dropFirst(consumed)) }
  }
}
