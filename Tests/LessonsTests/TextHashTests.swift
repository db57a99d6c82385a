import Testing

@testable import Lessons

@Suite struct TextHashTests {
  @Test(arguments: [
    ("", "cbf29ce484222325"),
    ("a", "af63dc4c8601ec8c"),
  ])
  func knownValues(text: String, hash: String) {
    #expect(TextHash.of(text) == hash)
  }

  @Test func trailingSpaceAndBlankEdgesDoNotCount() {
    #expect(TextHash.of("one  \ntwo\t\n\n") == TextHash.of("\none\ntwo"))
    #expect(TextHash.of("one\ntwo") != TextHash.of("one\ntwo!"))
  }
}
