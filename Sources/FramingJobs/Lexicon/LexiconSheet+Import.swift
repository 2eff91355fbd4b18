import FramingCore
import FramingReports

extension LexiconSheet {
  /// How an import treats entries of a module that the sheet does not list.
  public enum ImportMode: String, Sendable, CaseIterable {
    /// Adds and updates; never removes (for suggestions and partial sheets).
    case merge
    /// The sheet is the module's whole entry list: entries it lacks are removed.
    case replace
  }

  /// What an import does to one module.
  public struct ModulePlan: Sendable {
    public var module: String
    public var changes: [LexiconChange]
    public var added = 0
    public var updated = 0
    public var moved = 0
    public var removed = 0
    public var unchanged = 0
    public var categoriesAdded = 0
    public var categoriesUpdated = 0

    public var summary: String {
      "\(module): \(added) added, \(updated) updated, \(moved) moved, \(removed) removed, "
        + "\(unchanged) unchanged; \(categoriesAdded) categor\(categoriesAdded == 1 ? "y" : "ies") added, "
        + "\(categoriesUpdated) updated"
    }
  }

  /// The changes that make the folder's modules say what the sheet says, per module in sheet
  /// order. A row may change an existing category's label or weight only in `replace` mode,
  /// so that a suggestion moved to an existing category never changes that category. Checks every row against the lexicon first (unknown module, duplicate term, a new
  /// category without label or weight, a weight outside the scale) and reports every problem
  /// with its line.
  public static func plan(
    _ sheet: Sheet, lexicon: Lexicon, mode: ImportMode, file: String
  ) throws(DiagnosticFailure) -> [ModulePlan] {
    // The problems the lexicon parser also finds are its `LexiconError` reasons, so that both
    // say the same thing the same way.
    var problems: [LexiconError] = []
    func here(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }
    func fail(_ row: Row, _ reason: LexiconError.Reason) {
      problems.append(LexiconError(reason, at: here(row.line)))
    }
    var order: [String] = []
    var byModule: [String: [Row]] = [:]
    for row in sheet.rows {
      if byModule[row.module] == nil { order.append(row.module) }
      byModule[row.module, default: []].append(row)
    }
    var plans: [ModulePlan] = []
    for id in order {
      guard let module = lexicon.editableModules.first(where: { $0.id == id }) else {
        for row in byModule[id] ?? [] {
          fail(row, .unknownModule(id: id, suggestion: nil))
        }
        continue
      }
      var plan = ModulePlan(module: id, changes: [])
      var current: [String: (category: String, draft: EntryDraft)] = [:]
      for category in module.categories {
        for entry in category.entries {
          current[Folding.fold(entry.term)] = (category.id, EntryDraft(entry))
        }
      }
      var seen: [String: Int] = [:]
      var newCategories: [String: CategoryDraft] = [:]
      var newCategoryOrder: [String] = []
      var categoryUpdates: [String: (label: String, weight: Double, line: Int)] = [:]
      for var row in byModule[id] ?? [] {
        let key = Folding.fold(row.draft.term)
        // A sheet without an `actors` column keeps what the file says.
        if !row.hasActors, let old = current[key] { row.draft.actors = old.draft.actors }
        if !row.hasExceptions, let old = current[key] {
          row.draft.exceptions = old.draft.exceptions
        }
        if let first = seen[key] {
          fail(row, .duplicateTerm(term: row.draft.term, firstSeen: here(first)))
          continue
        }
        seen[key] = row.line
        if let weight = row.weight, weight < module.scale.min || weight > module.scale.max {
          fail(
            row, .weightOutsideScale(weight: weight, min: module.scale.min, max: module.scale.max))
          continue
        }
        if let category = module.categories.first(where: { $0.id == row.category }) {
          let label = row.categoryLabel.isEmpty ? category.label : row.categoryLabel
          let weight = row.weight ?? category.weight
          if label != category.label || weight != category.weight {
            guard mode == .replace else {
              fail(
                row,
                .categoryChangeNeedsReplace(
                  id: category.id, label: category.label, weight: category.weight,
                  rowLabel: label, rowWeight: weight))
              continue
            }
            if let other = categoryUpdates[category.id],
              other.label != label || other.weight != weight
            {
              fail(row, .conflictingCategoryChange(id: category.id, firstSeen: here(other.line)))
              continue
            }
            categoryUpdates[category.id] = (label, weight, row.line)
          }
        } else {
          // A category the module does not have: the entry goes into it when it is added.
          if var draft = newCategories[row.category] {
            draft.entries.append(row.draft)
            newCategories[row.category] = draft
          } else {
            guard !row.categoryLabel.isEmpty, let weight = row.weight else {
              fail(row, .incompleteNewCategory(id: row.category, module: id))
              continue
            }
            newCategories[row.category] = CategoryDraft(
              id: row.category, label: row.categoryLabel, weight: weight, entries: [row.draft])
            newCategoryOrder.append(row.category)
          }
          if let old = current[key] {
            plan.changes.append(.remove(term: old.draft.term))
            plan.moved += 1
          } else {
            plan.added += 1
          }
          continue
        }
        switch current[key] {
        case nil:
          plan.changes.append(.add(row.draft, category: row.category))
          plan.added += 1
        case (let category, let draft)? where category == row.category:
          if draft == row.draft {
            plan.unchanged += 1
          } else {
            plan.changes.append(.replace(term: draft.term, with: row.draft))
            plan.updated += 1
          }
        case (_, let draft)?:
          plan.changes.append(.remove(term: draft.term))
          plan.changes.append(.add(row.draft, category: row.category))
          plan.moved += 1
        }
      }
      for category in module.categories {
        if let update = categoryUpdates[category.id] {
          plan.changes.append(
            .updateCategory(id: category.id, label: update.label, weight: update.weight))
          plan.categoriesUpdated += 1
        }
      }
      for category in newCategoryOrder {
        if let draft = newCategories[category] { plan.changes.append(.addCategory(draft)) }
        plan.categoriesAdded += 1
      }
      if mode == .replace {
        for entry in module.entries where seen[Folding.fold(entry.term)] == nil {
          plan.changes.append(.remove(term: entry.term))
          plan.removed += 1
        }
      }
      plans.append(plan)
    }
    if !problems.isEmpty {
      throw DiagnosticFailure(
        problems.sorted { $0.location.line < $1.location.line }.map(\.diagnostic))
    }
    return plans
  }
}
