import Foundation

extension LexiconFile {
  /// The file with `changes` applied, validated by parsing the new text.
  ///
  /// Lines that no change touches stay byte-identical: comments, blank lines and the order of
  /// everything else survive. A new entry goes after the last entry of its category, a new
  /// category after the last category.
  /// - Throws: an unknown category or term, a term the module already has (naming where), two
  ///   changes of one entry, or any error of the edited text as the parser reports it.
  public func applying(_ changes: [LexiconChange]) throws(LexiconLoadFailure) -> LexiconFile {
    var problems: [LexiconError] = []
    let here = SourceLocation(file: displayPath)
    func fail(_ reason: LexiconError.Reason) { problems.append(LexiconError(reason, at: here)) }
    let categoryIDs = places.categories.map(\.id)
    var newCategories = Set<String>()
    var touched = Set<String>()
    var added: [String: SourceLocation] = [:]
    var removedCount: [Int: Int] = [:]
    var addedTo = Set<Int>()
    var edits: [Edit] = []

    for change in changes {
      switch change {
      case .addCategory(let draft):
        if categoryIDs.contains(draft.id) || !newCategories.insert(draft.id).inserted {
          fail(
            .duplicateID(
              kind: "category", id: draft.id,
              firstSeen: categoryLocation(draft.id) ?? here))
          continue
        }
        edits.append(addCategoryEdit(draft))
        for entry in draft.entries { checkNew(entry.term) }
      case .add(let draft, let category):
        checkNew(draft.term)
        if let c = categoryIDs.firstIndex(of: category) {
          addedTo.insert(c)
          edits += addEntryEdits(draft, category: c)
        } else {
          fail(
            .unknownCategory(
              id: category, suggestion: Suggestions.closest(to: category, in: categoryIDs)))
        }
      case .remove(let term):
        guard let (c, e) = existing(term) else { continue }
        removedCount[c, default: 0] += 1
        let item = places.categories[c].entries[e].item
        var start = item.start
        while start > 0, Self.isComment(lines[start - 1]),
          Self.indent(lines[start - 1]) == item.indent
        {
          start -= 1
        }
        edits.append(.replace(start..<item.end, lines: []))
      case .replace(let term, let draft):
        guard let (c, e) = existing(term) else { continue }
        if Folding.fold(draft.term) != Folding.fold(term) { checkNew(draft.term) }
        let item = places.categories[c].entries[e].item
        edits.append(.replace(item.start..<item.end, lines: render(draft, indent: item.indent)))
      case .updateCategory(let id, let label, let weight):
        guard let c = categoryIDs.firstIndex(of: id) else {
          fail(.unknownCategory(id: id, suggestion: Suggestions.closest(to: id, in: categoryIDs)))
          continue
        }
        edits += updateCategoryEdits(c, label: label, weight: weight)
      }
    }
    // A category whose every entry goes keeps an empty list.
    for (c, count) in removedCount
    where count == places.categories[c].entries.count && !addedTo.contains(c) {
      let category = places.categories[c]
      edits.append(
        .replace(
          category.entriesLine..<category.entriesLine + 1,
          lines: [String(repeating: " ", count: category.entriesIndent) + "entries: []"]))
    }
    if !problems.isEmpty { throw LexiconLoadFailure(errors: problems) }

    var result = lines
    for edit in Self.ordered(edits) {
      switch edit {
      case .insert(let at, let new): result.insert(contentsOf: new, at: at)
      case .replace(let range, let new): result.replaceSubrange(range, with: new)
      }
    }
    let text = result.map { $0 + newline }.joined()
    guard case .module(let edited) = try LexiconParser.parse(text, file: displayPath) else {
      throw LexiconLoadFailure(errors: [
        LexiconError(.unknownKind(found: "boilerplate"), at: here)
      ])
    }
    return try LexiconFile(text: text, module: edited, url: url, displayPath: displayPath)

    func existing(_ term: String) -> (Int, Int)? {
      let key = Folding.fold(term.precomposedStringWithCanonicalMapping)
      guard let place = entryPlace(term) else {
        let terms = module.entries.map(\.term)
        fail(.unknownTerm(term: term, suggestion: Suggestions.closest(to: term, in: terms)))
        return nil
      }
      if !touched.insert(key).inserted {
        fail(
          .invalidValue(
            field: "changes", text: term, expected: "at most one change per entry in one edit"))
        return nil
      }
      return place
    }

    func checkNew(_ term: String) {
      let key = Folding.fold(term.precomposedStringWithCanonicalMapping)
      let removed = changes.contains {
        if case .remove(let other) = $0 { return Folding.fold(other) == key }
        return false
      }
      if let first = location(ofTerm: term), !removed {
        fail(.duplicateTerm(term: term, firstSeen: first))
      } else if let first = added[key] {
        fail(.duplicateTerm(term: term, firstSeen: first))
      } else {
        added[key] = here
      }
    }
  }

