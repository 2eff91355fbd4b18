import Foundation

/// A set of output files written all or nothing: each file goes to a temporary name in its
/// folder first, and only when every file is written are they renamed into place.
public struct OutputSet: Sendable {
  public private(set) var files: [(url: URL, data: Data)] = []

  public init() {}

  public mutating func add(_ url: URL, _ text: String) { files.append((url, Data(text.utf8))) }

  public enum WriteError: Error, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    public var description: String {
      switch self {
      case .cannotWrite(let path, let reason):
        return "\(path): error: cannot write output: \(reason)"
      }
    }
  }

  /// Writes every file; on failure removes the temporary files and leaves the old ones intact.
  public func commit() throws(WriteError) {
    let fm = FileManager.default
    var temporaries: [(URL, URL)] = []
    func cleanUp() { for (temp, _) in temporaries { try? fm.removeItem(at: temp) } }
    for (url, data) in files {
      let folder = url.deletingLastPathComponent()
      let temp = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
      do {
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try data.write(to: temp)
      } catch {
        cleanUp()
        throw .cannotWrite(path: url.path, reason: error.localizedDescription)
      }
      temporaries.append((temp, url))
    }
    for (temp, url) in temporaries where rename(temp.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      cleanUp()
      throw .cannotWrite(path: url.path, reason: reason)
    }
  }
}
