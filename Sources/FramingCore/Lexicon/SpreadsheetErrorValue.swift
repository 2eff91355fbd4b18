import Foundation

/// Error values a spreadsheet writes into a cell whose formula failed, in English and German
/// (LibreOffice `Err:509`, Excel `#NAME?`, `#WERT!`, …): what a pattern typed `=Freunde` in a
/// sheet turns into. Never a term, pattern or note.
public enum SpreadsheetErrorValue {
  public static func matches(_ cell: String) -> Bool {
    let text = cell.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("Err:"), text.count > 4, text.dropFirst(4).allSatisfy(\.isNumber) {
      return true
    }
    return values.contains(text.uppercased())
  }

  static let values: Set<String> = [
    "#NAME?", "#VALUE!", "#WERT!", "#DIV/0!", "#REF!", "#BEZUG!", "#N/A", "#NV", "#NUM!",
    "#ZAHL!", "#NULL!", "#SPILL!", "#ÜBERLAUF!", "#CALC!", "#BERECHNUNG!", "#FIELD!", "#FELD!",
    "#GETTING_DATA", "#BLOCKED!", "#BLOCKIERT!", "#CONNECT!", "#VERBINDEN!", "#BUSY!",
    "#UNKNOWN!", "#UNBEKANNT!", "#NAME!", "#FMT!", "#NV!", "###",
  ]
}
