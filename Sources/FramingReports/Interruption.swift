import Foundation

/// A request to stop (SIGINT, SIGTERM), shared by the signal handler and the output commits.
///
/// Outside a commit nothing is half-written, so the handler may end the process at once.
/// During one the handler only records the signal: the commit notices it before its next step,
/// restores the previous files and throws `OutputSet.WriteError.interrupted`, and the command
/// ends with status 128 + signal.
public final class Interruption: @unchecked Sendable {
  public static let shared = Interruption()

  private let lock = NSLock()
  private var requested: Int32?
  private var commits = 0

  public init() {}

  /// The signal received, if any.
  public var signal: Int32? { lock.withLock { requested } }

  /// Records `signal`. When no commit is running, calls `whenIdle` (which ends the process)
  /// while holding the lock, so that no commit can start in between.
  public func request(_ signal: Int32, whenIdle: (() -> Never)? = nil) {
    lock.lock()
    requested = signal
    if commits == 0, let whenIdle { whenIdle() }
    lock.unlock()
  }

  /// Throws when a signal was received.
  func check() throws(OutputSet.WriteError) {
    if let signal { throw .interrupted(signal: signal) }
  }

  /// Runs one commit, counted, so that a signal arriving meanwhile waits for its rollback.
  func during(_ body: () throws(OutputSet.WriteError) -> Void) throws(OutputSet.WriteError) {
    lock.lock()
    if let requested {
      lock.unlock()
      throw .interrupted(signal: requested)
    }
    commits += 1
    lock.unlock()
    defer { lock.withLock { commits -= 1 } }
    try body()
  }

  /// `SIGINT`, `SIGTERM`, or `signal N`.
  public static func name(of signal: Int32) -> String {
    switch signal {
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    default: "signal \(signal)"
    }
  }
}
