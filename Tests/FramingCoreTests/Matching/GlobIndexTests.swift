import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// Glob entries are compiled into one automaton (issue 22: 100,000 globs took 147 s on 2 MB,
/// each token compared with each glob); it finds exactly what the one-by-one comparison finds.
@Suite struct GlobIndexTests {
  /// Every (variant, token) pair a glob index names, against `Element.matches` one by one.
  @Test func theAutomatonFindsExactlyTheGlobsThatMatch() throws {
    var generator = SeededGenerator(seed: 22)
    let alphabet = Array("aäbdeiknorstuß")
    func word(_ length: Int) -> String {
      String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
    var index = Matcher.GlobIndex()
    var globs: [(Matcher.Elements.Kind, String)] = []
    for v in 0..<400 {
      let kind: Matcher.Elements.Kind = [.prefix, .suffix, .infix][v % 3]
      let text = word(1 + Int(generator.next() % 4))
      globs.append((kind, text))
      index.insert(Array(text.utf8), kind: kind, variant: v)
    }
    index.finish()
    for _ in 0..<2_000 {
      let token = word(Int(generator.next() % 12))
      var found = Set<Int>()
      Array(token.utf8).withUnsafeBufferPointer { bytes in
        index.candidates(bytes) { found.insert($0) }
      }
      let expected = Set(
        globs.indices.filter { v in
          let (kind, text) = globs[v]
          switch kind {
          case .prefix: return token.hasPrefix(text)
          case .suffix: return token.hasSuffix(text)
          default: return token.contains(text)
          }
        })
      #expect(found == expected, "\(token)")
    }
  }

  @Test func aLexiconOfManyGlobsMatchesAsBefore() throws {
    var entries: [(String, [String]?)] = [
      ("Diktator", ["diktator*"]), ("Kriegs-Wort", ["*krieg"]), ("Putin-Teil", ["*putin*"]),
      ("Kreml", nil),
    ]
    // 3,000 globs that never match: they must cost little and change nothing.
    for i in 0..<3_000 { entries.append(("Leer \(i)", ["zq\(i)x*"])) }
    let probe = try PipelineProbe(modules: [PipelineProbe.module(entries: entries)])
    #expect(
      probe.matched(
        "Der Diktatoren-Freund und der Angriffskrieg, Putinversteher im Kreml, Kim Jong Un.")
        == [
          "Diktatoren-Freund/author", "Angriffskrieg/author", "Putinversteher/author",
          "Kreml/author",
        ])
  }
}
