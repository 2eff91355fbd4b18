import ArgumentParser
import FramingCore
import FramingReports

struct LexiconCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "List, check, edit, exchange and extend the lexicon modules.",
    discussion: """
      Edits (add, remove, import) keep the module file's comments and order, refuse a term the \
      module already has (naming where), and replace the file atomically only after the new text \
      has been validated; a hidden backup (.FILE.bak) exists while the file is replaced.
      """,
    subcommands: [
      ListModules.self, Show.self, Validate.self, New.self, Add.self, Remove.self, Export.self,
      Import.self, Coverage.self, Suggest.self,
    ])
}

extension LexiconCommand {
  struct ListModules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the modules: id, file, categories and entries.")

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    func run() throws {
      let lexicon = folder.open().lexicon
      var table = TerminalTable(columns: ["id", "title", "categories", "entries", "target", "file"])
      for module in lexicon.modules {
        table.append([
          module.id, module.title, String(module.categories.count), String(module.entries.count),
          module.target?.name ?? "", module.file,
        ])
      }
      print(table.render(), terminator: "")
      let rules = lexicon.boilerplate.rules.count
      print(
        "\(lexicon.modules.count) modules; \(rules) boilerplate rules (\(lexicon.boilerplate.id))")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a module: its scale, target, categories and entries with their patterns.")

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    @Argument(help: "Module id.")
    var module: String

    func run() throws {
      let module: LexiconModule
      do { module = try folder.job.module(self.module) } catch { fail(error) }
      print("\(module.id): \(module.title) (version \(module.version), \(module.file))")
      print(
        "scale \(LexiconError.format(module.scale.min))…\(LexiconError.format(module.scale.max)): "
          + "\(module.scale.negative) … \(module.scale.positive)"
      )
      if let target = module.target {
        print("target \(target.name): " + target.patterns.map(\.source).joined(separator: ", "))
      }
      for category in module.categories {
        print(
          "\n\(category.id) (\(category.label), weight \(LexiconError.format(category.weight)))")
        var table = TerminalTable(columns: ["term", "patterns", "at", "note"])
        for entry in category.entries {
          table.append([
            entry.term + (entry.namesTarget ? " (names target)" : ""),
            entry.patterns.map(\.source).joined(separator: " | "),
            "\(entry.location.line)", entry.note,
          ])
        }
        print(table.render(maxWidth: 60), terminator: "")
      }
    }
  }

  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Check every lexicon file; errors name file, line and column. Exit 1 on errors. Warns when a label reaches one actor and not another."
    )

    @OptionGroup var folder: LexiconFolderOption<NoNotes>

    func run() throws {
      let lexicon = folder.open().lexicon
      let entries = lexicon.modules.reduce(0) { $0 + $1.entries.count }
      let gaps = LabelGaps.find(in: lexicon)
      printWarnings(gaps)
      print(
        "\(folder.display): \(lexicon.files.count) files valid: \(lexicon.modules.count) modules, "
          + "\(entries) entries, \(lexicon.boilerplate.rules.count) boilerplate rules"
          + (gaps.isEmpty
            ? ""
            : "; \(gaps.count) label\(gaps.count == 1 ? "" : "s") reach one actor and not another"))
    }
  }
}
