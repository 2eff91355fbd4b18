import Foundation

/// A document result as bytes for the run's scratch files: every field but the word counts
/// (merged before results are stored). Tests check that a result comes back equal.
extension DocumentResult {
  func write(to w: inout BinaryWriter) {
    source.write(to: &w)
    w.write(sha256)
    w.write(encoding.rawValue)
    tokens.write(to: &w)
    w.write(UInt32(matches.count))
    for m in matches { m.write(to: &w) }
    w.write(UInt32(mentions.count))
    for (module, counts) in mentions.sorted(by: { $0.key < $1.key }) {
      w.write(module)
      counts.write(to: &w)
    }
    w.write(UInt32(removals.count))
    for r in removals {
      w.write(r.line)
      w.write(r.reason)
      w.write(r.text)
      w.write(r.start)
      w.write(r.end)
    }
    w.write(UInt32(diagnostics.count))
    for d in diagnostics {
      w.write(d.severity.rawValue)
      w.write(d.location.file)
      w.write(d.location.line)
      w.write(d.location.column)
      w.write(d.message)
      w.write(d.skipped != nil)
      w.write(d.skipped ?? "")
    }
    w.write(isIncluded)
    w.write(array: fingerprint.hashes)
    w.write(array: fingerprint.firstWords)
    w.write(array: fingerprint.starts)
    w.write(array: fingerprint.ends)
    w.write(bytes != nil)
    w.write(bytes ?? Data())
  }

  init(from r: inout BinaryReader) throws(BinaryReader.Truncated) {
    let source = try DocumentSource(from: &r)
    let sha256 = try r.string()
    let encoding = try r.raw(TextDecoding.Encoding.self)
    let tokens = try VoiceCounts(from: &r)
    var matches: [MatchRecord] = []
    for _ in 0..<(try r.read(UInt32.self)) { matches.append(try MatchRecord(from: &r)) }
    var mentions: [Int: VoiceCounts] = [:]
    for _ in 0..<(try r.read(UInt32.self)) { mentions[try r.int()] = try VoiceCounts(from: &r) }
    var removals: [Cleaner.Removal] = []
    for _ in 0..<(try r.read(UInt32.self)) {
      removals.append(
        Cleaner.Removal(
          line: try r.int(), reason: try r.string(), text: try r.string(), start: try r.int(),
          end: try r.int()))
    }
    var diagnostics: [Diagnostic] = []
    for _ in 0..<(try r.read(UInt32.self)) {
      let severity = try r.raw(Diagnostic.Severity.self)
      let location = SourceLocation(file: try r.string(), line: try r.int(), column: try r.int())
      let message = try r.string()
      let hasSkipped = try r.bool()
      let skipped = try r.string()
      diagnostics.append(
        Diagnostic(severity, location, message, skipped: hasSkipped ? skipped : nil))
    }
    let isIncluded = try r.bool()
    self.init(
      source: source, sha256: sha256, encoding: encoding, tokens: tokens, matches: matches,
      mentions: mentions, removals: removals, diagnostics: diagnostics, isIncluded: isIncluded)
    fingerprint.hashes = try r.array(UInt64.self)
    fingerprint.firstWords = try r.array(Int32.self)
    fingerprint.starts = try r.array(Int32.self)
    fingerprint.ends = try r.array(Int32.self)
    let hasBytes = try r.bool()
    let bytes = try r.data()
    self.bytes = hasBytes ? bytes : nil
  }
}

extension DocumentSource {
  func write(to w: inout BinaryWriter) {
    for text in [id, outlet, date, title, url] { w.write(text) }
    w.write(UInt32(metadata.count))
    for field in metadata {
      w.write(field.name)
      w.write(field.value)
    }
    w.write(manifestLine != nil)
    w.write(manifestLine ?? 0)
  }

  init(from r: inout BinaryReader) throws(BinaryReader.Truncated) {
    self.init(
      id: try r.string(), outlet: try r.string(), date: try r.string(), title: try r.string(),
      url: try r.string())
    for _ in 0..<(try r.read(UInt32.self)) {
      metadata.append(Field(name: try r.string(), value: try r.string()))
    }
    let hasLine = try r.bool()
    let line = try r.int()
    manifestLine = hasLine ? line : nil
  }
}

extension VoiceCounts {
  func write(to w: inout BinaryWriter) {
    w.write(author)
    w.write(quote)
    w.write(reported)
  }

  init(from r: inout BinaryReader) throws(BinaryReader.Truncated) {
    self.init(author: try r.int(), quote: try r.int(), reported: try r.int())
  }
}

extension MatchRecord {
  func write(to w: inout BinaryWriter) {
    for n in [module, category, entry] { w.write(n) }
    w.write(voice.rawValue)
    w.write(text)
    for n in [start, end, line, column] { w.write(n) }
    w.write(left)
    w.write(right)
    w.write(passage)
    w.write(passageOffset)
    w.write(attribution.rule.rawValue)
    w.write(attribution.refersTo)
    w.write(attribution.isTarget)
    w.write(speaker)
    w.write(distancing)
    w.write(isSharedCopy)
    w.write(isExcludedAsSharedCopy)
    w.write(voiceRule.rawValue)
    w.write(speakerKind.rawValue)
  }

  init(from r: inout BinaryReader) throws(BinaryReader.Truncated) {
    self.init(
      module: try r.int(), category: try r.int(), entry: try r.int(),
      voice: try r.raw(Voice.self), text: try r.string(), start: try r.int(), end: try r.int(),
      line: try r.int(), column: try r.int(), left: try r.string(), right: try r.string(),
      passage: try r.string(), passageOffset: try r.int(),
      attribution: Attribution(
        rule: try r.raw(Attribution.Rule.self), refersTo: try r.string(), isTarget: try r.bool()),
      speaker: try r.string(), distancing: try r.string(), isSharedCopy: try r.bool(),
      isExcludedAsSharedCopy: try r.bool(), voiceRule: try r.raw(VoiceRule.self),
      speakerKind: try r.raw(SpeakerKind.self))
  }
}