  enum Edit {
    case insert(at: Int, lines: [String])
    case replace(Range<Int>, lines: [String])

    var start: Int {
      switch self {
      case .insert(let at, _): at
      case .replace(let range, _): range.lowerBound
      }
    }
  }

  /// Edits from the bottom of the file up, so that each one's line numbers still hold; at one
  /// line a replacement goes before an insertion, and insertions keep their order.
  static func ordered(_ edits: [Edit]) -> [Edit] {
    var merged: [Edit] = []
    var insertions: [Int: [String]] = [:]
    var insertionOrder: [Int] = []
    for edit in edits {
      if case .insert(let at, let lines) = edit {
        if insertions[at] == nil { insertionOrder.append(at) }
        insertions[at, default: []] += lines
      } else {
        merged.append(edit)
      }
    }
    merged += insertionOrder.map { Edit.insert(at: $0, lines: insertions[$0] ?? []) }
    return merged.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.start != y.start { return x.start > y.start }
      if case .replace = x, case .insert = y { return true }
      if case .insert = x, case .replace = y { return false }
      return a.offset < b.offset
    }.map(\.element)
  }

  var categoryIndent: Int {
    places.categories.first?.item.indent ?? places.categoriesIndent + 2
  }

  func categoryLocation(_ id: String) -> SourceLocation? {
    places.categories.first { $0.id == id }.map {
      SourceLocation(file: displayPath, line: $0.item.start + 1, column: $0.item.indent + 1)
    }
  }

  func addEntryEdits(_ draft: EntryDraft, category c: Int) -> [Edit] {
    let category = places.categories[c]
    if let last = category.entries.last {
      return [.insert(at: last.item.end, lines: render(draft, indent: last.item.indent))]
    }
    let indent = category.entriesIndent + 2
    var edits: [Edit] = [
      .insert(at: category.entriesLine + 1, lines: render(draft, indent: indent))
    ]
    if category.isFlowEmpty {
      edits.append(
        .replace(
          category.entriesLine..<category.entriesLine + 1,
          lines: [String(repeating: " ", count: category.entriesIndent) + "entries:"]))
    }
    return edits
  }

  func addCategoryEdit(_ draft: CategoryDraft) -> Edit {
    let indent = categoryIndent
    let pad = String(repeating: " ", count: indent)
    var new = [
      pad + "- id: " + YAMLScalar.block(draft.id),
      pad + "  label: " + YAMLScalar.block(draft.label),
      pad + "  weight: " + LexiconError.format(draft.weight),
    ]
    if !draft.description.isEmpty {
      new.append(pad + "  description: " + YAMLScalar.block(draft.description))
    }
    new.append(pad + "  entries:" + (draft.entries.isEmpty ? " []" : ""))
    for entry in draft.entries { new += render(entry, indent: indent + 4) }
    if let last = places.categories.last { return .insert(at: last.item.end, lines: new) }
    // `categories: []` becomes a block list.
    return .insert(at: places.categoriesLine + 1, lines: new)
  }

  func updateCategoryEdits(_ c: Int, label: String, weight: Double) -> [Edit] {
    let item = places.categories[c].item
    var edits: [Edit] = []
    for i in item.start..<item.end {
      var line = Substring(lines[i])
      var column = 0
      while line.first == " " || line.first == "-" {
        line = line.dropFirst()
        column += 1
      }
      guard column == item.indent + 2 else { continue }
      let prefix = String(lines[i].prefix(column))
      if line.hasPrefix("label:") {
        edits.append(.replace(i..<i + 1, lines: [prefix + "label: " + YAMLScalar.block(label)]))
      } else if line.hasPrefix("weight:") {
        let rest = line.dropFirst("weight:".count).drop { $0 == " " }.drop { $0 != " " }
        let comment = rest.contains("#") ? String(rest) : ""
        edits.append(
          .replace(i..<i + 1, lines: [prefix + "weight: " + LexiconError.format(weight) + comment]))
      }
    }
    return edits
  }

  /// An entry's lines, its `-` at `indent`; fields in the order the documentation shows.
  func render(_ draft: EntryDraft, indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    var out = [pad + "- term: " + YAMLScalar.block(draft.term)]
    if !draft.patterns.isEmpty {
      out.append(pad + "  patterns: " + YAMLScalar.list(draft.patterns))
    }
    if !draft.exceptions.isEmpty {
      out.append(pad + "  except: " + YAMLScalar.list(draft.exceptions))
    }
    if draft.namesTarget { out.append(pad + "  names_target: true") }
    if !draft.actors.isEmpty { out.append(pad + "  actors: " + YAMLScalar.list(draft.actors)) }
    out.append(pad + "  note: " + YAMLScalar.block(draft.note))
    return out
  }
}
