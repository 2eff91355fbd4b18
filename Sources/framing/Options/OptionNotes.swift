/// What a command adds to the help line of a shared option group; most commands add nothing.
protocol OptionNotes {
  /// After `--jobs`' help: what stays the same for any number of workers.
  static var jobs: String { get }
  /// After `--lexicons`' help, before its full stop.
  static var lexicons: String { get }
}

extension OptionNotes {
  static var jobs: String { "" }
  static var lexicons: String { "" }
}

/// The notes of the commands that add none.
enum NoNotes: OptionNotes {}
