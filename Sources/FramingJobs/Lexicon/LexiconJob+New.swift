import Foundation
import FramingCore

extension LexiconJob {
  /// `lexicon new ID`: a module file to fill in, valid as it is: three empty categories
  /// (negative, neutral, positive on a −2…2 scale) and every required field with a `TODO` to
  /// replace. The file goes to `output`, else into `<lexicons>/<language>/` after the last
  /// numbered module (`80-ID.yaml` after `70-distancing.yaml`), else to `<lexicons>/ID.yaml`;
  /// an existing file is never overwritten. Returns the path written (or that would be, for a
  /// dry run) and the text.
  public func scaffold(
    id: String, title: String?, language: String, output: String?, isDryRun: Bool = false
  ) throws(JobFailure) -> (path: String, text: String) {
    let opened: LexiconFolder
    do { opened = try open() } catch { throw .lexicon(error) }
    let taken = Set(opened.lexicon.modules.map { $0.inventory ?? $0.id })
    if taken.contains(id) {
      throw .usage("error: module id '\(id)' exists in \(displayPath); choose another id")
    }
    let text = Self.scaffoldText(id: id, title: title ?? id, language: language)
    let path = output ?? defaultPath(id: id, language: language)
    do { _ = try LexiconParser.parse(text, file: path) } catch { throw .lexicon(error) }
    if FileManager.default.fileExists(atPath: path) {
      throw .file(path, "exists; choose another --output")
    }
    if !isDryRun { try JobOutput.write(text, to: path) }
    return (path, text)
  }

  /// `<lexicons>/<language>/NN-ID.yaml` with NN ten above the highest number prefix there.
  func defaultPath(id: String, language: String) -> String {
    let folder = directory.appendingPathComponent(language)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return "\(displayPath)/\(id).yaml"
    }
    let numbers = names.compactMap { name -> Int? in
      guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
      return Int(name.prefix { $0.isASCII && $0.isNumber })
    }
    let next = (numbers.max() ?? 0) / 10 * 10 + 10
    return "\(displayPath)/\(language)/\(next)-\(id).yaml"
  }

  static func scaffoldText(id: String, title: String, language: String) -> String {
    let quotedTitle = "\"" + title.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    return """
      # A lexicon module made by `framing lexicon new \(id)`. Replace every TODO, then add
      # entries with `framing lexicon add \(id) CATEGORY TERM --note "..."` or in this file
      # (format and pattern language: lexicons/README.md); `framing lexicon validate` checks it.
      format: 1
      kind: module
      id: \(id)
      title: \(quotedTitle)
      language: \(language)
      version: 0.1.0
      description: >
        TODO: what the dimension measures, and how to read its stance index.
      scale:                         # weights are a few steps of stance, within -100 ... 100
        min: -2
        max: 2
        negative: "TODO: what the negative pole means"
        positive: "TODO: what the positive pole means"
      # target:                      # optional: the actor the module is about
      #   name: Kim Jong Un
      #   patterns: ["=Kim Jong Un", "=Kim"]
      categories:
        - id: negative
          label: Negativ
          weight: -2
          description: "TODO: terms toward the negative pole."
          entries: []
        - id: neutral
          label: Neutral
          weight: 0
          description: "TODO: neutral terms (they count toward the stance index as 0)."
          entries: []
        - id: positive
          label: Positiv
          weight: 2
          description: "TODO: terms toward the positive pole."
          entries: []

      """
  }
}
