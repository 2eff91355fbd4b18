/// An entry as it is written in a module file: what `lexicon add` and `lexicon import` write.
public struct EntryDraft: Sendable, Hashable {
  public var term: String
  /// The patterns as written; empty means the default, `[term]`.
  public var patterns: [String]
  public var note: String
  public var namesTarget: Bool
  /// In a shared inventory: the ids of the actors the entry is limited to; empty for all.
  public var actors: [String]
  /// Phrases in which the term means something else (`except:` in a module file).
  public var exceptions: [String]

  public init(
    term: String, patterns: [String] = [], note: String, namesTarget: Bool = false,
    actors: [String] = [], exceptions: [String] = []
  ) {
    self.term = term
    self.patterns = patterns == [term] ? [] : patterns
    self.note = note
    self.namesTarget = namesTarget
    self.actors = actors
    self.exceptions = exceptions
  }

  /// The draft of an entry as a module holds it.
  public init(_ entry: LexiconEntry) {
    self.init(
      term: entry.term, patterns: entry.patterns.map(\.source), note: entry.note,
      namesTarget: entry.namesTarget, actors: entry.actors.ids,
      exceptions: entry.exceptions.map(\.source))
  }

  /// The patterns that match: the written ones, or the term itself.
  public var effectivePatterns: [String] { patterns.isEmpty ? [term] : patterns }
}

/// A category as written in a module file, for a category that an import adds.
public struct CategoryDraft: Sendable, Hashable {
  public var id: String
  public var label: String
  public var weight: Double
  public var description: String
  public var entries: [EntryDraft]

  public init(
    id: String, label: String, weight: Double, description: String = "", entries: [EntryDraft]
  ) {
    self.id = id
    self.label = label
    self.weight = weight
    self.description = description
    self.entries = entries
  }
}

/// One edit of a module file. Terms are compared folded, as the parser compares them.
public enum LexiconChange: Sendable, Hashable {
  /// Adds an entry at the end of a category.
  case add(EntryDraft, category: String)
  /// Removes an entry and the comment lines directly above it.
  case remove(term: String)
  /// Rewrites an entry in place (its leading comments stay).
  case replace(term: String, with: EntryDraft)
  /// Sets a category's label and weight.
  case updateCategory(id: String, label: String, weight: Double)
  /// Adds a category, with its entries, after the last one.
  case addCategory(CategoryDraft)
}
