/// The quote marks of German (and Swiss, French, English) typography, as data.
///
/// Each opening mark lists the marks that may close it. Marks that open in one convention and
/// close in another (« » ‹ › “ ‘ ’ " ') are told apart by what stands beside them.
enum QuoteMarks {
  static let closers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
    "„": ["“", "”", "\""],  // German „…“, also „…” and „…"
    "‚": ["‘", "’", "'"],  // German single ‚…‘
    "»": ["«"],  // German »…«
    "«": ["»"],  // Swiss/French «…»
    "›": ["‹"],
    "‹": ["›"],
    "“": ["”"],  // English “…”
    "‘": ["’"],
    "\"": ["\""],
    "'": ["'"],
  ]

  static let all: Set<Unicode.Scalar> = [
    "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "\"", "'",
  ]

  /// Marks that only ever open a quotation.
  static let openOnly: Set<Unicode.Scalar> = ["„", "‚"]
  /// Marks that only ever close one (as quotes; ’ between letters is an apostrophe).
  static let closeOnly: Set<Unicode.Scalar> = ["”"]
}
