/// Precision, recall and F1 of one group of a comparison, with Wilson intervals.
///
/// precision = matched / test, recall = matched / reference, F1 = 2·matched / (test +
/// reference) (the harmonic mean of the two). Each share carries a 95% Wilson score interval
/// (`ProportionInterval.wilson`); a share with no trials is nil ("not computed"). F1 has no
/// interval: it is no binomial share.
public struct PrecisionRecall: Sendable, Hashable {
  public var matched: Int
  public var test: Int
  public var reference: Int
  public var precision: Double?
  public var precisionInterval: ProportionInterval?
  public var recall: Double?
  public var recallInterval: ProportionInterval?
  public var f1: Double?

  public init(matched: Int, test: Int, reference: Int) throws(StatisticsError) {
    guard matched >= 0, matched <= test, matched <= reference else {
      throw .invalidArgument("matched must lie in 0…min(test, reference)")
    }
    self.matched = matched
    self.test = test
    self.reference = reference
    if test > 0 {
      precision = Double(matched) / Double(test)
      precisionInterval = try ProportionInterval.wilson(successes: matched, trials: test)
    }
    if reference > 0 {
      recall = Double(matched) / Double(reference)
      recallInterval = try ProportionInterval.wilson(successes: matched, trials: reference)
    }
    if test + reference > 0 { f1 = 2 * Double(matched) / Double(test + reference) }
  }
}
