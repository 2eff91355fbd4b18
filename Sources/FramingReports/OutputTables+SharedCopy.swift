import FramingCore

extension OutputTables {
  static var sharedCopyTable: CSVTable {
    CSVTable(
      name: "shared_copy.csv",
      description:
        "One row per passage of a document that documents of other outlets share word for word (agency copy): at least 16 words covered by shared 8-word shingles (winnowed; ends found to within 7 words), case and ß/ss ignored.",
      columns: [
        C("document", .string, "Document id."),
        C("outlet", .string, "Outlet of the document."),
        C("start", .integer, "Start offset of the passage in the original file (code points)."),
        C("end", .integer, "End offset (exclusive)."),
        C("words", .integer, "Words in the passage."),
        C("matches", .integer, "Lexicon matches inside the passage."),
        C(
          "shared_with", .string,
          "Documents of other outlets that share the whole passage (the first few in corpus order), separated by '; '."
        ),
        C("shared_outlets", .string, "Their outlets, separated by '; '."),
        C("text", .string, "The passage as written in the file."),
      ])
  }

  public static func sharedCopyRow(_ p: SharedPassage) -> [String] {
    [
      p.document, p.outlet, String(p.start), String(p.end), String(p.words), String(p.matches),
      p.sharedWith.joined(separator: "; "), p.sharedOutlets.joined(separator: "; "), p.text,
    ]
  }
}
