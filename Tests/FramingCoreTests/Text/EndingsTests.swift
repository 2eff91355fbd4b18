import Testing

@testable import FramingCore

/// Word endings compared as bytes agree with `hasSuffix` on folded words.
@Suite struct EndingsTests {
  @Test(arguments: [
    ("expertin", true), ("politologe", true), ("völkerrechtler", true), ("ökonom", true),
    ("e", false), ("zeitung", false), ("", false), ("experte ", false),
  ])
  func anEndingIsASuffix(word: String, isRole: Bool) {
    let endings: Endings = ["experte", "expertin", "politologe", "völkerrechtler", "ökonom"]
    #expect(endings.isEnding(of: word) == isRole)
    #expect(endings.isEnding(of: word) == endings.contains { word.hasSuffix($0) })
  }

  @Test func feminineRolesAreTold() {
    #expect(DocumentContext.roleGender("koreanistin") == true)
    #expect(DocumentContext.roleGender("politologin") == true)
    #expect(DocumentContext.roleGender("politologe") == false)
    #expect(DocumentContext.roleGender("zeitung") == nil)
  }
}
