import Foundation
import FramingTestSupport
import Testing

@testable import FramingCore

/// The actor registry (`kind: actors`) and shared inventories (`actors:`), as the loader reads
/// and expands them.
@Suite struct ActorRegistryTests {
  static let registry = """
    format: 1
    kind: actors
    id: actors
    title: A
    actors:
      - id: kim-jong-un
        name: Kim Jong Un
        wikidata: Q56226
        gender: male
        names: ["=Kim"]
        others: ["=Kim Yo Jong"]
        offices: [{title: Vorsitzender, terms: [Vorsitzender], from: "2016"}]
      - id: wladimir-putin
        name: Wladimir Putin
        names: ["=Putin"]
    """
  static func inventory(entryActors: String = "[wladimir-putin]") -> String {
    """
    format: 1
    kind: module
    id: labels
    title: Labels for {actor}
    language: de
    version: 1.0.0
    description: Labels for {actor}.
    scale: {min: -2, max: 2, negative: a, positive: b}
    actors: all
    categories:
      - id: c
        label: C
        weight: -1
        entries:
          - {term: Diktator, note: n}
          - {term: Kremlchef, note: n, names_target: true, actors: \(entryActors)}
    """
  }

  func load(_ files: [String: String]) throws -> Lexicon {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "registry-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try LexiconLoader.load(directory: folder, displayPath: "lex")
  }

  @Test func anInventoryBecomesOneModulePerActor() throws {
    let lexicon = try load(["00-actors.yaml": Self.registry, "10-labels.yaml": Self.inventory()])
    #expect(lexicon.modules.map(\.id) == ["kim-jong-un-labels", "wladimir-putin-labels"])
    #expect(
      lexicon.modules.map(\.title) == ["Labels for Kim Jong Un", "Labels for Wladimir Putin"])
    #expect(lexicon.modules[0].entries.map(\.term) == ["Diktator"])
    #expect(lexicon.modules[1].entries.map(\.term) == ["Diktator", "Kremlchef"])
    #expect(lexicon.modules[0].target?.actorID == "kim-jong-un")
    #expect(lexicon.modules[0].target?.officeTerms == ["vorsitzender"])
    #expect(lexicon.modules[0].target?.others.map(\.source) == ["=Kim Yo Jong"])
    #expect(lexicon.editableModules.map(\.id) == ["labels"])
  }

  @Test func anUnknownActorIsAnErrorWithItsPlace() throws {
    #expect {
      _ = try load([
        "00-actors.yaml": Self.registry,
        "10-labels.yaml": Self.inventory(entryActors: "[wladimir-putn]"),
      ])
    } throws: { error in
      "\(error)".contains(
        "lex/10-labels.yaml:16:") && "\(error)".contains("did you mean 'wladimir-putin'")
    }
  }

  @Test func anInventoryWithoutARegistryIsAnError() throws {
    #expect {
      _ = try load(["10-labels.yaml": Self.inventory()])
    } throws: { error in
      "\(error)".contains("needs an actor registry")
    }
  }

  @Test func entryActorsOnlyInAnInventoryAndBadRegistryValuesAreErrors() throws {
    let module = Self.inventory().replacingOccurrences(of: "actors: all\n", with: "")
    #expect {
      _ = try LexiconParser.parse(module, file: "m.yaml")
    } throws: { error in
      "\(error)".contains("entry actors only in a shared inventory")
    }
    let bad = Self.registry.replacingOccurrences(of: "Q56226", with: "56226")
      .replacingOccurrences(of: "gender: male", with: "gender: m")
    #expect {
      _ = try LexiconParser.parse(bad, file: "a.yaml")
    } throws: { error in
      "\(error)".contains("a.yaml:8:") && "\(error)".contains("a.yaml:9:")
    }
  }
}
