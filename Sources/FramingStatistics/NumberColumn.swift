import FramingCore

/// A long list of numbers written once and read in order: in memory up to `limit` numbers, on
/// disk past it (a compressed scratch file), so that memory does not grow with the list (a
/// word's specificity in every outlet: millions of rows for a large vocabulary and many
/// outlets).
final class NumberColumn: @unchecked Sendable {
  /// 2^19 numbers: 4 MB in memory.
  static let defaultLimit = 1 << 19
  let limit: Int
  private(set) var count = 0
  private var memory: [Double] = []
  private var file: ScratchFile?

  init(limit: Int = NumberColumn.defaultLimit) { self.limit = max(1, limit) }

  /// Whether the numbers are all in memory (`values`).
  var isInMemory: Bool { file == nil }
  /// The numbers, when they are in memory.
  var values: [Double] { memory }

  func append(_ x: Double) throws(ScratchFileError) {
    count += 1
    if let file {
      file.append(x.bitPattern)
    } else if memory.count < limit {
      memory.append(x)
    } else {
      let file = try ScratchFile(bufferSize: 1 << 16, compressed: true)
      for v in memory { file.append(v.bitPattern) }
      file.append(x.bitPattern)
      memory = []
      self.file = file
    }
  }

  /// Call once the last number is appended, before reading.
  func finish() throws(ScratchFileError) { try file?.finish() }

  func reader() -> Reader { Reader(self) }

  /// Reads the numbers in order.
  struct Reader {
    private let column: NumberColumn
    private var position = 0
    private var file: ScratchFile.Reader?

    init(_ column: NumberColumn) {
      self.column = column
      file = column.file?.reader()
    }

    mutating func next() throws(ScratchFileError) -> Double? {
      guard position < column.count else { return nil }
      position += 1
      guard file != nil else { return column.memory[position - 1] }
      guard let bits = try file?.read(UInt64.self) else {
        throw ScratchFileError(reason: "a column of numbers on disk is cut short")
      }
      return Double(bitPattern: bits)
    }
  }
}

extension MultipleTesting {
  /// Benjamini–Hochberg over a column, with the values of `benjaminiHochberg(_:)` bit for bit,
  /// in memory bounded by `chunk` whatever the column's length. A column in memory is adjusted
  /// there; one on disk is sorted in chunks into runs (p-value and position, largest first),
  /// the runs merged to take the running minimum of p·m / rank in the same order as the
  /// in-memory adjustment, and the adjusted values sorted back by position the same way.
  static func benjaminiHochberg(_ p: NumberColumn, chunk: Int = NumberColumn.defaultLimit)
    throws(ScratchFileError) -> NumberColumn
  {
    let adjusted = NumberColumn(limit: p.limit)
    if p.isInMemory {
      for x in benjaminiHochberg(p.values) { try adjusted.append(x) }
      try adjusted.finish()
      return adjusted
    }
    let chunk = max(1, chunk)
    let m = p.count
    // 1. Runs of (p, position), each sorted as the in-memory order: largest p first, ties by
    //    the larger position.
    var runs: [ScratchFile] = []
    var buffer: [(Double, Int)] = []
    buffer.reserveCapacity(min(chunk, m))
    // Records are sorted in place: one chunk in memory at a time.
    func writeRun(_ records: [(Double, Int)]) throws(ScratchFileError) {
      let run = try ScratchFile(bufferSize: 1 << 16, compressed: true)
      for (x, i) in records {
        run.append(x.bitPattern)
        run.append(UInt64(i))
      }
      try run.finish()
      runs.append(run)
    }
    var reader = p.reader()
    var i = 0
    while let x = try reader.next() {
      buffer.append((x, i))
      i += 1
      if buffer.count == chunk {
        buffer.sort { $0 > $1 }
        try writeRun(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    buffer.sort { $0 > $1 }
    if !buffer.isEmpty { try writeRun(buffer) }
    buffer = []
    // 2. The step-up in that order; its (position, adjusted) go to runs sorted by position.
    let byRank = runs
    runs = []
    var out: [(Double, Int)] = []
    out.reserveCapacity(min(chunk, m))
    func flush() throws(ScratchFileError) {
      out.sort { $0.1 < $1.1 }
      try writeRun(out)
      out.removeAll(keepingCapacity: true)
    }
    var running = 1.0
    var k = 0
    try merge(byRank, first: { $0 > $1 }) { (x, position) throws(ScratchFileError) in
      let rank = m - k
      running = min(running, x * Double(m) / Double(rank))
      out.append((min(1, running), position))
      k += 1
      if out.count == chunk { try flush() }
    }
    if !out.isEmpty { try flush() }
    // 3. The adjusted values in position order.
    try merge(runs, first: { $0.1 < $1.1 }) { (x, _) throws(ScratchFileError) in
      try adjusted.append(x)
    }
    try adjusted.finish()
    return adjusted
  }

  /// Merges sorted runs of (number, position) records, handing them to `body` in the order
  /// `first` gives (it says whether its first record comes before its second).
  private static func merge(
    _ runs: [ScratchFile], first: ((Double, Int), (Double, Int)) -> Bool,
    _ body: ((Double, Int)) throws(ScratchFileError) -> Void
  ) throws(ScratchFileError) {
    var readers = runs.map { $0.reader() }
    func next(_ r: Int) throws(ScratchFileError) -> (Double, Int)? {
      guard let bits = try readers[r].read(UInt64.self) else { return nil }
      guard let position = try readers[r].read(UInt64.self) else {
        throw ScratchFileError(reason: "a sorted run on disk is cut short")
      }
      return (Double(bitPattern: bits), Int(position))
    }
    var heads: [(Double, Int)?] = []
    for r in readers.indices { heads.append(try next(r)) }
    while true {
      var best: Int?
      for r in heads.indices {
        guard let head = heads[r] else { continue }
        if let b = best, let current = heads[b], !first(head, current) { continue }
        best = r
      }
      guard let b = best, let record = heads[b] else { return }
      try body(record)
      heads[b] = try next(b)
    }
  }
}
