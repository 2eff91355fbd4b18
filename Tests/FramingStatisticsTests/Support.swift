/// |a − b| ≤ relative · max(1, |b|).
func close(_ a: Double?, _ b: Double, relative: Double = 1e-9) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= relative * max(1, abs(b))
}

func close(_ a: [Double], _ b: [Double], relative: Double = 1e-9) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { close($0, $1, relative: relative) }
}
