import Foundation
import FramingTestSupport
import Testing
import Yams

@testable import FramingCore

@Suite struct LexiconFileTests {
  static let text = """
    # A module written for these tests.
    format: 1
    id: test-labels
    title: Test labels
    language: de
    version: 1.0.0
    description: Labels.
    scale: {min: -2, max: 2, negative: bad, positive: good}
    categories:
      - id: harsh
        label: Hart
        weight: -2   # the harshest
        entries:
          # The plainest label.
          - term: Diktator
            patterns: [Diktator, "*diktator"]
            note: Plain.

          - term: Despot
            note: >
              Arbitrary rule,
              folded over two lines.
        # a comment closing the category
      - id: neutral
        label: Neutral
        weight: 0
        entries: []

    """

  func file(_ text: String = text) throws -> LexiconFile {
    let folder = try Fixtures.makeFolder(["test.yaml": Data(text.utf8)])
    return try LexiconFile.read(
      url: folder.appendingPathComponent("test.yaml"), displayPath: "lex/test.yaml")
  }

  /// Lines of `new` that are not in `old`, and lines of `old` missing from `new` (a line diff).
  func difference(_ old: String, _ new: String) -> (added: [String], removed: [String]) {
    let a = old.components(separatedBy: "\n")
    let b = new.components(separatedBy: "\n")
    let diff = b.difference(from: a)
    var added: [String] = []
    var removed: [String] = []
    for change in diff {
      switch change {
      case .insert(_, let line, _): added.append(line)
      case .remove(_, let line, _): removed.append(line)
      }
    }
    return (added, removed)
  }

  @Test func addingAnEntryChangesOnlyItsOwnLines() throws {
    let edited = try file().applying([
      .add(EntryDraft(term: "Tyrann", note: "Classical: condemnation."), category: "harsh")
    ])
    let (added, removed) = difference(Self.text, edited.text)
    #expect(removed.isEmpty)
    #expect(added == ["      - term: Tyrann", "        note: \"Classical: condemnation.\""])
    // After the last entry of its category (and its folded note), before the closing comment.
    let lines = edited.text.components(separatedBy: "\n")
    let at = try #require(lines.firstIndex(of: "      - term: Tyrann"))
    #expect(lines[at - 1] == "          folded over two lines.")
    #expect(lines[at + 2] == "    # a comment closing the category")
    #expect(edited.module.categories[0].entries.map(\.term) == ["Diktator", "Despot", "Tyrann"])
  }

