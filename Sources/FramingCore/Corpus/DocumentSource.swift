/// Where a document comes from and what the manifest says about it.
public struct DocumentSource: Sendable, Hashable, Codable {
  /// The document's path relative to the corpus folder, with `/` separators; its id in outputs.
  public var id: String
  public var outlet: String
  /// ISO date `yyyy-mm-dd`, or empty when the manifest gives none.
  public var date: String
  public var title: String
  public var url: String
  /// Other manifest columns, in manifest column order.
  public var metadata: [Field]
  /// The manifest line the document was listed on, if any.
  public var manifestLine: Int?

  public struct Field: Sendable, Hashable, Codable {
    public var name: String
    public var value: String
  }

  public init(
    id: String, outlet: String, date: String = "", title: String = "", url: String = "",
    metadata: [Field] = [], manifestLine: Int? = nil
  ) {
    self.id = id
    self.outlet = outlet
    self.date = date
    self.title = title
    self.url = url
    self.metadata = metadata
    self.manifestLine = manifestLine
  }
}

extension DocumentSource {
  /// The value of a field by name: `outlet`, `date`, `title`, `url`, `id` (also `file`), or a
  /// manifest column / JSON Lines field kept as metadata (exact name first, then ignoring
  /// case); nil when the document has no such field.
  public func value(of field: String) -> String? {
    switch field {
    case "outlet": return outlet
    case "date": return date
    case "title": return title
    case "url": return url
    case "id", "file", "document": return id
    default:
      if let exact = metadata.first(where: { $0.name == field }) { return exact.value }
      return metadata.first { $0.name.lowercased() == field.lowercased() }?.value
    }
  }
}
