import FramingCore

extension LexiconCoverage {
  /// `coverage.csv`: one row per entry and outlet, zeros included, in lexicon and outlet order.
  public func countsTable(_ lexicon: Lexicon) -> CSVTable {
    var table = CSVTable(
      name: "coverage.csv",
      description: "Matches of every lexicon entry per outlet, by voice and by status.",
      columns: [
        .init("module", .string, "Module id."),
        .init("category", .string, "Category id."),
        .init("entry", .string, "The entry's term."),
        .init("outlet", .string, "Outlet."),
        .init("author", .integer, "Matches in the outlet's own words."),
        .init("quote", .integer, "Matches inside quotations."),
        .init("reported", .integer, "Matches in reported (indirect) speech."),
        .init("total", .integer, "All matches of the entry in the outlet (any voice, any status)."),
        .init(
          "counted", .integer,
          "Matches the scores count: plain uses (for the target in actor modules)."),
        .init(
          "distanced", .integer,
          "Matches used with a distancing marker or in scare quotes: counted apart."),
        .init(
          "not_target", .integer,
          "Labels of an actor module about someone else, several people or no one known: not in the module's scores."
        ),
      ])
    for key in Self.entries(of: lexicon) {
      let (module, category, entry) = Self.names(key, lexicon)
      for outlet in outlets {
        let c = counts[key]?[outlet] ?? VoiceCounts()
        table.append([
          module, category, entry, outlet, String(c.author), String(c.quote), String(c.reported),
          String(c.total), String(count(key, .counted, outlet: outlet)),
          String(count(key, .distanced, outlet: outlet)),
          String(count(key, .notTarget, outlet: outlet)),
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

  /// What `lexicon coverage` prints: each module's entries (only `module`'s when given) with
  /// their matches by voice and the outlets using them, the entries that never match, and the
  /// overlapping entries.
  public func terminalReport(_ lexicon: Lexicon, module: String?) -> String {
    var out = ""
    var never: [String] = []
    for (m, lexiconModule) in lexicon.modules.enumerated()
    where module == nil || lexiconModule.id == module {
      var table = TerminalTable(
        columns: [
          "category", "entry", "counted", "distanced", "not-target", "author", "quote", "reported",
          "outlets",
        ],
        alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .left])
      for key in Self.entries(of: lexicon) where key.module == m {
        let total = self.total(key)
        let names = lexiconModule.categories[key.category]
        let term = names.entries[key.entry].term
        if total.total == 0 { never.append("\(lexiconModule.id)/\(term)") }
        let using = outlets.filter { (counts[key]?[$0]?.total ?? 0) > 0 }
        table.append([
          names.id, term, String(count(key, .counted)), String(count(key, .distanced)),
          String(count(key, .notTarget)), String(total.author), String(total.quote),
          String(total.reported), "\(using.count)/\(outlets.count)",
        ])
      }
      out += "\(lexiconModule.id)\n" + table.render() + "\n"
    }
    out += "never matched (\(never.count)): " + never.joined(separator: ", ") + "\n"
    let overlaps = self.overlaps.filter {
      module == nil || lexicon.modules[$0.entry.module].id == module
        || lexicon.modules[$0.other.module].id == module
    }
    out += "overlapping entries (\(overlaps.count)):\n"
    for o in overlaps {
      let a = lexicon.modules[o.entry.module]
      let b = lexicon.modules[o.other.module]
      let termA = a.categories[o.entry.category].entries[o.entry.entry].term
      let termB = b.categories[o.other.category].entries[o.other.entry].term
      let scope = a.id == b.id ? "same module" : "two modules"
      let how =
        o.kind == .term
        ? "the pattern of \(b.id)/\(termB) matches the term \(a.id)/\(termA)"
        : "\(a.id)/\(termA) and \(b.id)/\(termB) match the same words \(o.count)× (\(o.example))"
      out += "  \(scope): \(how)\n"
    }
    return out
  }

  static func names(_ key: EntryKey, _ lexicon: Lexicon) -> (
    module: String, category: String, entry: String
  ) {
    let module = lexicon.modules[key.module]
    let category = module.categories[key.category]
    return (module.id, category.id, category.entries[key.entry].term)
  }
}
