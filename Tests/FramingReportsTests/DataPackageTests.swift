import Foundation
import FramingTestSupport
import Testing

@testable import FramingReports

@Suite struct DataPackageTests {
  @Test func describesEveryCSVWithTypesAndDialect() throws {
    let files = try runFixture { $0.csvDialect = .excelDE }
    let json = try #require(files["datapackage.json"])
    let package = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(package["profile"] as? String == "tabular-data-package")
    let resources = try #require(package["resources"] as? [[String: Any]])
    let csvs = files.keys.filter { $0.hasSuffix(".csv") }.sorted()
    #expect(resources.compactMap { $0["path"] as? String }.sorted() == csvs)
    let scores = try #require(resources.first { $0["path"] as? String == "scores.csv" })
    #expect((scores["dialect"] as? [String: Any])?["delimiter"] as? String == ";")
    #expect(scores["encoding"] as? String == "utf-8-sig")
    let fields = try #require((scores["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
    let stance = try #require(fields.first { $0["name"] as? String == "stance_index" })
    #expect(stance["type"] as? String == "number")
    #expect(stance["decimalChar"] as? String == ",")
    #expect(fields.first { $0["name"] as? String == "tokens" }?["type"] as? String == "integer")
    // The CSV itself follows the dialect.
    #expect(try #require(files["scores.csv"]).hasPrefix("\u{FEFF}outlet;module;"))
  }
}
