import Foundation

/// Turns an article's original text into paragraphs for matching, and lists what it removed.
///
/// Steps, in order: split lines (LF, CRLF, CR); normalize each line (`Normalizer`); remove
/// boilerplate by the rules of a `kind: boilerplate` lexicon (a removed line also ends a
/// paragraph); join the lines of a paragraph (blank lines separate paragraphs; a line that does
/// not end a sentence continues on the next line, and a word hyphenated at a line break is
/// rejoined); drop a paragraph that repeats an earlier one of the same article (a caption printed
/// twice). Every removal is returned as a `Removal`, so nothing disappears silently.
public struct Cleaner: Sendable {
  public let rules: BoilerplateRules
  /// The rules in their order, consecutive line rules tried as one regular expression first.
  let steps: [Step]
  /// The alternation of all line rules, with the required literals of all span rules: on a line
  /// that lacks every literal no span rule changes the text, so when this one expression does
  /// not match either, no rule applies and the steps need not run. Nil when a span rule has no
  /// literal or the alternation cannot be built.
  let shortcut: (anyLine: NSRegularExpression?, spanLiterals: [[UInt8]])?

  enum Step: Sendable {
    /// Line rules, and their alternation `^(?:(?:a)|(?:b))$`: one ICU call per line decides
    /// whether any of them matches; only then is the matching rule looked up, in order.
    case lines(NSRegularExpression?, [BoilerplateRules.Rule])
    /// A span rule, with its required literal as UTF-8 bytes.
    case span(BoilerplateRules.Rule, literal: [UInt8]?)
  }

  public init(rules: BoilerplateRules) { self.init(rules: rules, usesShortcut: true) }

  /// Without `usesShortcut`, every line runs through the steps (to test the shortcut against).
  init(rules: BoilerplateRules, usesShortcut: Bool) {
    self.rules = rules
    var steps: [Step] = []
    var group: [BoilerplateRules.Rule] = []
    func flush() {
      guard !group.isEmpty else { return }
      steps.append(.lines(Self.alternation(group), group))
      group = []
    }
    for rule in rules.rules {
      if rule.scope == .line {
        group.append(rule)
      } else {
        flush()
        steps.append(.span(rule, literal: rule.requiredLiteral.map { Array($0.utf8) }))
      }
    }
    flush()
    self.steps = steps
    let lineRules = rules.rules.filter { $0.scope == .line }
    let spanLiterals = rules.rules.filter { $0.scope == .span }.map(\.requiredLiteral)
    let anyLine = lineRules.count == 1 ? lineRules.first?.regex : Self.alternation(lineRules)
    if usesShortcut, spanLiterals.allSatisfy({ $0 != nil }), lineRules.isEmpty || anyLine != nil {
      self.shortcut = (anyLine, spanLiterals.map { Array(($0 ?? "").utf8) })
    } else {
      self.shortcut = nil
    }
  }

