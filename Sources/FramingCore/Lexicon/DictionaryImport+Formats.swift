import Foundation
import Yams

extension DictionaryImport {
  /// Reads a LIWC dictionary: a category header between two `%` lines (`1<TAB>posemo`), then one
  /// word per line followed by its category numbers; a trailing `*` matches any ending.
  ///
  /// LIWC 2015's conditional entries (`like<TAB>(02 134)53/...`) and words without letters are
  /// listed in `problems`, as are unknown category numbers.
  public static func liwc(_ text: String, file: String) -> DictionaryImport {
    var result = DictionaryImport(source: file, kind: "LIWC dictionary")
    var lines = text.components(separatedBy: "\n").map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : $0
    }
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
    var byNumber: [String: Int] = [:]
    var section = 0
    var seen: [String: String] = [:]
    for (index, raw) in lines.enumerated() {
      let line = index + 1
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      if trimmed == "%" {
        section += 1
        continue
      }
      let fields = raw.split(separator: "\t", omittingEmptySubsequences: true).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if section == 1 {
        guard fields.count >= 2, Int(fields[0]) != nil else {
          result.skip(line, "category line '\(trimmed)' is not NUMBER<TAB>NAME")
          continue
        }
        byNumber[fields[0]] = result.categories.count
        result.categories.append(Category(id: identifier(fields[1]), label: fields[1]))
        continue
      }
      guard section >= 2 else {
        result.skip(line, "text before the '%' category header")
        continue
      }
      guard fields.count >= 2 else {
        result.skip(line, "'\(trimmed)' has no category number")
        continue
      }
      let word = fields[0]
      let numbers = fields.dropFirst().joined(separator: " ")
      if numbers.contains("(") || numbers.contains("/") {
        result.skip(
          line, "'\(word)': conditional LIWC entry '\(numbers)' (depends on the words around it)")
        continue
      }
      for number in fields.dropFirst().flatMap({ $0.split(separator: " ").map(String.init) }) {
        guard let c = byNumber[number] else {
          result.skip(line, "'\(word)': unknown category number '\(number)'")
          continue
        }
        result.add(word, to: c, line: line, seen: &seen)
      }
    }
    result.categories.removeAll { $0.terms.isEmpty }
    return result
  }

  /// Reads a quanteda dictionary in YAML: keys are categories, values lists of glob patterns;
  /// nested keys become categories named by their path (`economy-tax`).
  public static func quanteda(_ text: String, file: String) throws(LexiconLoadFailure)
    -> DictionaryImport
  {
    var result = DictionaryImport(source: file, kind: "quanteda dictionary")
    let root: Node?
    do { root = try Yams.compose(yaml: text) } catch {
      throw LexiconLoadFailure(errors: [
        LexiconError(.yamlSyntax(problem: "\(error)"), at: SourceLocation(file: file, line: 1))
      ])
    }
    guard let root, case .mapping(let top) = root else {
      throw LexiconLoadFailure(errors: [
        LexiconError(
          .wrongType(field: "the dictionary", expected: "a mapping of categories to lists"),
          at: SourceLocation(file: file, line: 1, column: 1))
      ])
    }
    var seen: [String: String] = [:]
    func walk(_ map: Node.Mapping, path: [String]) {
      for (key, value) in map {
        let name = key.string ?? ""
        let here = path + [name]
        let line = key.mark?.line ?? 0
        let items: [Node]
        switch value {
        case .mapping(let nested):
          walk(nested, path: here)
          continue
        case .sequence(let list): items = Array(list)
        case .scalar: items = [value]
        case .alias:
          result.skip(line, "'\(name)': YAML aliases are not read")
          continue
        }
        // A list of words, or one word, is a category named by its key path.
        let c = result.categories.count
        result.categories.append(
          Category(
            id: here.map(identifier).joined(separator: "-"), label: here.joined(separator: " > ")))
        for item in items {
          guard let word = item.string, case .scalar = item else {
            result.skip(item.mark?.line ?? line, "a value in '\(name)' that is not a word")
            continue
          }
          result.add(word, to: c, line: item.mark?.line ?? line, seen: &seen)
        }
      }
    }
    walk(top, path: [])
    result.categories.removeAll { $0.terms.isEmpty }
    return result
  }

  /// The dictionary as a module file (format 1). Categories keep the dictionary's order; a
  /// category's weight is `weights[id]` or 0; the scale spans -1…1 or the weights given.
  public func moduleText(
    id: String, title: String, language: String, weights: [String: Double]
  ) -> String {
    let low = min(-1, weights.values.min() ?? 0)
    let high = max(1, weights.values.max() ?? 0)
    var out = [
      "# Imported by `framing lexicon import` from the \(kind) \(source).",
      "# Set each category's weight (and the scale) before reading stance indices: the",
      "# dictionary has no stance, so weights without --weight are 0.",
      "format: 1",
      "kind: module",
      "id: \(YAMLScalar.block(id))",
      "title: \(YAMLScalar.block(title))",
      "language: \(YAMLScalar.block(language))",
      "version: 0.1.0",
      "description: "
        + YAMLScalar.block(
          "Imported from the \(kind) \(source): \(categories.count) categories, \(termCount) terms."
        ),
      "scale:",
      "  min: \(LexiconError.format(low))",
      "  max: \(LexiconError.format(high))",
      "  negative: " + YAMLScalar.block("negative stance (set by the researcher)"),
      "  positive: " + YAMLScalar.block("positive stance (set by the researcher)"),
      "categories:",
    ]
    for category in categories {
      out += [
        "  - id: \(YAMLScalar.block(category.id))",
        "    label: \(YAMLScalar.block(category.label))",
        "    weight: \(LexiconError.format(weights[category.id] ?? 0))",
        "    entries:",
      ]
      for term in category.terms {
        out += [
          "      - term: \(YAMLScalar.block(term.term))",
          "        patterns: \(YAMLScalar.list([term.pattern]))",
          "        note: "
            + YAMLScalar.block("From \(source), category \(category.label), line \(term.line)."),
        ]
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
