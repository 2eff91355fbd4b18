import Foundation
import FramingCore
import Mustache

/// The Mustache templates a report is rendered with: the built-in ones, each replaced by a file
/// `NAME.mustache` from a user's template folder when there is one (`--template DIR`).
///
/// Names: `overview.md`, `outlet.md` (one page per outlet), `header.md`, `table.md`
/// (partials), `report.html`, `table.html`. Any other `*.mustache` file in the folder is
/// available as a partial by its name. Markdown templates start with
/// `{{% CONTENT_TYPE: TEXT }}`: their fields are ready Markdown and must not be HTML-escaped.
public struct ReportTemplates: Sendable {
  public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var diagnostic: Diagnostic { Diagnostic(.error, location, message) }
    public var description: String { diagnostic.description }
  }

  var library: MustacheLibrary
  /// Which templates came from the user's folder, by name.
  public private(set) var overridden: [String] = []

  /// The built-in templates.
  public static var builtIn: ReportTemplates {
    var library = MustacheLibrary()
    for (name, text) in DefaultTemplates.all {
      // The built-in templates are tested; a parse failure here is a programming error.
      if let template = try? MustacheTemplate(string: text) {
        library.register(template, named: name)
      }
    }
    return ReportTemplates(library: library)
  }

  /// The built-in templates as `(file name, text)`, for `framing templates DIR`.
  public static var builtInFiles: [(name: String, text: String)] {
    DefaultTemplates.all.map { ("\($0.name).mustache", $0.text) }
  }

  /// The built-in templates with every `*.mustache` file of `directory` put in their place.
  ///
  /// - Parameter displayPath: how the folder is named in messages.
  /// - Throws: a `TemplateError` naming file, line and column of the first template that does
  ///   not parse, or the folder when it cannot be read.
  public static func load(directory: URL, displayPath: String) throws(TemplateError)
    -> ReportTemplates
  {
    var templates = builtIn
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".mustache") }.sorted()
    } catch {
      throw TemplateError(
        location: SourceLocation(file: displayPath),
        message: "cannot read the template folder: \(error.localizedDescription)")
    }
    if names.isEmpty {
      throw TemplateError(
        location: SourceLocation(file: displayPath),
        message: "no *.mustache files; `framing templates \(displayPath)` writes the built-in ones")
    }
    for file in names {
      let display = (displayPath as NSString).appendingPathComponent(file)
      let url = directory.appendingPathComponent(file)
      guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
      else {
        throw TemplateError(
          location: SourceLocation(file: display), message: "cannot read as UTF-8 text")
      }
      do {
        let template = try MustacheTemplate(string: text)
        let name = String(file.dropLast(".mustache".count))
        templates.library.register(template, named: name)
        templates.overridden.append(name)
      } catch let error as MustacheTemplate.ParserError {
        throw TemplateError(
          location: SourceLocation(
            file: display, line: error.context.lineNumber, column: error.context.columnNumber + 1),
          message: "template does not parse: \(error.error)")
      } catch {
        throw TemplateError(
          location: SourceLocation(file: display), message: "template does not parse: \(error)")
      }
    }
    return templates
  }

  /// Renders the template `name` with `model`; a missing template renders as nothing and is
  /// reported as an error.
  public func render(_ name: String, _ model: ReportModel) throws(TemplateError) -> String {
    guard let text = library.render(model, withTemplate: name) else {
      throw TemplateError(
        location: SourceLocation(file: "\(name).mustache"), message: "no such template")
    }
    return text
  }
}
