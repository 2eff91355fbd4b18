import Foundation
import FramingTestSupport

/// A corpus of four outlets for the summary tests, read with `Tests/Fixtures/lexicons-small`:
/// Anzeiger (2 documents: "Diktator" and "Angriffskrieg", then "Staatschef"), Bote (1 document:
/// "Staats- und Parteichef", and "militärische Spezialoperation" in a quote of Kim Jong Un),
/// Chronik (1 document: "Staatschef", "Westen") and Dorfblatt (1 document, no term). Anzeiger's second
/// document and Chronik's share a passage of 46 words word for word.
enum SummaryCorpus {
  static let shared =
    "Am Morgen landete die Maschine pünktlich auf dem Flughafen der Hauptstadt, wo Soldaten in langen Reihen warteten. "
    + "Dann empfing der Staatschef Kim Jong Un eine Delegation aus dem Ausland und sprach danach lange über Handel, Energie, Landwirtschaft, Schulen und die Lage am Hafen der Stadt."

  /// `Tests/Fixtures/lexicons-small` and a third module, "The West" ("Westen" 0,
  /// "kollektiver Westen" 2).
  static func lexicons() throws -> URL {
    let small = Fixtures.url("lexicons-small")
    var files: [String: Data] = [:]
    for name in ["boilerplate.yaml", "labels.yaml", "war.yaml"] {
      files[name] = try Data(contentsOf: small.appendingPathComponent(name))
    }
    files["west.yaml"] = Data(
      """
      format: 1
      kind: module
      id: west
      title: The West
      language: de
      version: 1.0.0
      description: How the West is named.
      scale: {min: -2, max: 2, negative: a community of democracies, positive: a hegemon}
      categories:
        - id: neutral
          label: Neutral
          weight: 0
          entries:
            - {term: Westen, note: The West.}
        - id: hegemony
          label: Hegemonie-Narrativ
          weight: 2
          entries:
            - {term: kollektiver Westen, note: The Kremlin's phrase.}

      """.utf8)
    return try Fixtures.makeFolder(files)
  }

  /// The report files of the corpus (Markdown and HTML), as `runFixture` returns them.
  static func run() throws -> [String: String] {
    try runFixture(
      corpus: try folder(), corpusDisplay: "summary-corpus", lexicons: try lexicons(),
      lexiconsDisplay: "summary-lexicons"
    ) {
      $0.formats = [.markdown, .html]
      // Two documents suffice here, so that the grid shows a computed interval beside the
      // ones not computed (the default of 5 would leave every cell without one).
      $0.minimumDocuments = 2
    }
  }

  static func folder() throws -> URL {
    try Fixtures.makeFolder([
      "manifest.csv": Data(
        """
        file,outlet,date,title
        a1.txt,Anzeiger,2024-06-19,Reise
        a2.txt,Anzeiger,2024-06-20,Besuch
        b1.txt,Bote,2024-06-19,Rede
        c1.txt,Chronik,2024-06-20,Delegation
        d1.txt,Dorfblatt,2024-06-21,Wetter

        """.utf8),
      "a1.txt": Data(
        "Der Diktator Kim Jong Un reist nach Moskau. Der Westen schweigt zum Angriffskrieg.\n"
          .utf8),
      "a2.txt": Data("\(shared)\n\nDanach ruhte man.\n".utf8),
      "b1.txt": Data(
        "Der Staats- und Parteichef Kim Jong Un sprach lange. „Die militärische Spezialoperation hat unsere Unterstützung“, sagte Kim Jong Un.\n"
          .utf8),
      "c1.txt": Data("\(shared)\n\nVom Westen kam kein Wort.\n".utf8),
      "d1.txt": Data("Das Wetter bleibt wechselhaft, am Wochenende regnet es im Norden.\n".utf8),
    ])
  }
}
