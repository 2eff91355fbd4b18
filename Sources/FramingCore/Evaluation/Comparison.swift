/// Two codings of the same documents compared: the tallies behind precision, recall, confusion
/// tables and agreement. "Test" is the coding under evaluation (the tool, or a second coder),
/// "reference" the gold.
///
/// At occurrence level an occurrence is **found** when it pairs (`Alignment`: same document and
/// target, overlapping spans) and **exact** when the pair also agrees on entry, voice and
/// distancing. Per voice, entry and case, a pair counts for a value when both sides have it. At
/// count level a cell's matched count is min(test, reference).
public struct Comparison: Sendable {
  public enum Dimension: String, Sendable, CaseIterable, Comparable {
    case all
    case target
    case voice
    case targetVoice = "target-voice"
    case entry

    public static func < (a: Dimension, b: Dimension) -> Bool {
      (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
  }

  /// One row of a precision/recall table.
  public struct Group: Sendable, Hashable, Comparable {
    public var dimension: Dimension
    public var value: String
    public init(dimension: Dimension, value: String) {
      self.dimension = dimension
      self.value = value
    }
    public static func < (a: Group, b: Group) -> Bool {
      (a.dimension, a.value) < (b.dimension, b.value)
    }
  }

  public struct Cell: Sendable, Hashable {
    /// Occurrences of the test that pair with a reference occurrence (true positives).
    public var matched = 0
    /// Occurrences in the test coding (true + false positives).
    public var test = 0
    /// Occurrences in the reference (true positives + false negatives).
    public var reference = 0
    public init(matched: Int = 0, test: Int = 0, reference: Int = 0) {
      self.matched = matched
      self.test = test
      self.reference = reference
    }
  }

  /// Recall of one case tag: of the reference occurrences carrying it, how many were found,
  /// and found with the right voice.
  public struct CaseRecall: Sendable, Hashable {
    public var reference = 0
    public var found = 0
    public var foundWithVoice = 0
    public init(reference: Int = 0, found: Int = 0, foundWithVoice: Int = 0) {
      self.reference = reference
      self.found = found
      self.foundWithVoice = foundWithVoice
    }
  }

  /// One disagreement, for the error listing.
  public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
      case falsePositive = "false positive"
      case falseNegative = "false negative"
      case wrongVoice = "wrong voice"
      case wrongEntry = "wrong entry"
      case wrongSpeaker = "wrong speaker"
      public static func < (a: Kind, b: Kind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
      }
    }
    public var kind: Kind
    public var test: CodedOccurrence?
    public var reference: CodedOccurrence?
    /// Where the finding stands: the reference's span when there is one, else the test's.
    public var anchor: CodedOccurrence

    public init(kind: Kind, test: CodedOccurrence?, reference: CodedOccurrence?) {
      precondition(test != nil || reference != nil, "a finding has at least one side")
      self.kind = kind
      self.test = test
      self.reference = reference
      anchor =
        reference ?? test
        ?? CodedOccurrence(document: "", start: 0, end: 0, target: "", entry: "", voice: .author)
    }
  }

  public var level: Coding.Level
  /// Found: same document, target, overlapping span (occurrences) or the cell (counts).
  public var found: [Group: Cell] = [:]
  /// Exact: found, and entry, voice and distancing agree (occurrence level; by `all` and
  /// `target` only).
  public var exact: [Group: Cell] = [:]
  public var cases: [String: CaseRecall] = [:]
  /// Reference voice → test voice, over found pairs ("author (distanced)" is its own value).
  public var voiceConfusion: [String: [String: Int]] = [:]
  /// Reference target → who the test said the label refers to, over reference occurrences of
  /// actors (filled by `addReferents`).
  public var referentConfusion: [String: [String: Int]] = [:]
  /// Reference occurrences of registered actors that the test matched in some actor module,
  /// and how many of those it gave the right referent.
  public var referents = (correct: 0, total: 0)
  /// Found pairs in quote or reported voice on both sides with a reference speaker, and how
  /// many name the same speaker.
  public var speakers = (correct: 0, total: 0)
  public var findings: [Finding] = []
  /// Units for Krippendorff's α: (test value, reference value) per aligned occurrence, "none"
  /// where one side has nothing; the value is `target` and `target:voice`.
  public var targetUnits: [[String]] = []
  public var targetVoiceUnits: [[String]] = []
  /// Count level: (test count, reference count) per cell that either side has, for interval α.
  public var countUnits: [[String]] = []

