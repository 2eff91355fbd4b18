import Foundation

/// A corpus on disk: a folder of `.txt` and `.md` articles, with an optional `manifest.csv`.
///
/// With a manifest, every listed file is a document and an article file the manifest does not
/// list is reported and left out. Without one, the outlet is the name of the article's first
/// subfolder. `README`, `LICENSE` and `CHANGELOG` files and hidden files are not articles.
public struct FolderCorpus: Sendable {
  public static let manifestName = "manifest.csv"
  public static let articleExtensions: Set<String> = ["txt", "md"]
  static let notArticles: Set<String> = ["readme", "license", "licence", "changelog", "notice"]

  public var root: URL
  /// How the root is named in messages (as the user gave it).
  public var displayRoot: String

  public init(root: URL, displayRoot: String) {
    self.root = root.standardizedFileURL
    self.displayRoot = displayRoot
  }

  public struct Listing: Sendable {
    public var documents: [DocumentSource]
    public var diagnostics: [Diagnostic]
    /// The manifest's bytes, when there is one (part of the corpus checksum).
    public var manifest: Data?
  }

  func display(_ relative: String) -> String {
    displayRoot.hasSuffix("/") ? displayRoot + relative : displayRoot + "/" + relative
  }

  /// Lists the documents, sorted by id, with every problem found on the way.
  public func list() throws(DiagnosticFailure) -> Listing {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw DiagnosticFailure([
        Diagnostic(
          .error, SourceLocation(file: displayRoot),
          "corpus folder not found (give a folder of .txt/.md articles)")
      ])
    }
    let files = articleFiles()
    var diagnostics: [Diagnostic] = []
    var documents: [DocumentSource] = []
    let manifestURL = root.appendingPathComponent(Self.manifestName)
    var manifestData: Data? = nil
    if FileManager.default.fileExists(atPath: manifestURL.path) {
      let name = display(Self.manifestName)
      guard let data = try? Data(contentsOf: manifestURL) else {
        throw DiagnosticFailure([
          Diagnostic(.error, SourceLocation(file: name), "cannot read the manifest")
        ])
      }
      manifestData = data
      let decoded: TextDecoding.Decoded
      do { decoded = try TextDecoding.decode(data) } catch {
        throw DiagnosticFailure([
          Diagnostic(.error, SourceLocation(file: name), "cannot read the manifest: \(error)")
        ])
      }
      diagnostics += TextDecoding.diagnostics(decoded, file: name)
      let manifest = try Manifest.parse(decoded.text, file: name)
      diagnostics += manifest.diagnostics
      let onDisk = Set(files)
      var listed = Set<String>()
      for row in manifest.rows {
        listed.insert(row.file)
        if onDisk.contains(row.file)
          || FileManager.default.fileExists(atPath: root.appendingPathComponent(row.file).path)
        {
          if let escape = linkOutside(row.file) {
            diagnostics.append(escape)
          } else {
            documents.append(row.source)
          }
        } else {
          diagnostics.append(
            Diagnostic(
              .warning, SourceLocation(file: name, line: row.line),
              "file '\(row.file)' not found in the corpus folder", skipped: "document"))
        }
      }
      for file in files where !listed.contains(file) {
        diagnostics.append(
          Diagnostic(
            .warning, SourceLocation(file: display(file)),
            "article not listed in \(Self.manifestName)", skipped: "document"))
      }
    } else {
      for file in files {
        if let escape = linkOutside(file) {
          diagnostics.append(escape)
          continue
        }
        let parts = file.split(separator: "/")
        guard parts.count >= 2 else {
          diagnostics.append(
            Diagnostic(
              .warning, SourceLocation(file: display(file)),
              "no manifest.csv and no outlet subfolder: put the article in a folder named after its outlet, or list it in a manifest",
              skipped: "document"))
          continue
        }
        documents.append(
          DocumentSource(id: file, outlet: String(parts[0]), title: String(parts.last ?? "")))
      }
    }
    documents.sort { $0.id < $1.id }
    return Listing(documents: documents, diagnostics: diagnostics, manifest: manifestData)
  }

  /// A warning when the file at `relative` resolves, through symbolic links, to a place
  /// outside the corpus folder: such a file is not read (it could be anything on the machine).
  func linkOutside(_ relative: String) -> Diagnostic? {
    guard let rootPath = Self.realPath(root.path),
      let target = Self.realPath(root.appendingPathComponent(relative).path)
    else { return nil }
    if target == rootPath || target.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") {
      return nil
    }
    return Diagnostic(
      .warning, SourceLocation(file: display(relative)),
      "symbolic link to '\(target)', outside the corpus folder; not read", skipped: "document")
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Reads a document's bytes.
  public func read(_ source: DocumentSource) throws(DiagnosticFailure) -> Data {
    try CorpusDocument.read(
      root.appendingPathComponent(source.id), displayPath: display(source.id))
  }

  /// Article files below the root, relative, sorted.
  func articleFiles() -> [String] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
    var result: [String] = []
    for case let url as URL in enumerator {
      let ext = url.pathExtension.lowercased()
      let kind = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
      // Links are listed too, so that one pointing out of the corpus is reported, not ignored.
      guard Self.articleExtensions.contains(ext),
        kind?.isRegularFile == true || kind?.isSymbolicLink == true
      else { continue }
      let stem = url.deletingPathExtension().lastPathComponent.lowercased()
      if Self.notArticles.contains(stem) { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(rootPath) else { continue }
      result.append(String(path.dropFirst(rootPath.count)))
    }
    return result.sorted()
  }
}
