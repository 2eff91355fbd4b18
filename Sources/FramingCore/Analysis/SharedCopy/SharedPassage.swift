/// A passage of one document that documents of other outlets share word for word: agency copy.
public struct SharedPassage: Sendable, Hashable {
  public var document: String
  public var outlet: String
  /// Offsets in Unicode scalars of the decoded original file, like match offsets.
  public var start: Int
  public var end: Int
  public var words: Int
  /// Ids of the other outlets' documents that share the passage (the first few found).
  public var sharedWith: [String]
  /// The outlet of each of `sharedWith`.
  public var sharedWithOutlets: [String]
  public var sharedOutlets: [String]
  /// The passage as written in the file.
  public var text: String
  /// Matches of the document inside the passage.
  public var matches: Int

  public init(
    document: String, outlet: String, start: Int, end: Int, words: Int, sharedWith: [String],
    sharedWithOutlets: [String], sharedOutlets: [String], text: String, matches: Int
  ) {
    self.document = document
    self.outlet = outlet
    self.start = start
    self.end = end
    self.words = words
    self.sharedWith = sharedWith
    self.sharedWithOutlets = sharedWithOutlets
    self.sharedOutlets = sharedOutlets
    self.text = text
    self.matches = matches
  }
}
