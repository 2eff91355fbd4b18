/// Word endings (folded), tested as bytes: folded words and the endings are NFC, so a byte
/// suffix is a character suffix, found without walking grapheme clusters. The analysis asks for
/// endings of nearly every capitalized word, so this is one of its inner loops.
public struct Endings: Sendable, Sequence, ExpressibleByArrayLiteral {
  public let words: [String]
  private let bytes: [[UInt8]]

  public init(_ words: [String]) {
    self.words = words
    bytes = words.map { Array($0.utf8) }
  }

  public init(arrayLiteral words: String...) { self.init(words) }

  public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

  /// Whether `word` ends with one of the endings.
  public func isEnding(of word: String) -> Bool {
    var word = word
    return word.withUTF8 { word in
      bytes.contains { ending in
        word.count >= ending.count && word.suffix(ending.count).elementsEqual(ending)
      }
    }
  }
}
