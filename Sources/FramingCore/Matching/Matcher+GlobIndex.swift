extension Matcher {
  /// The glob elements that start a variant (`diktator*`, `*krieg`, `*putin*`), compiled into one
  /// Aho–Corasick automaton over their UTF-8 bytes: a token's candidates are found in one pass
  /// over its bytes, whatever the number of globs (issue 22: 100,000 glob entries took 147 s on
  /// 2 MB when every token was compared with every glob).
  ///
  /// Only globs whose text is `Elements.isSimple` are indexed, and only for tokens that are
  /// simple too: there UTF-8 bytes and `String`'s comparison by characters agree, so the
  /// automaton finds exactly the globs that match. The others are compared one by one.
  struct GlobIndex: Sendable {
    struct Output: Sendable {
      var variant: Int32
      var kind: Elements.Kind
      var length: Int32
    }

    /// Transitions: state × 256 + byte → state.
    private var transitions: [Int: Int32] = [:]
    private var failure: [Int32] = [0]
    /// The nearest state along the failure links with outputs of its own (0 for none).
    private var outputLink: [Int32] = [0]
    private var outputs: [[Output]] = [[]]
    private(set) var count = 0

    /// Adds the glob that starts `variant`.
    mutating func insert(_ needle: [UInt8], kind: Elements.Kind, variant: Int) {
      var state: Int32 = 0
      for byte in needle {
        let key = Int(state) << 8 | Int(byte)
        if let next = transitions[key] {
          state = next
        } else {
          let next = Int32(failure.count)
          failure.append(0)
          outputLink.append(0)
          outputs.append([])
          transitions[key] = next
          state = next
        }
      }
      outputs[Int(state)].append(
        Output(variant: Int32(variant), kind: kind, length: Int32(needle.count)))
      count += 1
    }

    /// Computes the failure and output links; call once after the last `insert`.
    mutating func finish() {
      // Breadth first: a state's failure link is shorter, so it is done before the state.
      var children: [[(byte: UInt8, state: Int32)]] = Array(repeating: [], count: failure.count)
      for (key, state) in transitions { children[key >> 8].append((UInt8(key & 0xFF), state)) }
      var queue: [Int32] = children[0].map(\.state)
      var head = 0
      while head < queue.count {
        let state = queue[head]
        head += 1
        for (byte, child) in children[Int(state)] {
          var target: Int32 = 0
          if state != 0 {
            var f = failure[Int(state)]
            while true {
              if let next = transitions[Int(f) << 8 | Int(byte)] {
                target = next
                break
              }
              if f == 0 { break }
              f = failure[Int(f)]
            }
          }
          failure[Int(child)] = target
          outputLink[Int(child)] = outputs[Int(target)].isEmpty ? outputLink[Int(target)] : target
          queue.append(child)
        }
      }
    }

    /// Calls `found` with every variant whose first glob matches `bytes` (possibly twice).
    func candidates(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) {
      var state: Int32 = 0
      let n = bytes.count
      for i in 0..<n {
        let byte = Int(bytes[i])
        while true {
          if let next = transitions[Int(state) << 8 | byte] {
            state = next
            break
          }
          if state == 0 { break }
          state = failure[Int(state)]
        }
        var o = outputs[Int(state)].isEmpty ? outputLink[Int(state)] : state
        while o != 0 {
          for output in outputs[Int(o)] {
            let end = i + 1
            switch output.kind {
            case .prefix: if end == Int(output.length) { found(Int(output.variant)) }
            case .suffix: if end == n { found(Int(output.variant)) }
            default: found(Int(output.variant))
            }
          }
          o = outputLink[Int(o)]
        }
      }
    }
  }
}