  /// One anchored, case-insensitive expression for several line rules; nil for a single rule or
  /// when a pattern uses numbered back references (their numbers would shift).
  static func alternation(_ rules: [BoilerplateRules.Rule]) -> NSRegularExpression? {
    guard rules.count > 1,
      !rules.contains(where: {
        $0.pattern.range(of: #"\\[1-9]"#, options: .regularExpression) != nil
      })
    else { return nil }
    let pattern = "^(?:" + rules.map { "(?:\($0.pattern))" }.joined(separator: "|") + ")$"
    return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
  }

  public struct Removal: Sendable, Hashable, Codable {
    /// 1-based line in the original file.
    public var line: Int
    /// The boilerplate rule id, or `duplicate-paragraph`.
    public var reason: String
    public var text: String
    /// Original scalar offsets of the removed text.
    public var start: Int
    public var end: Int
  }

  public struct Result: Sendable {
    public var text: NormalizedText
    public var removals: [Removal]
    /// Rules that gave up on a line: reported, never a silent "no match".
    public var exceeded: [Exceeded] = []
  }

  static let conjunctions: Set<String> = ["und", "oder", "bis", "sowie", "wie", "als", "noch"]

  public func clean(_ scalars: [Unicode.Scalar]) -> Result {
    var removals: [Removal] = []
    var exceeded: [Exceeded] = []
    // Blocks of consecutive kept lines; each block becomes one or more paragraphs.
    var blocks: [[(line: NormalizedLine, number: Int)]] = [[]]
    for (number, range) in Self.lineRanges(scalars).enumerated() {
      var line = Normalizer.normalizeLine(scalars, range)
      if line.isBlank {
        if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
        continue
      }
      if applyRules(to: &line, lineNumber: number + 1, removals: &removals, exceeded: &exceeded) {
        if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
        continue
      }
      blocks[blocks.count - 1].append((line, number + 1))
    }

    var text = NormalizedText()
    var seen = Set<String>()
    var seenSentences = Set<String>()
    for block in blocks where !block.isEmpty {
      for (joined, startLine) in Self.joinLines(block) {
        var paragraph = joined
        let key = paragraph.string
        // One hash of the paragraph: `insert` tells whether it was seen.
        if !seen.insert(key).inserted {
          let start = Int(paragraph.origins.first ?? 0)
          let end = Int(paragraph.origins.last ?? 0) + Int(paragraph.originLengths.last ?? 0)
          removals.append(
            Removal(
              line: startLine, reason: "duplicate-paragraph", text: key, start: start, end: end))
          continue
        }
        // A long sentence printed earlier in the article (a caption's sentence repeated in the
        // body) counts once: the later copy goes.
        for range in Self.sentenceRanges(paragraph.scalars).reversed() {
          guard Self.wordCount(paragraph.scalars[range]) >= Self.minimumRepeatedWords else {
            continue
          }
          if seenSentences.contains(Self.sentenceKey(paragraph.scalars[range])) {
            removals.append(
              removal(
                of: paragraph, range: range, line: startLine, rule: "duplicate-sentence"))
            paragraph.removeSubrange(range)
          }
        }
        for range in Self.sentenceRanges(paragraph.scalars)
        where Self.wordCount(paragraph.scalars[range]) >= Self.minimumRepeatedWords {
          seenSentences.insert(Self.sentenceKey(paragraph.scalars[range]))
        }
        paragraph.trim()
        if paragraph.isBlank { continue }
        text.appendParagraph(paragraph, startLine: startLine)
      }
    }
    return Result(text: text, removals: removals, exceeded: exceeded)
  }

  /// Sentences shorter than this may repeat by chance ("Das Treffen dauerte zwei Stunden.").
  static let minimumRepeatedWords = 6

  /// The sentence without the whitespace at its ends (`CharacterSet.whitespaces`: tab and the
  /// space separators), for comparing sentences.
  static func sentenceKey(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    func isWhitespace(_ s: Unicode.Scalar) -> Bool {
      s == " " || s == "\t" || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
    }
    var trimmed = scalars
    while let first = trimmed.first, isWhitespace(first) { trimmed.removeFirst() }
    while let last = trimmed.last, isWhitespace(last) { trimmed.removeLast() }
    return String(scalars: trimmed)
  }

  static func wordCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
    var count = 0
    var inWord = false
    for scalar in scalars {
      let v = scalar.value
      let letter =
        v < 0x80
        ? (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) : scalar.properties.isAlphabetic
      if letter && !inWord { count += 1 }
      inWord = letter
    }
    return count
  }

