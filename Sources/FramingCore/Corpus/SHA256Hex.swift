import Crypto
import Foundation

/// SHA-256 as lower-case hex (swift-crypto).
public enum SHA256Hex {
  public static func of(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }
}
