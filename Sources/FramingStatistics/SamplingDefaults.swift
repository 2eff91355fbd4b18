/// The defaults of every random draw of a run, written once: the seed (GSL's mt19937 for the
/// bootstrap and the Monte Carlo tests, SplitMix64 for `framing audit sample`), the bootstrap's
/// resamples of each outlet's documents, and the tables a Monte Carlo exact test simulates.
///
/// The report job, the command line it writes into its outputs (which leaves defaults out), the
/// CLI's options and the audit job all read them from here.
public enum SamplingDefaults {
  public static let seed: UInt = 20_240_619
  public static let resamples = 2_000
  public static let simulations = 100_000
}
