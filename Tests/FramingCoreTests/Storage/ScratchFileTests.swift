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
}
