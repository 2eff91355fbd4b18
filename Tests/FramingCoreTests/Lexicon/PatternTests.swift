import Testing

@testable import FramingCore

@Suite struct PatternTests {
  @Test func parsesElementKinds() throws {
    let pattern = try Pattern.parse("=Kim Diktat* *diktator *regime* [der]")
    #expect(
      pattern.parts.map(\.element) == [
        .exact("kim"), .prefix("diktat"), .suffix("diktator"), .infix("regime"), .stem("der"),
      ])
    #expect(pattern.parts.map(\.isOptional) == [false, false, false, false, true])
  }

  @Test func expandsOptionalTokensAndHyphenSplits() throws {
    let pattern = try Pattern.parse("Krieg gegen [die] Ukraine")
    #expect(
      pattern.variants == [
        [.stem("krieg"), .stem("gegen"), .stem("die"), .stem("ukraine")],
        [.stem("krieg"), .stem("gegen"), .stem("ukraine")],
      ])
    let hyphen = try Pattern.parse("Kreml-Chef")
    #expect(hyphen.variants == [[.stem("kremlchef")], [.exact("kreml"), .stem("chef")]])
  }

  @Test func doubleEqualsKeepsCase() throws {
    #expect(
      try Pattern.parse("==Genossen Putin").parts.map(\.element) == [
        .cased("Genossen"), .stem("putin"),
      ])
  }

  @Test func hangingHyphenIsExact() throws {
    let pattern = try Pattern.parse("Staats- und Parteichef")
    #expect(pattern.parts.map(\.element) == [.exact("staats"), .stem("und"), .stem("parteichef")])
  }

  @Test(arguments: [
    ("", Pattern.ParseError.empty), ("[der]", .onlyOptional),
    ("[Krieg", .unclosedBracket("[Krieg")), ("=", .emptyToken("=")), ("-", .emptyToken("-")),
  ])
  func rejectsBadPatterns(source: String, error: Pattern.ParseError) {
    #expect(throws: error) { try Pattern.parse(source) }
  }
}