  @Test func addingToAnEmptyFlowListMakesItABlockList() throws {
    let edited = try file().applying([
      .add(
        EntryDraft(term: "Staatschef", patterns: ["Staatschef", "=Staatschefs"], note: "Office."),
        category: "neutral")
    ])
    #expect(edited.text.contains("    entries:\n      - term: Staatschef\n"))
    #expect(edited.text.contains("        patterns: [Staatschef, \"=Staatschefs\"]\n"))
    #expect(edited.module.categories[1].entries.map(\.term) == ["Staatschef"])
    #expect(
      edited.module.categories[1].entries[0].patterns.map(\.source) == [
        "Staatschef", "=Staatschefs",
      ])
  }

  @Test func aDuplicateTermIsRefusedNamingTheFirst() throws {
    #expect {
      try file().applying([.add(EntryDraft(term: "DIKTATOR", note: "again"), category: "neutral")])
    } throws: { error in
      "\(error)"
        == "lex/test.yaml: error: duplicate term 'DIKTATOR' (first defined at lex/test.yaml:15:15)"
    }
  }

  @Test func anUnknownCategoryIsNamedWithTheClosestOne() throws {
    #expect {
      try file().applying([.add(EntryDraft(term: "Tyrann", note: "x"), category: "harhs")])
    } throws: { error in
      "\(error)"
        == "lex/test.yaml: error: no category 'harhs' in this module (did you mean 'harsh'?)"
    }
  }

  @Test func removingAnEntryTakesItsCommentAndKeepsTheRest() throws {
    let edited = try file().applying([.remove(term: "diktator")])
    let (added, removed) = difference(Self.text, edited.text)
    #expect(added.isEmpty)
    #expect(
      removed.sorted()
        == [
          "      # The plainest label.", "      - term: Diktator",
          "        patterns: [Diktator, \"*diktator\"]", "        note: Plain.",
        ].sorted())
    #expect(edited.module.entries.map(\.term) == ["Despot"])
  }

  @Test func removingTheLastEntryLeavesAnEmptyList() throws {
    let edited = try file().applying([.remove(term: "Diktator"), .remove(term: "Despot")])
    // The blank line that stood between the entries stays.
    #expect(edited.text.contains("    entries: []\n\n    # a comment closing the category\n"))
    #expect(edited.module.categories[0].entries.isEmpty)
  }

  @Test func replacingAndUpdatingACategoryKeepTheCommentOnTheWeight() throws {
    let edited = try file().applying([
      .replace(term: "Despot", with: EntryDraft(term: "Despot", note: "Cruel rule.")),
      .updateCategory(id: "harsh", label: "Sehr hart", weight: -1.5),
    ])
    #expect(edited.text.contains("    label: Sehr hart\n    weight: -1.5   # the harshest\n"))
    #expect(edited.module.categories[0].weight == -1.5)
    #expect(edited.module.categories[0].entries[1].note == "Cruel rule.")
    #expect(!edited.text.contains("folded over two lines"))
  }

  @Test func addingACategoryPutsItAfterTheLast() throws {
    let edited = try file().applying([
      .addCategory(
        CategoryDraft(
          id: "official", label: "Offiziell", weight: 1,
          entries: [EntryDraft(term: "Vorsitzender", note: "Title.")]))
    ])
    #expect(edited.module.categories.map(\.id) == ["harsh", "neutral", "official"])
    #expect(edited.text.hasSuffix("      - term: Vorsitzender\n        note: Title.\n"))
  }

  @Test func anEditThatBreaksTheModuleIsRefused() throws {
    // A weight outside the scale: the parser's error, nothing written.
    #expect {
      try file().applying([.updateCategory(id: "harsh", label: "Hart", weight: -3)])
    } throws: { error in
      "\(error)".contains("weight -3 is outside the module's scale -2...2")
    }
  }

  @Test func writeReplacesTheFileAndLeavesNoBackup() throws {
    let original = try file()
    let edited = try original.applying([.remove(term: "Despot")])
    try edited.write()
    let folder = original.url.deletingLastPathComponent()
    #expect(try String(contentsOf: original.url, encoding: .utf8) == edited.text)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["test.yaml"])
  }

  @Test func aBackupLeftByACrashStopsTheNextWrite() throws {
    let original = try file()
    let backup = LexiconFile.backupURL(of: original.url)
    try Data("old".utf8).write(to: backup)
    #expect(throws: LexiconLoadFailure.self) {
      try original.applying([.remove(term: "Despot")]).write()
    }
    #expect(try String(contentsOf: original.url, encoding: .utf8) == Self.text)
    #expect(backup.lastPathComponent == ".test.yaml.bak")
  }

  @Test func theBundledModulesSurviveAnAddAndRemoveByteForByte() throws {
    let lexicon = try Fixtures.defaultLexicon()
    for module in lexicon.editableModules {
      let relative = String(module.file.dropFirst("lexicons/".count))
      let url = Fixtures.lexicons.appendingPathComponent(relative)
      let file = try LexiconFile.read(url: url, displayPath: module.file)
      let category = try #require(module.categories.last)
      let added = try file.applying([
        .add(EntryDraft(term: "Testwort", note: "A test."), category: category.id)
      ])
      #expect(added.module.entries.count == module.entries.count + 1)
      let removed = try added.applying([.remove(term: "Testwort")])
      #expect(removed.text == file.text, "\(module.file)")
    }
  }

  @Test(arguments: [
    "Diktator", "Staats- und Parteichef", "=Kim", "*diktator", "a: b", "x #y", "true", "1.5",
    "\"zitiert\"", "„Führer“", "back\\slash", "[optional]", "Ende:", " leading",
  ])
  func scalarsReadBackUnchanged(text: String) throws {
    let block = try #require(try Yams.compose(yaml: "key: " + YAMLScalar.block(text)))
    #expect(block["key"]?.string == text)
    let flow = try #require(try Yams.compose(yaml: "key: " + YAMLScalar.list([text, "b"])))
    #expect(flow["key"]?.sequence?.first?.string == text)
  }
}
