import Dispatch
import Foundation
import FramingReports

/// SIGINT and SIGTERM end a run cleanly: outside an output commit at once, during one after
/// the commit has put the previous files back (see `Interruption`). Exit status 128 + signal.
enum SignalHandling {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func install() {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        Interruption.shared.request(number) {
          let message =
            "\nframing: interrupted by \(Interruption.name(of: number)); no output file was changed\n"
          FileHandle.standardError.write(Data(message.utf8))
          _exit(128 + number)
        }
      }
      source.resume()
      sources.append(source)
    }
  }
}
