import Foundation

/// A Frictionless Data Package (`datapackage.json`, Table Schema) describing every CSV with
/// its dialect and each column's type and description, generated from the same table
/// definitions as the data dictionary; pandas, R and Frictionless tools read the CSVs with the
/// right types from it.
public enum DataPackage {
  struct Package: Encodable {
    var profile = "tabular-data-package"
    var name = "framing-report"
    var title: String
    var resources: [Resource]
  }
  struct Resource: Encodable {
    var name: String
    var path: String
    var profile = "tabular-data-resource"
    var format = "csv"
    var encoding: String
    var description: String
    var dialect: Dialect
    var schema: Schema
  }
  struct Dialect: Encodable {
    var delimiter: String
    var lineTerminator = "\r\n"
    var quoteChar = "\""
    var doubleQuote = true
    var header = true
  }
  struct Schema: Encodable {
    var fields: [Field]
    /// Empty cells, and p-values below the range of a double ("< 1e-300"), read as missing.
    var missingValues = ["", OutputTables.belowDoubleRange]
  }
  struct Field: Encodable {
    var name: String
    var type: String
    var description: String
    var decimalChar: String?
  }

  public static func json(_ tables: [CSVTable], dialect: CSVDialect, title: String) -> String {
    let resources = tables.map { table in
      Resource(
        name: String(table.name.dropLast(4)).replacingOccurrences(of: "_", with: "-"),
        path: table.name,
        encoding: dialect.byteOrderMark ? "utf-8-sig" : "utf-8", description: table.description,
        dialect: Dialect(delimiter: String(dialect.delimiter)),
        schema: Schema(
          fields: table.columns.map { column in
            Field(
              name: column.name, type: column.kind.rawValue, description: column.description,
              decimalChar: column.kind == .number && dialect.decimalComma ? "," : nil)
          }))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(Package(title: title, resources: resources)) else {
      preconditionFailure("the data package is plain strings and cannot fail to encode")
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
