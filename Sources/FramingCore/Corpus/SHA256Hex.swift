import Crypto
import Foundation

/// SHA-256 as lower-case hex (swift-crypto).
public enum SHA256Hex {
  public static func of(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }
}

/// The corpus checksum, built file by file in any order: the SHA-256 of the sum (modulo
/// 2²⁵⁶) of the SHA-256 of each file's line `sha256  name`, a multiset hash (Bellare and
/// Micciancio's AdHash) so that neither the order of documents nor keeping them all is needed.
public struct MultisetChecksum: Sendable {
  private var sum: [UInt64] = [0, 0, 0, 0]
  public init() {}

  public mutating func add(name: String, sha256: String) {
    let digest = Array(SHA256.hash(data: Data("\(sha256)  \(name)\n".utf8)))
    var carry: UInt64 = 0
    // Little-endian limbs of the big-endian digest.
    for limb in 0..<4 {
      var value: UInt64 = 0
      for byte in digest[(24 - limb * 8)..<(32 - limb * 8)] { value = value << 8 | UInt64(byte) }
      let (partial, overflow1) = sum[limb].addingReportingOverflow(value)
      let (total, overflow2) = partial.addingReportingOverflow(carry)
      sum[limb] = total
      carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
    }
  }

  public var hex: String {
    var bytes: [UInt8] = []
    for limb in sum.reversed() {
      for shift in stride(from: 56, through: 0, by: -8) {
        bytes.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift)))
      }
    }
    return SHA256Hex.of(Data(bytes))
  }
}
