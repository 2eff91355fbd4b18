extension Matcher {
  /// The elements of all variants, compiled for matching: stems and exact forms as integer ids,
  /// globs with their UTF-8 bytes.
  ///
  /// A document's tokens are looked up once each in the id tables (`keys(tokens:keys:)`); an
  /// element then compares ids instead of strings. The tables are `String`-keyed, so a token
  /// gets an element's id exactly when its key `==` the element's text, as `Element.matches`
  /// compares. A glob compares bytes when both sides are `isSimple`, where bytes and `String`'s
  /// comparison by characters agree; otherwise it asks `String` as `Element.matches` does.
  struct Elements: Sendable {
    enum Kind: UInt8, Sendable {
      case stem, exact, cased, prefix, suffix, infix
    }

    private(set) var kinds: [Kind] = []
    /// Per element: the stem id (`.stem`), the folded-form id (`.exact`, and for `.cased` the id
    /// of its folded form, by which a cased first element is indexed), or -1.
    private(set) var ids: [Int32] = []
    private(set) var texts: [String] = []
    private(set) var bytes: [[UInt8]] = []
    private(set) var isSimple: [Bool] = []
    private(set) var stemIDs: [String: Int32] = [:]
    private(set) var foldedIDs: [String: Int32] = [:]

    var count: Int { kinds.count }

    mutating func append(_ element: Element) {
      let kind: Kind
      let text: String
      var id: Int32 = -1
      switch element {
      case .stem(let s): (kind, text, id) = (.stem, s, Self.id(of: s, in: &stemIDs))
      case .exact(let s): (kind, text, id) = (.exact, s, Self.id(of: s, in: &foldedIDs))
      case .cased(let s): (kind, text) = (.cased, s)
      case .prefix(let s): (kind, text) = (.prefix, s)
      case .suffix(let s): (kind, text) = (.suffix, s)
      case .infix(let s): (kind, text) = (.infix, s)
      }
      kinds.append(kind)
      ids.append(id)
      texts.append(text)
      bytes.append(Array(text.utf8))
      isSimple.append(Self.isSimple(text.utf8))
    }

    /// The id of a folded form for the index of first elements (registered if new).
    mutating func indexID(folded: String) -> Int32 { Self.id(of: folded, in: &foldedIDs) }

    private static func id(of key: String, in table: inout [String: Int32]) -> Int32 {
      if let id = table[key] { return id }
      let id = Int32(table.count)
      table[key] = id
      return id
    }

    /// True when every scalar is below U+0300 and none is a carriage return: then every scalar
    /// is a character of its own and in NFC, and comparing UTF-8 bytes compares characters.
    static func isSimple(_ utf8: some Sequence<UInt8>) -> Bool {
      // Lead bytes of U+0300 and above are 0xCC and up; continuation bytes are below 0xC0.
      utf8.allSatisfy { $0 < 0xCC && $0 != 0x0D }
    }

    /// Whether element `e` matches token `t`, as `Element.matches` decides.
    @inline(__always)
    func matches(_ e: Int, _ t: Int, _ document: DocumentKeys, _ keys: TokenKeys) -> Bool {
      switch kinds[e] {
      case .stem: return document.stemIDs[t] == ids[e]
      case .exact: return document.foldedIDs[t] == ids[e]
      case .cased: return keys.texts[t] == texts[e]
      case .prefix, .suffix, .infix: return glob(e, keys.folded[t], isSimple: document.isSimple[t])
      }
    }

    /// Whether glob element `e` matches a token's folded form.
    func glob(_ e: Int, _ folded: String, isSimple: Bool) -> Bool {
      let kind = kinds[e]
      if isSimple && self.isSimple[e],
        let found = folded.utf8.withContiguousStorageIfAvailable({
          Self.glob(kind, bytes[e], in: $0)
        })
      {
        return found
      }
      switch kind {
      case .prefix: return folded.hasPrefix(texts[e])
      case .suffix: return folded.hasSuffix(texts[e])
      default: return folded.contains(texts[e])
      }
    }

    private static func glob(_ kind: Kind, _ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>)
      -> Bool
    {
      let n = needle.count
      guard n <= hay.count else { return false }
      switch kind {
      case .prefix:
        return needle.withUnsafeBufferPointer { equal($0, hay, 0, n) }
      case .suffix:
        return needle.withUnsafeBufferPointer { equal($0, hay, hay.count - n, n) }
      default:
        return needle.withUnsafeBufferPointer { needle in
          for start in 0...(hay.count - n) where equal(needle, hay, start, n) { return true }
          return false
        }
      }
    }

    /// True when `hay[start..<start + n]` equals `needle[0..<n]`.
    @inline(__always)
    private static func equal(
      _ needle: UnsafeBufferPointer<UInt8>, _ hay: UnsafeBufferPointer<UInt8>, _ start: Int,
      _ n: Int
    ) -> Bool {
      var k = 0
      while k < n {
        if hay[start + k] != needle[k] { return false }
        k += 1
      }
      return true
    }

    /// The ids of a document's tokens: -1 where a token is not word-like or no element has its
    /// key.
    func keys(tokens: [Token], keys: TokenKeys) -> DocumentKeys {
      var document = DocumentKeys(count: tokens.count)
      for t in tokens.indices where tokens[t].isWordLike {
        document.isWordLike[t] = true
        document.stemIDs[t] = stemIDs[keys.stems[t]] ?? -1
        document.foldedIDs[t] = foldedIDs[keys.folded[t]] ?? -1
        document.isSimple[t] = Self.isSimple(keys.folded[t].utf8)
      }
      return document
    }
  }

  /// Per token of one document: whether it is word-like, the ids of its stem and folded form
  /// (-1 for none), and whether its folded form is `Elements.isSimple`.
  struct DocumentKeys {
    var isWordLike: [Bool]
    var stemIDs: [Int32]
    var foldedIDs: [Int32]
    var isSimple: [Bool]

    init(count: Int) {
      isWordLike = Array(repeating: false, count: count)
      stemIDs = Array(repeating: -1, count: count)
      foldedIDs = Array(repeating: -1, count: count)
      isSimple = Array(repeating: false, count: count)
    }
  }
}
