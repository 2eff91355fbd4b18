import FramingCore
import FramingReports
import FramingStatistics

/// Terms a module may be missing, ranked, as rows that `lexicon import` accepts.
///
/// Two sources: words next to the module's target (apposition), scored by uses next to the
/// target times the share of the word's uses that stand there (a word that is almost only
/// used for the target ranks first); and nouns distinctive of one outlet in the sentences that
/// mention the target, by Lafon's specificity (−log10 p, hypergeometric).
public struct LexiconSuggestions: Sendable {
  public struct Suggestion: Sendable, Hashable {
    public enum Source: String, Sendable {
      case nextToTarget = "next-to-target"
      case distinctive
    }
    public var term: String
    public var source: Source
    /// Uses counted for the source, per outlet (next to the target, or near it for distinctive).
    public var counts: [String: Int]
    public var score: Double
    /// For distinctive terms: the outlet the term is distinctive of.
    public var outlet: String
    public var examples: [String]

    public var uses: Int { counts.values.reduce(0, +) }
  }

  public var module: LexiconModule
  public var suggestions: [Suggestion]

  /// The category id suggestions are filed under; the researcher may change it before import.
  public static let category = "suggested"
  public static let categoryLabel = "Vorgeschlagen (ungeprüft)"

  /// Ranks the candidates: next-to-target words used at least `minimumUses` times, then terms
  /// distinctive of an outlet at `minimumSpecificity` or more (2 is p ≤ 0.01).
  public init(
    module: LexiconModule, candidates: TermCandidates, minimumUses: Int = 2,
    minimumSpecificity: Double = 2
  ) {
    self.module = module
    var list: [Suggestion] = []
    for word in candidates.words.values {
      let adjacent = word.adjacent.values.reduce(0, +)
      guard adjacent >= minimumUses else { continue }
      let total = max(adjacent, (candidates.totals[word.stem] ?? [:]).values.reduce(0, +))
      list.append(
        Suggestion(
          term: word.term, source: .nextToTarget, counts: word.adjacent,
          score: Double(adjacent) * Double(adjacent) / Double(total), outlet: "",
          examples: word.examples))
    }
    let suggested = Set(list.map(\.term))
    let corpusTokens = candidates.nearTargetTokens.values.reduce(0, +)
    for word in candidates.words.values where !suggested.contains(word.term) {
      let termTotal = word.nearTarget.values.reduce(0, +)
      var best: (outlet: String, score: Double)?
      for outlet in candidates.outlets.sorted() {
        let k = word.nearTarget[outlet] ?? 0
        guard k >= minimumUses,
          let score = try? Specificity.lafon(
            k: k, partTokens: candidates.nearTargetTokens[outlet] ?? 0, termTotal: termTotal,
            corpusTokens: corpusTokens),
          score >= minimumSpecificity, score > (best?.score ?? -.infinity)
        else { continue }
        best = (outlet, score)
      }
      if let best {
        list.append(
          Suggestion(
            term: word.term, source: .distinctive, counts: word.nearTarget, score: best.score,
            outlet: best.outlet, examples: word.examples))
      }
    }
    suggestions = list.sorted {
      ($0.source == .nextToTarget ? 0 : 1, -$0.score, $0.term)
        < ($1.source == .nextToTarget ? 0 : 1, -$1.score, $1.term)
    }
  }

  /// The suggestions as a sheet: `LexiconSheet` columns, then source, uses, outlets, score and
  /// examples (which `import` ignores).
  public func table() -> CSVTable {
    let weight = (module.scale.min + module.scale.max) / 2
    var table = CSVTable(
      name: "suggestions-\(module.id).csv",
      description:
        "Candidate terms for the module \(module.id); keep the rows you want and import.",
      columns: LexiconSheet.columns + [
        .init("source", .string, "next-to-target (apposition) or distinctive (of one outlet)."),
        .init("uses", .integer, "Uses counted for the source, all outlets."),
        .init("outlets", .string, "Uses per outlet, as 'outlet: n' separated by ' | '."),
        .init(
          "score", .number,
          "next-to-target: uses × share of the word's uses next to the target; distinctive: Lafon specificity (−log10 p)."
        ),
        .init(
          "examples", .string, "Up to three sentences, with their document, separated by ' | '."),
      ])
    let target = module.target?.name ?? "the module's target"
    for s in suggestions {
      let outlets = s.counts.keys.sorted().map { "\($0): \(s.counts[$0] ?? 0)" }
      let why =
        s.source == .nextToTarget
        ? "\(s.uses) uses next to \(target)" : "distinctive of \(s.outlet) near \(target)"
      table.append([
        // A label found for one actor goes to the shared inventory it came from: every actor.
        module.inventory ?? module.id, Self.category, Self.categoryLabel,
        LexiconError.format(weight), s.term, "", "false", "false", "",
        "Suggested by framing lexicon suggest (\(why)); check the category and weight.", "",
        s.source.rawValue, String(s.uses), outlets.joined(separator: " | "),
        NumberFormat.fixed(s.score, 4), s.examples.joined(separator: " | "),
      ])
    }
    return table
  }

  /// The suggestions as `lexicon suggest` prints them: term, source, uses, score and uses per
  /// outlet.
  public func terminalTable() -> String {
    var table = TerminalTable(
      columns: ["term", "source", "uses", "score", "outlets"],
      alignments: [.left, .left, .right, .right, .left])
    for s in suggestions {
      table.append([
        s.term, s.source == .distinctive ? "distinctive of \(s.outlet)" : s.source.rawValue,
        String(s.uses), NumberFormat.fixed(s.score, 2),
        s.counts.keys.sorted().map { "\($0): \(s.counts[$0] ?? 0)" }.joined(separator: ", "),
      ])
    }
    return table.render()
  }
}
