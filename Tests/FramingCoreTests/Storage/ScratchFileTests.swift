import Foundation
import Testing

@testable import FramingCore

/// Scratch files give back what was written, across buffer and chunk boundaries.
@Suite struct ScratchFileTests {
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
