import Foundation
import FramingJobs
import FramingTestSupport
import Testing

@testable import FramingReports

/// Bidirectional and other invisible controls never reach an output raw, and no cell grows with
/// the length of one word (issue 22).
@Suite struct VisibleTextTests {
  @Test(arguments: [
    ("Nord\u{202E}reiruK", "Nord⟨U+202E⟩reiruK"),
    ("a\u{2066}b\u{2069}c", "a⟨U+2066⟩b⟨U+2069⟩c"),
    ("\u{200F}\u{061C}x\u{FEFF}", "⟨U+200F⟩⟨U+061C⟩x⟨U+FEFF⟩"),
    ("bell\u{07}", "bell⟨U+0007⟩"),
    ("Zeile\tmit\nUmbruch", "Zeile\tmit\nUmbruch"),
    ("Kölner Stadt-Anzeiger", "Kölner Stadt-Anzeiger"),
  ])
  func showsInvisibleControlsAsCodePoints(text: String, shown: String) {
    #expect(VisibleText.escaped(text) == shown)
  }

  @Test func everyWriterEscapesThem() {
    let name = "Kurier\u{202E}tsop"
    var table = CSVTable(
      name: "t.csv", description: "", columns: [CSVTable.Column("outlet", .string, "")])
    table.append([name])
    #expect(table.csv() == "outlet\r\nKurier⟨U+202E⟩tsop\r\n")
    #expect(SVGMap.escape(name) == "Kurier⟨U+202E⟩tsop")
  }

  @Test func cutsCellsAtTheLimit() {
    let word = String(repeating: "x", count: 1_000_000)
    let cut = VisibleText.cut(word)
    #expect(cut.count == 2_000)
    #expect(cut.hasSuffix("x…"))
    let left = VisibleText.cut("a" + word, keepsEnd: true)
    #expect(left.count == 2_000)
    #expect(left.hasPrefix("…x"))
    #expect(VisibleText.cut("kurz") == "kurz")
  }

  @Test func aReportOfABidiOutletAndAHugeWordHasNeitherRawNorHuge() throws {
    let huge = String(repeating: "x", count: 100_000)
    let corpus = try Fixtures.makeFolder([
      "manifest.csv": Data(
        "file,outlet,date,title\na.txt,Kurier\u{202E}tsoP,2024-06-19,T\u{2067}itel\n".utf8),
      "a.txt": Data("Der Diktator reist mit \(huge) ab.".utf8),
    ])
    let files = try runFixture(corpus: corpus, corpusDisplay: "bidi") {
      $0.formats = [.markdown, .html]
    }
    #expect(files.count > 10)
    for (name, text) in files {
      #expect(
        !text.unicodeScalars.contains {
          (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        },
        "\(name) holds a raw bidirectional control")
    }
    let matches = records(try #require(files["matches.csv"]))
    #expect(matches.map { $0["outlet"] } == ["Kurier⟨U+202E⟩tsoP"])
    // The 100,000-character word next to the match is cut in the evidence passage.
    for (name, text) in files {
      let longest = text.split(separator: "\n").map(\.count).max() ?? 0
      #expect(longest < 2_500, "\(name) has a line of \(longest) characters")
    }
  }
}
