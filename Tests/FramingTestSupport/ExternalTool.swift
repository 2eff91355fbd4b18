import Foundation

/// Finds and runs programs outside the package (Chromium, LibreOffice, Python) for tests that
/// check outputs in the programs people open them with.
public enum ExternalTool {
  public struct Result: Sendable {
    public var status: Int32
    /// Standard output and standard error together.
    public var output: String
  }

  /// The program's path when it is on PATH, else nil.
  public static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `program` (a path or a name on PATH) and waits for it.
  @discardableResult
  public static func run(_ program: String, _ arguments: [String], in folder: URL? = nil) throws
    -> Result
  {
    let process = Process()
    process.executableURL = URL(
      fileURLWithPath: program.contains("/") ? program : find(program) ?? program)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }
}
