import FramingCore

extension OutputTables {
  static var documentScoresTable: CSVTable {
    CSVTable(
      name: "document_scores.csv",
      description:
        "One row per included document × module, zeros included, in document and module order: the scores of scores.csv computed for each document alone, one observation per row for regression (join documents.csv or the manifest on `document` for more fields).",
      columns: [
        C("document", .string, "Document id."),
        C("outlet", .string, "Outlet of the document."),
        C("date", .date, "Publication date (yyyy-mm-dd), empty when unknown."),
        C("module", .string, "Lexicon module id."),
        C("tokens", .integer, "Word and number tokens of the document, all voices."),
        C(
          "voice_tokens", .integer,
          "Tokens of the document in the counted voice(s): the denominator of `rate_per_1000`."),
        C("matches_author", .integer, "Plain (counted) matches in the outlet's own words."),
        C("matches_quote", .integer, "Plain matches inside quotations."),
        C("matches_reported", .integer, "Plain matches in reported speech."),
        C("matches", .integer, "Plain matches in the voice(s) the scores count (see scores.csv)."),
        C("matches_distanced", .integer, "Distanced matches in the counted voice(s)."),
        C(
          "matches_not_target", .integer,
          "Labels of an actor module about someone else or no one known, in the counted voice(s)."),
        C(
          "rate_per_1000", .number,
          "matches per 1,000 tokens of the document in the same voice(s) (`voice_tokens`)."),
        C(
          "stance_index", .number,
          "Mean category weight of the document's counted matches; empty without matches."),
      ])
  }

  /// A document's rows of `document_scores.csv`: one per module, in lexicon order.
  static func documentScoreRows(_ d: DocumentResult, _ lexicon: Lexicon, _ voice: VoiceFilter)
    -> [[String]]
  {
    let count = lexicon.modules.count
    var plain = Array(repeating: VoiceCounts(), count: count)
    var distanced = Array(repeating: VoiceCounts(), count: count)
    var notTarget = Array(repeating: VoiceCounts(), count: count)
    var weights = Array(repeating: 0.0, count: count)
    var selected = Array(repeating: 0, count: count)
    for m in d.matches {
      switch m.status {
      case .counted:
        plain[m.module][m.voice] += 1
        if voice.includes(m.voice) {
          weights[m.module] += lexicon.modules[m.module].categories[m.category].weight
          selected[m.module] += 1
        }
      case .distanced: distanced[m.module][m.voice] += 1
      case .notTarget: notTarget[m.module][m.voice] += 1
      case .sharedCopy: break
      }
    }
    let tokens = d.tokens.total
    let voiceTokens = voice.count(d.tokens)
    return lexicon.modules.indices.map { i in
      let matches = voice.count(plain[i])
      return [
        d.source.id, d.source.outlet, d.source.date, lexicon.modules[i].id, String(tokens),
        String(voiceTokens),
        String(plain[i].author), String(plain[i].quote), String(plain[i].reported),
        String(matches), String(voice.count(distanced[i])), String(voice.count(notTarget[i])),
        NumberFormat.fixed(
          voiceTokens > 0 ? Double(matches) * 1000 / Double(voiceTokens) : 0, 4),
        selected[i] > 0 ? NumberFormat.fixed(weights[i] / Double(selected[i]), 4) : "",
      ]
    }
  }
}