  /// Compares occurrence-level codings, restricted to `scope` targets (`other` is never a
  /// positive).
  public init(test: [CodedOccurrence], reference: [CodedOccurrence], scope: Set<String>) {
    level = .occurrence
    let test = test.filter { scope.contains($0.target) }
    let reference = reference.filter { scope.contains($0.target) }
    let alignment = Alignment(test: test, reference: reference)
    for o in test { countSide(o, test: true) }
    for o in reference { countSide(o, test: false) }
    for (t, r) in alignment.pairs {
      let a = test[t]
      let b = reference[r]
      let sameVoice = a.voiceLabel == b.voiceLabel
      let sameEntry = a.entry == b.entry
      found[Group(dimension: .all, value: "all"), default: Cell()].matched += 1
      found[Group(dimension: .target, value: b.target), default: Cell()].matched += 1
      if sameVoice {
        found[Group(dimension: .voice, value: b.voiceLabel), default: Cell()].matched += 1
        found[
          Group(dimension: .targetVoice, value: b.target + " · " + b.voiceLabel), default: Cell()
        ].matched += 1
      }
      if sameEntry {
        found[Group(dimension: .entry, value: b.target + " · " + b.entry), default: Cell()]
          .matched += 1
      }
      if sameVoice && sameEntry {
        exact[Group(dimension: .all, value: "all"), default: Cell()].matched += 1
        exact[Group(dimension: .target, value: b.target), default: Cell()].matched += 1
      }
      for tag in b.cases {
        cases[tag, default: CaseRecall()].found += 1
        if sameVoice { cases[tag, default: CaseRecall()].foundWithVoice += 1 }
      }
      voiceConfusion[b.voiceLabel, default: [:]][a.voiceLabel, default: 0] += 1
      if !sameVoice { findings.append(Finding(kind: .wrongVoice, test: a, reference: b)) }
      if !sameEntry { findings.append(Finding(kind: .wrongEntry, test: a, reference: b)) }
      if a.voice != .author, b.voice != .author, !b.speaker.isEmpty {
        speakers.total += 1
        if Self.sameSpeaker(a.speaker, b.speaker) {
          speakers.correct += 1
        } else {
          findings.append(Finding(kind: .wrongSpeaker, test: a, reference: b))
        }
      }
      targetUnits.append([a.target, b.target])
      targetVoiceUnits.append([a.target + ":" + a.voiceLabel, b.target + ":" + b.voiceLabel])
    }
    for t in alignment.unpairedTest {
      findings.append(Finding(kind: .falsePositive, test: test[t], reference: nil))
      targetUnits.append([test[t].target, "none"])
      targetVoiceUnits.append([test[t].target + ":" + test[t].voiceLabel, "none"])
    }
    for r in alignment.unpairedReference {
      findings.append(Finding(kind: .falseNegative, test: nil, reference: reference[r]))
      targetUnits.append(["none", reference[r].target])
      targetVoiceUnits.append(["none", reference[r].target + ":" + reference[r].voiceLabel])
    }
    findings.sort { a, b in
      let x = a.anchor
      let y = b.anchor
      return (x.document, x.start, x.target, a.kind) < (y.document, y.start, y.target, b.kind)
    }
  }

