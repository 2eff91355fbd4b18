import Foundation

/// Writes values as bytes for scratch files: integers little-endian and fixed-size, strings and
/// byte runs with their length first. Only this process reads them back (`BinaryReader`), so
/// there is no versioning; JSON would cost more than the analysis it stores.
struct BinaryWriter {
  var bytes: [UInt8] = []

  mutating func write<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: Int) { write(Int64(value)) }
  mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }
  mutating func write(_ value: Double) { write(value.bitPattern) }

  mutating func write(_ value: String) {
    var value = value
    value.withUTF8 {
      write(UInt32($0.count))
      bytes.append(contentsOf: $0)
    }
  }

  mutating func write(_ value: Data) {
    write(UInt64(value.count))
    bytes.append(contentsOf: value)
  }

  mutating func write<T: FixedWidthInteger>(array: [T]) {
    write(UInt32(array.count))
    array.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

/// Reads what `BinaryWriter` wrote, in the same order.
struct BinaryReader {
  struct Truncated: Error {}

  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func read<T: FixedWidthInteger>(_: T.Type) throws(Truncated) -> T {
    let size = MemoryLayout<T>.size
    guard position + size <= bytes.count else { throw Truncated() }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: T.self) }
    position += size
    return T(littleEndian: value)
  }

  mutating func int() throws(Truncated) -> Int { Int(try read(Int64.self)) }
  mutating func bool() throws(Truncated) -> Bool { try read(UInt8.self) != 0 }
  mutating func double() throws(Truncated) -> Double { Double(bitPattern: try read(UInt64.self)) }

  mutating func string() throws(Truncated) -> String {
    let n = Int(try read(UInt32.self))
    guard position + n <= bytes.count else { throw Truncated() }
    defer { position += n }
    return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
  }

  mutating func data() throws(Truncated) -> Data {
    let n = Int(try read(UInt64.self))
    guard position + n <= bytes.count else { throw Truncated() }
    defer { position += n }
    return Data(bytes[position..<(position + n)])
  }

  mutating func array<T: FixedWidthInteger>(_: T.Type) throws(Truncated) -> [T] {
    let n = Int(try read(UInt32.self))
    let size = n * MemoryLayout<T>.size
    guard position + size <= bytes.count else { throw Truncated() }
    defer { position += size }
    return [T](unsafeUninitializedCapacity: n) { buffer, initialized in
      bytes.withUnsafeBytes {
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: $0[position..<(position + size)]))
      }
      initialized = n
    }
  }

  /// A value stored by its raw value (an enum).
  mutating func raw<T: RawRepresentable>(_: T.Type) throws(Truncated) -> T
  where T.RawValue == String {
    guard let value = T(rawValue: try string()) else { throw Truncated() }
    return value
  }
}
