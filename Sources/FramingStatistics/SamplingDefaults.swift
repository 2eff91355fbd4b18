/// The defaults of every random draw of a run, written once: the seed (GSL's mt19937 for the
/// bootstraps and the permutation tests, SplitMix64 for `framing audit sample`), the
/// bootstraps' resamples of each outlet's documents, and the random permutations of a
/// document-level test whose arrangements are too many to enumerate (9,999: p in steps of
/// 1/10,000).
///
/// The report job, the command line it writes into its outputs (which leaves defaults out), the
/// CLI's options and the audit job all read them from here.
public enum SamplingDefaults {
  public static let seed: UInt = 20_240_619
  public static let resamples = 2_000
  public static let simulations = 9_999
}
