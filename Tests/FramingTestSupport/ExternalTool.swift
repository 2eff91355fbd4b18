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
    let data = readAll(pipe.fileHandleForReading.fileDescriptor)
    process.waitUntilExit()
    return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }

  /// Reads a descriptor to its end. `FileHandle.readDataToEndOfFile()` traps when a signal
  /// interrupts the read (EINTR), which happens while LibreOffice or Chromium run.
  static func readAll(_ descriptor: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(contentsOf: buffer[0..<count])
      } else if count == 0 || errno != EINTR {
        return data
      }
    }
  }
}
