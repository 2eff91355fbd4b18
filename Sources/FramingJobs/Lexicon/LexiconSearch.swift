import Foundation
import FramingCore

/// Where a command finds its lexicon folder when `--lexicons` is not given.
///
/// In this order: `--lexicons DIR`; the `FRAMING_LEXICONS` variable; the lexicons installed with
/// the binary (`PREFIX/share/framing/lexicons` for `PREFIX/bin/framing`, symbolic links to the
/// binary followed); `lexicons` in the current folder. A folder given by flag or variable is used
/// as given (a wrong one is an error, never a silent fallback to other lexicons); when none of the
/// others exists the error names every place looked in.
public struct LexiconSearch: Sendable {
  /// What `--lexicons` said; nil when not given.
  public var flag: String?
  /// The process environment (`FRAMING_LEXICONS`).
  public var environment: [String: String]
  /// The running binary, symbolic links resolved; nil when unknown.
  public var executable: URL?
  public var currentDirectory: URL

  public static let variable = "FRAMING_LEXICONS"

  public init(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = LexiconSearch.runningExecutable,
    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) {
    self.flag = flag
    self.environment = environment
    self.executable = executable
    self.currentDirectory = currentDirectory
  }

  /// The binary of this process (`/proc/self/exe` on Linux), with its links resolved.
  public static var runningExecutable: URL? {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
      }
    #endif
    return Bundle.main.executableURL?.resolvingSymlinksInPath()
  }

  /// The lexicons installed beside `executable`: `../share/framing/lexicons` from its folder.
  public static func installed(besides executable: URL) -> URL {
    executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/framing/lexicons")
  }

  /// The folder and how outputs name it. Throws `LexiconLoadFailure` with
  /// `LexiconError.Reason.noLexiconFolder` when no place holds one.
  public func resolve() throws(LexiconLoadFailure) -> (url: URL, display: String) {
    if let flag { return (URL(fileURLWithPath: flag, relativeTo: currentDirectory), flag) }
    if let variable = environment[Self.variable], !variable.isEmpty {
      return (URL(fileURLWithPath: variable, relativeTo: currentDirectory), variable)
    }
    var tried = ["--lexicons (not given)", "\(Self.variable) (not set)"]
    if let executable {
      let beside = Self.installed(besides: executable).standardizedFileURL
      if Self.isFolder(beside) { return (beside, beside.path) }
      tried.append("\(beside.path) (beside the binary)")
    }
    let local = currentDirectory.appendingPathComponent(ReportJob.Options.defaultLexicons)
    if Self.isFolder(local) { return (local, ReportJob.Options.defaultLexicons) }
    tried.append("\(local.standardizedFileURL.path) (the current folder)")
    throw LexiconLoadFailure(errors: [
      LexiconError(
        .noLexiconFolder(tried: tried),
        at: SourceLocation(file: ReportJob.Options.defaultLexicons))
    ])
  }

  static func isFolder(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
