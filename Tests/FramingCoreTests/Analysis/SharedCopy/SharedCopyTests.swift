import FramingCore
import Testing

@Suite struct SharedCopyTests {
  /// A fingerprint of space-separated words, offsets counted in characters of `text`.
  static func fingerprint(_ text: String) -> SharedCopy.Fingerprint {
    var f = SharedCopy.FingerprintBuilder()
    var offset = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !word.isEmpty {
        f.append(folded: word.lowercased(), start: offset, end: offset + word.count)
      }
      offset += word.count + 1
    }
    return f.fingerprint()
  }

  static let agency = (1...25).map { "wort\($0)" }.joined(separator: " ")

  @Test func aLongPassageInTwoOutletsIsFoundInBothWithExactOffsets() throws {
    let a = "Eigener Anfang hier " + Self.agency + " eigenes Ende"
    let b = Self.agency + " ganz anders"
    let passages = try SharedCopy().passages([
      (Self.fingerprint(a), "A"), (Self.fingerprint(b), "B"),
    ])
    #expect(passages.count == 2)
    let first = passages[0]
    #expect(first.document == 0)
    // Winnowing finds the ends to within 7 words, inside the shared run.
    #expect((18...25).contains(first.words))
    #expect(first.sharedWith == [1])
    let scalars = Array(a.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[first.start..<first.end])
    let found = String(view)
    #expect(Self.agency.contains(found))
    #expect(found.split(separator: " ").count == first.words)
    #expect(found.hasPrefix("wort"))
    #expect(passages[1].document == 1)
    #expect(passages[1].words == first.words)
  }

  @Test func theSameOutletRepeatingItselfIsNotAgencyCopy() throws {
    let passages = try SharedCopy().passages([
      (Self.fingerprint(Self.agency), "A"), (Self.fingerprint(Self.agency), "A"),
    ])
    #expect(passages.isEmpty)
  }

  @Test func caseDoesNotHideSharedCopyButShortOverlapsAreIgnored() throws {
    let short = (1...15).map { "wort\($0)" }.joined(separator: " ")
    var found = try SharedCopy().passages([
      (Self.fingerprint(Self.agency), "A"), (Self.fingerprint(short + " und dann"), "B"),
    ])
    // 15 shared words: below the 16-word minimum.
    #expect(found.isEmpty)
    found = try SharedCopy().passages([
      (Self.fingerprint(Self.agency), "A"), (Self.fingerprint(Self.agency.uppercased()), "B"),
    ])
    #expect(found.count == 2)
    #expect(found[0].words == found[1].words)
  }
}
