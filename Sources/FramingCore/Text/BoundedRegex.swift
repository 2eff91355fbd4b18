import Foundation

/// ICU regular expressions run with a budget of backtracking steps, so that no pattern and no
/// line can stall a run.
///
/// ICU counts the steps of its backtracking matcher and, with `.reportProgress`, calls back once
/// every 10,000 steps: the budget is a number of such calls, the same on every machine (not a
/// clock). A match that runs out of budget is `exceeded`, never silently "no match".
enum BoundedRegex {
  enum Outcome: Equatable {
    case match(NSRange)
    case noMatch
    /// The budget ran out before ICU decided.
    case exceeded
  }

  /// ICU's steps between two progress calls of its matcher (`TIMER_INITIAL_VALUE` in ICU).
  static let stepsPerCall = 10_000

  /// The budget for a text of `length` UTF-16 units, in progress calls. ICU also calls back once
  /// per start position a search moves on to, hence one call per unit; on top of that 200,000
  /// steps plus 1,000 per unit, far above what a linear pattern needs (a few steps per unit
  /// and alternative), far below the millions of a catastrophic one.
  static func budget(length: Int) -> Int { 20 + length + length / 10 }

  /// The first match of `regex` in `range` of `text`, within `budget` progress calls.
  static func firstMatch(
    _ regex: NSRegularExpression, in text: String,
    options: NSRegularExpression.MatchingOptions = [],
    range: NSRange, budget: Int? = nil
  ) -> Outcome {
    let limit = budget ?? Self.budget(length: range.length)
    var outcome = Outcome.noMatch
    var calls = 0
    regex.enumerateMatches(in: text, options: options.union(.reportProgress), range: range) {
      result, _, stop in
      if let result {
        outcome = .match(result.range)
        stop.pointee = true
        return
      }
      calls += 1
      if calls > limit {
        outcome = .exceeded
        stop.pointee = true
      }
    }
    return outcome
  }

  /// The probe on which `regex` backtracks catastrophically, or nil: every repetition, about
  /// 96 characters long and ending in "!", of every string of one to three characters from
  /// letters, digits, space and the punctuation most patterns hold (`a 1/.:-`, and the ASCII
  /// punctuation the pattern itself names, in pairs). A linear pattern decides each probe well
  /// within the budget of its length (about 300,000 steps); the shipped `photo-credit` rule
  /// before its rewrite took about 60 million on 80 characters of "a  /  a  /  …". Results are
  /// kept per pattern for the process.
  static func catastrophicProbe(_ regex: NSRegularExpression) -> String? {
    let pattern = regex.pattern
    if let known = probes.value(pattern) { return known.probe }
    var found: String?
    search: for unit in units(for: pattern) {
      let probe = String(repeating: unit, count: max(1, probeLength / unit.count)) + "!"
      let range = NSRange(location: 0, length: (probe as NSString).length)
      if firstMatch(regex, in: probe, range: range) == .exceeded {
        found = probe
        break search
      }
    }
    probes.set(pattern, Probe(probe: found))
    return found
  }

  /// Characters of a probe before its final "!".
  static let probeLength = 96

  private static func units(for pattern: String) -> [String] {
    let base = ["a", " ", "/", ".", ":", "-", "1"]
    var units = base
    for x in base { for y in base { units.append(x + y) } }
    for x in base { for y in base { for z in base { units.append(x + y + z) } } }
    let named = Set(pattern.filter { $0.isASCII && ($0.isPunctuation || $0.isSymbol) })
      .map(String.init).filter { !base.contains($0) }.sorted()
    for x in named {
      units.append(x)
      for y in base + named { units.append(x + y) }
      for y in base { units.append(y + x) }
    }
    return units
  }

  private struct Probe { var probe: String? }

  /// Probe results by pattern, shared by the threads that load lexicons.
  private final class Cache: @unchecked Sendable {
    private var storage: [String: Probe] = [:]
    private let lock = NSLock()
    func value(_ key: String) -> Probe? {
      lock.lock()
      defer { lock.unlock() }
      return storage[key]
    }
    func set(_ key: String, _ value: Probe) {
      lock.lock()
      storage[key] = value
      lock.unlock()
    }
  }

  private static let probes = Cache()
}
