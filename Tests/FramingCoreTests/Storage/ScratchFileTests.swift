import Foundation
import Testing

@testable import FramingCore

/// Scratch files give back what was written, across buffer and chunk boundaries.
@Suite struct ScratchFileTests {
  #if os(Linux)
    @Test func aScratchFileNeverHasANameInTheTemporaryFolder() throws {
      // Issue 22: a kill -9 between mkstemp and unlink left a 0-byte file in TMPDIR. With
      // O_TMPFILE the file is made without a name: there is no moment at which one exists.
      let file = try ScratchFile()
      var buffer = [CChar](repeating: 0, count: 4096)
      let n = readlink("/proc/self/fd/\(file.descriptor)", &buffer, buffer.count - 1)
      try #require(n > 0)
      let target = String(
        decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      #expect(target.hasPrefix(ScratchFile.folder + "/#"), "\(target)")
      #expect(target.hasSuffix(" (deleted)"))
    }
  #endif

  @Test func writesAndReadsAcrossBufferBoundaries() throws {
    // A 32-byte buffer: every few appends flush, and reads come in 32-byte chunks.
    let file = try ScratchFile(bufferSize: 32)
    for i in 0..<100 { file.append(UInt64(i)) }
    file.append("Grüße")
    file.append(Data(repeating: 7, count: 100))
    try file.finish()
    #expect(file.count == 800 + 7 + 100)
    var reader = file.reader()
    for i in 0..<100 { #expect(try reader.read(UInt64.self) == UInt64(i)) }
    #expect(try reader.read(7).map { String(decoding: $0, as: UTF8.self) } == "Grüße")
    #expect(try reader.read(100) == [UInt8](repeating: 7, count: 100))
    #expect(try reader.read(1) == nil)
    #expect(reader.isAtEnd)
    #expect(
      try file.read(at: 8 * 42, count: 8)
        == withUnsafeBytes(of: UInt64(42).littleEndian) {
          Array($0)
        })
    #expect(throws: ScratchFileError.self) { try file.read(at: 900, count: 8) }
  }

  @Test func aCompressedFileReadsBackTheSameBytesInTheSameChunks() throws {
    // Appends that straddle the 32-byte blocks, one longer than a block, and a last block cut
    // short: the reader gives back the bytes and 32-byte chunks as from a plain file.
    let plain = try ScratchFile(bufferSize: 32)
    let packed = try ScratchFile(bufferSize: 32, compressed: true)
    for file in [plain, packed] {
      for i in 0..<100 { file.append(UInt64(i % 7)) }
      file.append("Grüße")
      file.append(Data(repeating: 7, count: 100))
      try file.finish()
    }
    #expect(packed.count == 800 + 7 + 100)
    var chunks: [[UInt8]] = [[], []]
    for (k, file) in [plain, packed].enumerated() {
      var reader = file.reader()
      try reader.forEachChunk {
        chunks[k].append(contentsOf: $0); chunks[k].append(0xFF)
      }
      #expect(reader.isAtEnd)
    }
    #expect(chunks[1] == chunks[0])
    // 29 chunks: 28 of 32 bytes and the last 11, each followed by the marker.
    #expect(chunks[1].count == 907 + 29)
    var reader = packed.reader()
    for i in 0..<100 { #expect(try reader.read(UInt64.self) == UInt64(i % 7)) }
    #expect(try reader.read(7).map { String(decoding: $0, as: UTF8.self) } == "Grüße")
    #expect(try reader.read(100) == [UInt8](repeating: 7, count: 100))
    #expect(try reader.read(1) == nil)
    // Repeated bytes: the disk holds less than was appended, and the usage counts the disk.
    #expect(packed.written < packed.count)
    #expect(plain.written == plain.count)
  }

  @Test func theUsageCountsWhatOpenFilesHoldOnDisk() throws {
    // Other tests run at the same time and make files of their own: the peak is at least what
    // this file held, and the live count never goes below zero.
    let file = try ScratchFile(bufferSize: 1 << 10)
    file.append(Data(repeating: 1, count: 100_000))
    try file.finish()
    #expect(file.written == 100_000)
    #expect(ScratchFile.usage.peak >= 100_000)
    #expect(ScratchFile.usage.live >= 0)
  }

  #if os(Linux)
    @Test func whatWasReadGoesBackToTheDiskAndTheRestStillReads() throws {
      // 4 × 64 KiB; after the first two are read, their space is released (a hole), and the
      // rest reads as written.
      let file = try ScratchFile(bufferSize: 1 << 16)
      for i in 0..<4 { file.append(Data(repeating: UInt8(i), count: 1 << 16)) }
      try file.finish()
      var reader = file.reader()
      #expect(
        try reader.read(2 << 16) == [UInt8](repeating: 0, count: 1 << 16)
          + [UInt8](repeating: 1, count: 1 << 16))
      #expect(reader.consumed == 1 << 16)
      let before = ScratchFile.usage.live
      file.release(upTo: reader.consumed)
      var blocks = stat()
      #expect(fstat(file.descriptor, &blocks) == 0)
      #expect(Int(blocks.st_blocks) * 512 <= 3 << 16)
      #expect(
        try reader.read(2 << 16) == [UInt8](repeating: 2, count: 1 << 16)
          + [UInt8](repeating: 3, count: 1 << 16))
      #expect(before >= 0)
    }
  #endif
}
