import FramingCore

extension LexiconCoverage {
  /// `coverage.csv`: one row per entry and outlet, zeros included, in lexicon and outlet order.
  public func countsTable(_ lexicon: Lexicon) -> CSVTable {
    var table = CSVTable(
      name: "coverage.csv",
      description: "Matches of every lexicon entry per outlet and voice (any status).",
      columns: [
        .init("module", .string, "Module id."),
        .init("category", .string, "Category id."),
        .init("entry", .string, "The entry's term."),
        .init("outlet", .string, "Outlet."),
        .init("author", .integer, "Matches in the outlet's own words."),
        .init("quote", .integer, "Matches inside quotations."),
        .init("reported", .integer, "Matches in reported (indirect) speech."),
        .init("total", .integer, "All matches of the entry in the outlet."),
      ])
    for key in Self.entries(of: lexicon) {
      let (module, category, entry) = Self.names(key, lexicon)
      for outlet in outlets {
        let c = counts[key]?[outlet] ?? VoiceCounts()
        table.append([
          module, category, entry, outlet, String(c.author), String(c.quote), String(c.reported),
          String(c.total),
        ])
      }
    }
    return table
  }

  /// `overlaps.csv`: pairs of entries that match the same words.
  public func overlapsTable(_ lexicon: Lexicon) -> CSVTable {
    var table = CSVTable(
      name: "overlaps.csv", description: "Pairs of entries whose patterns match the same words.",
      columns: [
        .init("module", .string, "Module of the first entry."),
        .init("entry", .string, "The first entry's term."),
        .init("other_module", .string, "Module of the second entry."),
        .init("other_entry", .string, "The second entry's term."),
        .init(
          "kind", .string,
          "term: the second entry's pattern matches the first entry's term; text: both matched the same words of the corpus."
        ),
        .init("count", .integer, "Corpus places where both match (0 for kind term)."),
        .init("example", .string, "The term, or the first document and the words matched."),
      ])
    for overlap in overlaps {
      let a = Self.names(overlap.entry, lexicon)
      let b = Self.names(overlap.other, lexicon)
      table.append([
        a.module, a.entry, b.module, b.entry, overlap.kind.rawValue, String(overlap.count),
        overlap.example,
      ])
    }
    return table
  }

  static func names(_ key: EntryKey, _ lexicon: Lexicon) -> (
    module: String, category: String, entry: String
  ) {
    let module = lexicon.modules[key.module]
    let category = module.categories[key.category]
    return (module.id, category.id, category.entries[key.entry].term)
  }
}
