/// A place in an input file, for messages a researcher can jump to.
///
/// `line` and `column` are 1-based; `column` counts Characters, never UTF-8 bytes ("Maßnahme").
/// A column of 0 means the whole line; a line of 0 the whole file.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int = 0, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String {
    switch (line, column) {
    case (0, _): return file
    case (_, 0): return "\(file):\(line)"
    default: return "\(file):\(line):\(column)"
    }
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}
