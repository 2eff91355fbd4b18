import Foundation
import FramingCore

/// Documents built from a lexicon's own terms and names, placed where the pipeline's boundaries
/// are (issue 22: the byte-level fuzzers never found the crash of a multi-word pattern across a
/// paragraph break, nor the 250-character outlet name): at paragraph and sentence ends, inside
/// and around quote marks, hyphenated across line breaks, beside boilerplate, in headlines
/// without full stops; with long and odd metadata. Deterministic for a seed.
public struct StructuredDocuments {
  public struct Document: Sendable {
    public var id: String
    public var outlet: String
    public var date: String
    public var title: String
    public var text: String

    /// The document as one JSON Lines record.
    public var jsonLine: String {
      let object: [String: String] = [
        "id": id, "outlet": outlet, "date": date, "title": title, "text": text,
      ]
      let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
      return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
  }

  /// Terms and names of the lexicon (multi-word ones included), as written.
  public let phrases: [String]
  var random: SeededGenerator

  static let quoteMarks = ["„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "\"", "'"]
  static let cues = ["sagte", "erklärte:", "so", "laut", "nach Angaben von", "heißt es"]
  static let ends = [".", "!", "?", "…", ":", ";", ""]
  static let boilerplate = [
    "Foto: Max Mustermann / dpa", "Lesezeit: 3 Minuten", "Stand: 19.06.2024 14:27 Uhr",
    "1 / 8", "Mehr zum Thema:", "(dpa/AFP)", "Jetzt abonnieren!",
    "Foto: " + String(repeating: "a  /  ", count: 20) + "x",
  ]
  static let odd = [
    "\u{202E}", "\u{2066}", "\u{200B}", "\u{AD}", "\u{FEFF}", "\u{0}", "\t", "\r\n", "\r",
    "\u{2028}", "🇰🇵", "e\u{301}", "ſ", "İ", "ß", "…", "—", "-", "‐", "/", "(", ")", "'s",
  ]
  static let outlets = [
    "Nordstadt Kurier", String(repeating: "Sehr Langer Verlagsname ", count: 11),
    "Kurier\u{202E}tsoP", "../../etc", "CON", " Leerzeichen ", "Ölpresse & Söhne",
    "=HYPERLINK(\"x\")", "🇩🇪 Zeitung", "a/b\\c", String(repeating: "x", count: 300),
  ]

  public init(lexicon: Lexicon, seed: UInt64) {
    var phrases: [String] = []
    for module in lexicon.modules {
      if let target = module.target { phrases.append(target.name) }
      for category in module.categories {
        for entry in category.entries { phrases.append(entry.term) }
      }
    }
    self.phrases = phrases.isEmpty ? ["Diktator"] : phrases
    random = SeededGenerator(seed: seed)
  }

  /// The next document, numbered `n`.
  public mutating func next(_ n: Int) -> Document {
    var text = ""
    let paragraphs = 1 + random.below(6)
    for p in 0..<paragraphs {
      if p > 0 { text += random.below(4) == 0 ? "\n" : "\n\n" }
      if random.below(3) == 0 {
        // A headline: a phrase ending the line without a full stop.
        text += "Streit um " + random.pick(phrases) + "\n\n"
      }
      if random.below(4) == 0 { text += random.pick(Self.boilerplate) + "\n" }
      let sentences = 1 + random.below(5)
      for _ in 0..<sentences { text += sentence() + " " }
    }
    let date =
      random.below(5) == 0 ? "2024-13-45" : "2024-0\(1 + random.below(9))-1\(random.below(9))"
    return Document(
      id: random.below(8) == 0 ? "id \(n) \u{202E}/../\(n)" : "doc-\(n)",
      outlet: random.pick(Self.outlets), date: random.below(6) == 0 ? "" : date,
      title: random.below(3) == 0 ? "Titel\nmit\u{2067}Umbruch \(n)" : "Titel \(n)",
      text: text)
  }

  mutating func sentence() -> String {
    var words: [String] = ["Der"]
    let count = 1 + random.below(8)
    var open: String?
    for _ in 0..<count {
      switch random.below(10) {
      case 0, 1, 2: words.append(random.pick(phrases))
      case 3: words.append(hyphenated(random.pick(phrases)))
      case 4:
        let mark = random.pick(Self.quoteMarks)
        if open == nil {
          open = mark
          words.append(mark + random.pick(phrases))
        } else {
          words.append(random.pick(phrases) + mark)
          open = nil
        }
      case 5: words.append(random.pick(Self.cues))
      case 6: words.append(random.pick(Self.odd))
      case 7:
        words.append(String(repeating: random.pick(["»", "„", "“"]), count: 1 + random.below(40)))
      case 8: words.append(random.pick(phrases).uppercased())
      default:
        words.append(["und", "die", "ukrainische", "Invasion", "Kim", "Putin"][random.below(6)])
      }
    }
    return words.joined(separator: random.below(6) == 0 ? "  " : " ") + random.pick(Self.ends)
  }

  /// A phrase with a word broken across a line: "Kriegs-\nverbrecher" (or a soft hyphen).
  mutating func hyphenated(_ phrase: String) -> String {
    let scalars = Array(phrase.unicodeScalars)
    guard scalars.count > 3 else { return phrase }
    let cut = 1 + random.below(scalars.count - 2)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[..<cut])
    view.append(contentsOf: (random.below(2) == 0 ? "-\n" : "\u{AD}").unicodeScalars)
    view.append(contentsOf: scalars[cut...])
    return String(view)
  }
}