  /// The sentences of a paragraph: up to and including a full stop, question or exclamation
  /// mark followed by a space and an upper-case letter, or the paragraph's end. The space after
  /// a sentence belongs to it, so that removing one leaves the text well spaced.
  static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < scalars.count {
      if [".", "!", "?"].contains(scalars[i]), i + 2 < scalars.count, scalars[i + 1] == " ",
        scalars[i + 2].properties.isUppercase
      {
        ranges.append(start..<(i + 2))
        start = i + 2
        i += 2
        continue
      }
      i += 1
    }
    if start < scalars.count { ranges.append(start..<scalars.count) }
    return ranges
  }

  /// Applies the rules to one line; returns true when the whole line was removed. A rule that
  /// runs out of its step budget (`BoundedRegex`) leaves the line as it is and is reported.
  private func applyRules(
    to line: inout NormalizedLine, lineNumber: Int, removals: inout [Removal],
    exceeded: inout [Exceeded]
  ) -> Bool {
    // The line as text, rebuilt only when a span rule changed it.
    var text = line.string
    var probe = LiteralProbe(text)
    var whole = NSRange(location: 0, length: Self.utf16Count(line.scalars))
    if let shortcut, shortcut.spanLiterals.allSatisfy(probe.lacks) {
      guard let any = shortcut.anyLine,
        BoundedRegex.firstMatch(any, in: text, options: .anchored, range: whole) != .noMatch
      else { return false }
    }
    for step in steps {
      switch step {
      case .lines(let any, let group):
        // Line rules are anchored at both ends: ICU need only try the line's start.
        if let any,
          BoundedRegex.firstMatch(any, in: text, options: .anchored, range: whole) == .noMatch
        {
          continue
        }
        for rule in group {
          switch BoundedRegex.firstMatch(rule.regex, in: text, options: .anchored, range: whole) {
          case .noMatch: continue
          case .exceeded:
            exceeded.append(Exceeded(line: lineNumber, rule: rule.id, location: rule.location))
            continue
          case .match:
            removals.append(
              removal(of: line, range: 0..<line.scalars.count, line: lineNumber, rule: rule.id))
            return true
          }
        }
      case .span(let rule, let literal):
        if let literal, probe.lacks(literal) { continue }
        let found = BoundedRegex.firstMatch(rule.regex, in: text, range: whole)
        if found == .exceeded {
          exceeded.append(Exceeded(line: lineNumber, rule: rule.id, location: rule.location))
        }
        guard case .match(let matched) = found, matched.length > 0,
          let range = Range(matched, in: text)
        else { continue }
        let lower = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        let upper = text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound)
        removals.append(removal(of: line, range: lower..<upper, line: lineNumber, rule: rule.id))
        line.removeSubrange(lower..<upper)
        line.trim()
        if line.isBlank { return true }
        text = line.string
        probe = LiteralProbe(text)
        whole = NSRange(location: 0, length: Self.utf16Count(line.scalars))
      }
    }
    return false
  }

  /// A rule that ran out of its step budget on a line (which was then kept as it is).
  public struct Exceeded: Sendable, Hashable {
    /// 1-based line in the original file.
    public var line: Int
    public var rule: String
    /// Where the rule is defined.
    public var location: SourceLocation
  }

  /// True when `text` surely has no case-insensitive match of the ASCII `literal`: it lacks it
  /// lower-cased and holds none of the few non-ASCII scalars whose full case folding has ASCII
  /// letters (ſ, ß, the Kelvin sign, dotted İ, the ﬁ-type ligatures; see `LiteralProbe`).
  static func lacks(_ literal: String, _ text: String) -> Bool {
    LiteralProbe(text).lacks(Array(literal.utf8))
  }

  /// The length of scalars in UTF-16 code units, as `NSString` counts.
  static func utf16Count(_ scalars: [Unicode.Scalar]) -> Int {
    var count = scalars.count
    for scalar in scalars where scalar.value > 0xFFFF { count += 1 }
    return count
  }

  private func removal(of line: NormalizedLine, range: Range<Int>, line number: Int, rule: String)
    -> Removal
  {
    let start = Int(line.origins[range.lowerBound])
    let last = range.upperBound - 1
    let end = Int(line.origins[last]) + Int(line.originLengths[last])
    return Removal(
      line: number, reason: rule, text: String(scalars: line.scalars[range]), start: start, end: end
    )
  }

  /// Joins a block of lines into paragraphs: a line ending a sentence ends a paragraph.
  static func joinLines(_ block: [(line: NormalizedLine, number: Int)]) -> [(NormalizedLine, Int)] {
    var result: [(NormalizedLine, Int)] = []
    var current = NormalizedLine()
    var startLine = 0
    for (line, number) in block {
      if current.scalars.isEmpty {
        current = line
        startLine = number
        continue
      }
      let previous = current.scalars
      if endsSentence(previous) {
        result.append((current, startLine))
        current = line
        startLine = number
        continue
      }
      let newlineOrigin = Int(current.origins.last ?? 0) + Int(current.originLengths.last ?? 0)
      let next = line.scalars
      let nextWord = firstWord(next)
      if previous.count >= 2, previous[previous.count - 1] == "-",
        previous[previous.count - 2].properties.isAlphabetic,
        let first = next.first, first.properties.isLowercase,
        !conjunctions.contains(nextWord)
      {
        // "Kriegs-\nverbrecher": a word hyphenated at the line break.
        current.removeSubrange((current.scalars.count - 1)..<current.scalars.count)
      } else if previous.last == "-", let first = next.first, first.properties.isUppercase,
        previous.count >= 2, previous[previous.count - 2].properties.isAlphabetic
      {
        // "Ukraine-\nKrieg": the hyphen belongs to the compound; no space.
      } else {
        current.append(" ", origin: newlineOrigin, length: 1)
      }
      current.append(contentsOf: line)
    }
    if !current.scalars.isEmpty { result.append((current, startLine)) }
    return result
  }

  /// True when a line ends with sentence-final punctuation, optionally followed by closing
  /// quote marks or brackets.
  static func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
    for scalar in scalars.reversed() {
      switch scalar {
      case "\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", ")", "]", " ": continue
      case ".", "!", "?", ":", "…", ";": return true
      default: return false
      }
    }
    return false
  }

  private static func firstWord(_ scalars: [Unicode.Scalar]) -> String {
    var view = String.UnicodeScalarView()
    for scalar in scalars {
      guard scalar.properties.isAlphabetic else { break }
      view.append(scalar)
    }
    return String(view).lowercased()
  }

  /// Ranges of the lines of a text; LF, CRLF and CR all end a line.
  static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
        || scalar == "\u{85}"
      {
        ranges.append(start..<i)
        if scalar == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < scalars.count { ranges.append(start..<scalars.count) }
    return ranges
  }
}
