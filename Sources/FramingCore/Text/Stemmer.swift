internal import CStemmer

/// Snowball's German stemmer (Debian's libstemmer), with a cache of the forms already seen.
///
/// Owns a C stemmer handle, which is not thread-safe: use one `Stemmer` per worker. Input is
/// folded first (`Folding.fold`), so "Diktators", "Diktatoren" and "DIKTATOR" share the stem
/// "diktator", and "Maßnahme"/"Massnahme" one stem.
public final class Stemmer {
  private let handle: OpaquePointer
  private var cache: [String: String] = [:]

  public init() {
    guard let handle = sb_stemmer_new("german", "UTF_8") else {
      preconditionFailure("libstemmer has no German UTF-8 stemmer")
    }
    self.handle = handle
  }

  deinit { sb_stemmer_delete(handle) }

  /// The stem of an already folded word form.
  public func stem(folded form: String) -> String {
    if let cached = cache[form] { return cached }
    var bytes = Array(form.utf8)
    let stem: String = bytes.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress,
        let result = sb_stemmer_stem(handle, base, Int32(buffer.count))
      else { return form }
      let length = Int(sb_stemmer_length(handle))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
    if cache.count > 500_000 { cache.removeAll(keepingCapacity: true) }
    cache[form] = stem
    return stem
  }

  /// Folds, then stems.
  public func stem(_ word: some StringProtocol) -> String { stem(folded: Folding.fold(word)) }
}
