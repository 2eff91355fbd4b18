/// Verbs and phrases of saying that turn a following colon into a block-quote introduction,
/// as Snowball stems of the folded words ("betont" → "betont", "erklärte" → "erklart").
///
/// "wie er selbst betont:" or "In der Erklärung heißt es:" introduce a quotation even when the
/// next paragraph has no quote marks; "Auf der Tagesordnung standen drei Punkte:" does not.
enum SpeechVerbs {
  static let stems: Set<String> = [
    "sag", "sagt", "betont", "beton", "erklart", "erklar", "schreib", "schreibt", "schrieb",
    "heisst", "hiess", "fugt", "meint", "verkund", "verkundet", "warnt", "warn", "zitiert",
    "zitier", "kommentiert", "antwortet", "antwort", "erwidert", "bekraftigt", "unterstrich",
    "unterstreicht", "formuliert", "lautet", "teilt", "mitteilt", "versichert", "sprach", "spricht",
    "rief", "ruft", "verlautet", "verlautbart", "mahnt", "fordert", "forderte", "kritisiert",
    "erinnert", "behauptet", "behaupt", "argumentiert", "beklagt", "erklarung", "mitteilung",
    "stellungnahm", "wortlaut", "ansprach", "zitat", "notiert", "twittert", "postet", "verlas",
    "verliest",
    // Verbs of saying with a tone ("tönte der Machthaber", "wetterte er gegen …", "lobte die
    // „standhafte Haltung“").
    "tont", "wettert", "schimpft", "spottet", "poltert", "hohnt", "beteuert", "versprach",
    "verspricht", "lobt",
    // Verbs that report with a dass-clause or an indicative main clause ("Kim bestätigte, dass
    // …", "…, meldete TASS", "Sie warf dem Westen vor, dass …").
    // Both stems where Snowball versions differ ("meldete": "meld" or "meldet").
    "bestatigt", "meld", "meldet", "bericht", "berichtet", "kundigt", "raumt", "bestritt",
    "bestreit", "bestreitet", "dementiert", "warf", "wirft", "signalisiert", "durchblick",
    "vorgeworf", "schatz", "schatzt",
    // Naming verbs: what they call someone is the subject's word ("nannte Putin einen …").
    "nannt", "nenn", "nennt", "bezeichnet", "bezeichn",
    // "hob die Unterstützung hervor", "hebt hervor".
    "hervor", "hervorgehob", "hervorheb",
    // Nouns and verbs that introduce excerpts ("Auszüge:", "Die Zeitung urteilt:").
    "auszug", "urteilt", "kommentar", "leitartikel",
  ]

  /// Verbs of expectation and belief that report a source's view in a dass-clause ("Beobachter
  /// erwarten, dass …", "Analysten befürchten, dass …"); verbs only in lower case, since the
  /// nouns share their stems ("Erwartungen").
  static let beliefStems: Set<String> = [
    "erwart", "erwartet", "befurcht", "befurchtet", "vermut", "vermutet",
  ]

  /// Endings of media names (folded): a sentence naming a medium that ends in a colon
  /// introduces its words ("Die Kieler »Hafenstadt-Zeitung« hält dagegen:"), as press reviews
  /// print them.
  static let mediaEndings: Endings = [
    "zeitung", "blatt", "agentur", "rundschau", "anzeiger", "kurier", "post", "bote",
    "nachrichten", "presse", "tagespiegel", "spiegel", "kcna", "tass", "sinmun",
  ]
}