  /// Compares count-level codings (either side may have been tallied from occurrences).
  public init(testCounts: [CodedCount], referenceCounts: [CodedCount], scope: Set<String>) {
    level = .count
    var cells: [CodedCount.Key: (test: Int, reference: Int)] = [:]
    for c in testCounts where scope.contains(c.target) {
      cells[c.key, default: (0, 0)].test += c.count
    }
    for c in referenceCounts where scope.contains(c.target) {
      cells[c.key, default: (0, 0)].reference += c.count
    }
    for key in cells.keys.sorted() {
      guard let cell = cells[key] else { continue }
      countUnits.append([String(cell.test), String(cell.reference)])
      let voice = key.voice.rawValue + (key.isDistanced ? " (distanced)" : "")
      let groups = [
        Group(dimension: .all, value: "all"), Group(dimension: .target, value: key.target),
        Group(dimension: .voice, value: voice),
        Group(dimension: .targetVoice, value: key.target + " · " + voice),
        Group(dimension: .entry, value: key.target + " · " + key.entry),
      ]
      for g in groups {
        found[g, default: Cell()].test += cell.test
        found[g, default: Cell()].reference += cell.reference
        found[g, default: Cell()].matched += min(cell.test, cell.reference)
      }
    }
  }

  private mutating func countSide(_ o: CodedOccurrence, test: Bool) {
    let groups = [
      Group(dimension: .all, value: "all"), Group(dimension: .target, value: o.target),
      Group(dimension: .voice, value: o.voiceLabel),
      Group(dimension: .targetVoice, value: o.target + " · " + o.voiceLabel),
      Group(dimension: .entry, value: o.target + " · " + o.entry),
    ]
    for g in groups {
      if test {
        found[g, default: Cell()].test += 1
      } else {
        found[g, default: Cell()].reference += 1
      }
    }
    for g in groups.prefix(2) {
      if test {
        exact[g, default: Cell()].test += 1
      } else {
        exact[g, default: Cell()].reference += 1
      }
    }
    if !test { for tag in o.cases { cases[tag, default: CaseRecall()].reference += 1 } }
  }

  /// Fills the referent confusion from every actor-module match of the tool, counted or not:
  /// for each reference occurrence of an actor (or `other`), who the overlapping matches said
  /// the label refers to.
  public mutating func addReferents(
    _ items: [ToolCoding.Item], reference: [CodedOccurrence], actors: Set<String>
  ) {
    var byDocument: [String: [ToolCoding.Item]] = [:]
    for item in items where !item.referent.isEmpty {
      byDocument[item.occurrence.document, default: []].append(item)
    }
    for r in reference where actors.contains(r.target) || r.target == CodedOccurrence.otherTarget {
      let said = Set(
        (byDocument[r.document] ?? []).filter { $0.occurrence.overlaps(r) }.map(\.referent))
      let shown: String
      if said.isEmpty {
        shown = "no match"
      } else if said.contains(r.target) {
        shown = r.target
      } else {
        shown = said.sorted().joined(separator: " + ")
      }
      referentConfusion[r.target, default: [:]][shown, default: 0] += 1
      if actors.contains(r.target), !said.isEmpty {
        referents.total += 1
        if said.contains(r.target) { referents.correct += 1 }
      }
    }
  }

  /// Speakers agree when their folded forms are equal or their last words share a Snowball
  /// stem ("Peskow" and "Dmitri Peskow"; "des Geheimdienstes" and "der Geheimdienst"); articles
  /// are ignored ("der Kreml" = "Kreml").
  public static func sameSpeaker(_ a: String, _ b: String) -> Bool {
    func words(_ s: String) -> [String] {
      Folding.fold(s).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        .filter { !["der", "die", "das", "des", "dem", "den"].contains($0) }
    }
    let x = words(a)
    let y = words(b)
    guard let lastX = x.last, let lastY = y.last else { return false }
    if x == y || lastX == lastY { return true }
    let stemmer = Stemmer()
    return stemmer.stem(folded: lastX) == stemmer.stem(folded: lastY)
  }
}
