import CFuzzerDriver
import Foundation
import FramingCore

// Lexicon file text through `LexiconParser.parse(_:file:)`. Every error must carry a 1-based
// place and render; a module must compile into a `Matcher` and match its own terms; boilerplate
// rules must run over a short article.

let article = Array(
  """
  Lesezeit 3 Minuten
  Der Diktator traf den Staats- und Parteichef (Foto: dpa).
  „Wir siegen“, sagte er.
  """.unicodeScalars)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  let parsed: LexiconParser.Parsed
  do {
    parsed = try LexiconParser.parse(text, file: "fuzz.yaml")
  } catch {
    precondition(!error.errors.isEmpty, "a failure without errors")
    for e in error.errors {
      precondition(e.location.line >= 1 && e.location.column >= 1, "error place \(e.location)")
      precondition(e.description.hasPrefix("fuzz.yaml:"), "rendered error")
    }
    return 0
  }
  switch parsed {
  case .module(let module):
    let lexicon = Lexicon(modules: [module], boilerplate: .none)
    let analyzer = DocumentAnalyzer(lexicon: lexicon, matcher: Matcher(lexicon: lexicon))
    let terms = module.entries.prefix(50).map(\.term).joined(separator: " und ")
    _ = analyzer.analyze(
      DocumentSource(id: "fuzz", outlet: "fuzz"), data: Data(terms.utf8), displayPath: "fuzz.txt")
  case .actors(let registry):
    precondition(registry.actors.allSatisfy { !$0.id.isEmpty }, "an actor without id")
    // An actor registry only describes; rendering it must not trap.
    _ = "\(registry)"
  case .boilerplate(let rules):
    let cleaned = Cleaner(rules: rules).clean(article)
    for removal in cleaned.removals {
      precondition(removal.start <= removal.end && removal.end <= article.count, "removal")
    }
  }
  return 0
}

@main enum FuzzLexicon {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzLexicon))
  }
}
