/// Splits normalized German text into word, number, punctuation and quote-mark tokens, and
/// numbers sentences.
///
/// - hyphenated compounds stay one token ("Kreml-Chef", "F16-Kampfflugzeugen");
/// - a hanging hyphen stays on its conjunct, marked truncated ("Staats-" in "Staats- und
///   Parteichef");
/// - abbreviations keep their full stop ("z.B.", "Nr.") and end no sentence;
/// - numbers keep their separators ("19.06.2024", "1,5");
/// - domains stay whole ("tagesschau.de"); words glued by a missing space after a full stop
///   ("Un.Die") or at a headline seam ("WaffendealKim") are split;
/// - apostrophes between letters belong to the word; quote marks are tokens of their own.
public struct Tokenizer: Sendable {
  public static let german = Tokenizer()

  public init() {}

  public func tokenize(_ text: NormalizedText) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.scalars.count / 5)
    var sentence = 0
    for (index, paragraph) in text.paragraphs.enumerated() {
      if !tokens.isEmpty { sentence += 1 }
      tokenize(text.scalars, paragraph.range, paragraph: index, sentence: &sentence, into: &tokens)
    }
    return tokens
  }

  /// Tokenizes a plain string as one paragraph (for tests and patterns).
  public func tokenize(_ string: String) -> [Token] {
    var text = NormalizedText()
    var line = NormalizedLine()
    for (i, scalar) in string.unicodeScalars.enumerated() {
      line.append(scalar, origin: i, length: 1)
    }
    text.appendParagraph(line, startLine: 1)
    return tokenize(text)
  }

  private func tokenize(
    _ s: [Unicode.Scalar], _ range: Range<Int>, paragraph: Int, sentence: inout Int,
    into tokens: inout [Token]
  ) {
    var i = range.lowerBound
    let end = range.upperBound
    var pendingBoundary = false
    func at(_ j: Int) -> Unicode.Scalar? { j < end && j >= range.lowerBound ? s[j] : nil }
    func emit(
      _ kind: Token.Kind, _ r: Range<Int>, truncated: Bool = false, abbreviation: Bool = false
    ) {
      if pendingBoundary {
        let isCloser =
          kind == .quoteMark && (at(r.upperBound).map(Self.isSpaceOrPunctuation) ?? true)
        let isBracket = kind == .punctuation && (s[r.lowerBound] == ")" || s[r.lowerBound] == "]")
        if !isCloser && !isBracket {
          sentence += 1
          pendingBoundary = false
        }
      }
      tokens.append(
        Token(
          kind: kind, range: r, text: String(scalars: s[r]), paragraph: paragraph,
          sentence: sentence,
          isTruncated: truncated, isAbbreviation: abbreviation))
    }

    while i < end {
      let c = s[i]
      if c == " " || c == "\n" {
        i += 1
        continue
      }
      if Self.isWordScalar(c) {
        var j = i + 1
        var hasLetter = ScalarClass.isAlphabetic(c)
        var hasJoiner = false
        while j < end {
          let d = s[j]
          if Self.isWordScalar(d) {
            if ScalarClass.isAlphabetic(d) { hasLetter = true }
            j += 1
            continue
          }
          let next = at(j + 1)
          if d == "-" || (d == "/" && !hasLetter), let n = next, Self.isWordScalar(n) {
            hasJoiner = true
            j += 2
            continue
          }
          if d == ".", let n = next, ScalarClass.isLowercase(n) || ScalarClass.isNumeric(n),
            Self.isWordScalar(s[j - 1])
          {
            hasJoiner = true
            j += 2
            continue
          }
          if d == ",", !hasLetter, let n = next, ScalarClass.isNumeric(n) {
            j += 2
            continue
          }
          if d == "'" || d == "’", let n = next, ScalarClass.isAlphabetic(n),
            ScalarClass.isAlphabetic(s[j - 1])
          {
            j += 2
            continue
          }
          break
        }
        // A hanging hyphen: "Staats- und", "Raketen-, Atom- und".
        if j < end, s[j] == "-", hasLetter, at(j + 1).map({ $0 == " " || $0 == "," }) ?? false {
          emit(.word, i..<(j + 1), truncated: true)
          i = j + 1
          continue
        }
        // An abbreviation with its full stop, the longest in the table ("z.B." before "z.").
        if j < end, s[j] == ".", hasLetter, let stop = Self.abbreviationEnd(s, i, j, end) {
          emit(.word, i..<(stop + 1), abbreviation: true)
          i = stop + 1
          continue
        }
        let kind: Token.Kind = hasLetter ? .word : .number
        if kind == .word, !hasJoiner, let seam = Self.gluedSeam(s, i..<j) {
          emit(.word, i..<seam)
          emit(.word, seam..<j)
        } else {
          emit(kind, i..<j)
        }
        i = j
        continue
      }
      if QuoteMarks.all.contains(c) {
        emit(.quoteMark, i..<(i + 1))
        i += 1
        continue
      }
      emit(.punctuation, i..<(i + 1))
      if c == "." || c == "!" || c == "?" || c == "…" {
        pendingBoundary = true
      }
      i += 1
    }
  }

  /// The index of the full stop that ends the longest abbreviation starting at `start`, whose
  /// first full stop is at `firstStop`; nil when none ("z.B." over "z."; single initials count).
  static func abbreviationEnd(_ s: [Unicode.Scalar], _ start: Int, _ firstStop: Int, _ end: Int)
    -> Int?
  {
    func text(_ upTo: Int) -> String {
      String(scalars: s[start...upTo])
    }
    var best: Int? = nil
    if firstStop - start == 1 && ScalarClass.isUppercase(s[start])
      || GermanAbbreviations.isAbbreviation(text(firstStop))
    {
      best = firstStop
    }
    var stop = firstStop
    while stop + 1 < end, ScalarClass.isAlphabetic(s[stop + 1]) {
      var k = stop + 1
      while k < end, ScalarClass.isAlphabetic(s[k]) { k += 1 }
      guard k < end, s[k] == ".", k - stop <= 4 else { break }
      if GermanAbbreviations.isAbbreviation(text(k)) { best = k }
      stop = k
    }
    return best
  }

  static func isWordScalar(_ c: Unicode.Scalar) -> Bool { ScalarClass.isWord(c) }

  static func isSpaceOrPunctuation(_ c: Unicode.Scalar) -> Bool {
    !isWordScalar(c) && !QuoteMarks.openOnly.contains(c)
  }

  /// Where two words were glued at a headline seam: at least four lower-case letters, then an
  /// upper-case letter followed by a lower-case one ("WaffendealKim", "PjöngjangRussland").
  static func gluedSeam(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
    var lowerRun = 0
    var k = r.lowerBound
    while k < r.upperBound - 1 {
      if ScalarClass.isUppercase(s[k]), lowerRun >= 4, ScalarClass.isLowercase(s[k + 1]) {
        return k
      }
      lowerRun = ScalarClass.isLowercase(s[k]) ? lowerRun + 1 : 0
      k += 1
    }
    return nil
  }
}
