internal import CStemmer

/// Snowball's German stemmer (Debian's libstemmer), with a cache of the forms already seen.
///
/// Each cache is emptied when it reaches `cacheLimit` forms, the most a table of 65,536 slots
/// holds without growing: before, a worker's caches grew with the vocabulary (with the word
/// counts, they made the analysis of a 1 GB corpus of 200,000 made-up words peak at 223 MB, now
/// 130 MB).
/// Frequent words are back in the cache soon after it is emptied.
///
/// Owns a C stemmer handle, which is not thread-safe: use one `Stemmer` per worker. Input is
/// folded first (`Folding.fold`), so "Diktators", "Diktatoren" and "DIKTATOR" share the stem
/// "diktator", and "Maßnahme"/"Massnahme" one stem.
public final class Stemmer {
  private let handle: OpaquePointer
  /// Stem by folded form.
  private var cache: [String: String] = [:]
  /// Folded form and stem by the word as written.
  private var keysCache: [UTF8Key: (folded: String, stem: String)] = [:]
  /// Three quarters of 65,536: a Swift dictionary grows past that load.
  static let cacheLimit = 49_152

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
    if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
    cache[form] = stem
    return stem
  }

  /// The folded form (`Folding.fold`) and the stem of a word as written, from a cache of the
  /// written forms already seen: the same as folding and stemming it, without the folding.
  public func keys(written word: String) -> (folded: String, stem: String) {
    let key = UTF8Key(string: word)
    if let cached = keysCache[key] { return cached }
    let folded = Folding.fold(word)
    let keys = (folded: folded, stem: stem(folded: folded))
    if keysCache.count >= Self.cacheLimit { keysCache.removeAll(keepingCapacity: true) }
    keysCache[key] = keys
    return keys
  }

  /// Folds, then stems.
  public func stem(_ word: some StringProtocol) -> String { stem(folded: Folding.fold(word)) }
}
