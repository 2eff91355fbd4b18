import CFuzzerDriver
import Foundation
import FramingCore

// Structure-aware fuzzing (issue 22): the input bytes are not the article but the choices that
// build one from the bundled lexicons' own terms and names, quote marks, speech cues,
// boilerplate lines and odd characters, placed at paragraph, sentence, quote and hyphenation
// boundaries, in headlines without a full stop. Random bytes rarely spell "Invasion\n\nDer
// ukrainische"; these choices do. Checked: no trap, and every match points into the text at the
// letters it reports, with bounded context.

let lexicons = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("lexicons")
let lexicon: Lexicon = {
  do { return try LexiconLoader.load(directory: lexicons, displayPath: "lexicons") } catch {
    fatalError("the bundled lexicons do not load: \(error)")
  }
}()
let phrases: [String] = lexicon.modules.flatMap { module in
  (module.target.map { [$0.name] } ?? []) + module.categories.flatMap { $0.entries.map(\.term) }
}
// One process runs one input at a time.
nonisolated(unsafe) let analyzer = DocumentAnalyzer(
  lexicon: lexicon, matcher: Matcher(lexicon: lexicon))

let marks = ["„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "\"", "'"]
let cues = ["sagte", "erklärte:", "so", "laut", "heißt es", "Der", "die", "ukrainische"]
let ends = [".", "!", "?", "…", ":", ";", ",", ""]
let boilerplate = [
  "Foto: Max Mustermann / dpa", "Lesezeit: 3 Minuten", "Stand: 19.06.2024 14:27 Uhr", "1 / 8",
  "Mehr zum Thema:", "(dpa/AFP)", "Jetzt abonnieren!",
]
let odd = [
  "\u{202E}", "\u{2066}", "\u{200B}", "\u{AD}", "\u{FEFF}", "\u{0}", "\t", "\r\n", "\r", "\u{2028}",
  "🇰🇵", "e\u{301}", "ſ", "İ", "ß", "—", "-", "/", "(", ")",
]

/// The input bytes read as choices; past the end every choice is 0.
struct Choices {
  let bytes: [UInt8]
  var next = 0
  var isDone: Bool { next >= bytes.count }
  mutating func below(_ n: Int) -> Int {
    guard next < bytes.count, n > 1 else { return 0 }
    defer { next += 1 }
    return Int(bytes[next]) % n
  }
  mutating func pick(_ items: [String]) -> String { items[below(items.count)] }
}

func document(_ choices: inout Choices) -> String {
  var text = ""
  while !choices.isDone {
    switch choices.below(12) {
    case 0, 1, 2: text += choices.pick(phrases) + " "
    case 3:
      // A word broken at a line end, with a hyphen or a soft hyphen.
      let scalars = Array(choices.pick(phrases).unicodeScalars)
      let cut = scalars.isEmpty ? 0 : choices.below(scalars.count)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[..<cut])
      view.append(contentsOf: (choices.below(2) == 0 ? "-\n" : "\u{AD}").unicodeScalars)
      view.append(contentsOf: scalars[cut...])
      text += String(view) + " "
    case 4: text += choices.pick(marks)
    case 5: text += String(repeating: choices.pick(marks), count: 1 + choices.below(200))
    case 6: text += choices.pick(ends) + (choices.below(2) == 0 ? "\n\n" : "\n")
    case 7: text += choices.pick(cues) + " "
    case 8: text += choices.pick(odd)
    case 9: text += "\n" + choices.pick(boilerplate) + "\n"
    case 10: text += "Streit um " + choices.pick(phrases) + "\n\n"
    default:
      // A few raw characters from the input itself.
      for _ in 0..<(1 + choices.below(8)) {
        text.unicodeScalars.append(Unicode.Scalar(UInt8(choices.below(256))))
      }
    }
  }
  return text
}

func letters(_ text: String) -> String {
  String(text.precomposedStringWithCanonicalMapping.lowercased().filter(\.isLetter))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStructured(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  var choices = Choices(bytes: Array(UnsafeBufferPointer(start: start, count: count)))
  let outlet = String(repeating: choices.pick(["Kurier", "\u{202E}x", "../", "CON"]), count: 1 + choices.below(80))
  let text = document(&choices)
  let result = analyzer.analyze(
    DocumentSource(id: "fuzz", outlet: outlet), data: Data(text.utf8), displayPath: "fuzz.txt")
  precondition(
    !result.diagnostics.contains { $0.message.contains("cannot analyze") }, "a fault skipped it")
  // Offsets count the decoded text, a leading byte-order mark excluded.
  var scalars = Array(text.unicodeScalars)
  if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
  for match in result.matches {
    precondition(0 <= match.start && match.start < match.end && match.end <= scalars.count)
    precondition(match.line >= 1 && match.column >= 1, "match position")
    precondition(match.left.unicodeScalars.count <= 61 && match.right.unicodeScalars.count <= 61)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[match.start..<match.end])
    if letters(String(view)) != letters(match.text) {
      fatalError("match text '\(match.text)' and offsets (\(match.start)..<\(match.end): '\(String(view))') disagree")
    }
  }
  for diagnostic in result.diagnostics { _ = diagnostic.description }
  return 0
}

@main enum FuzzStructured {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzStructured))
  }
}
