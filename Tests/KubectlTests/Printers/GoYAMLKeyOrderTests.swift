import Testing

@testable import Kubectl

/// go-yaml v2's key order (sorter.go), on the ASCII fast path and off it.
@Suite("GoYAML key order")
struct GoYAMLKeyOrderTests {
  @Test(arguments: [
    ("apiVersion", "kind", true),
    ("kind", "apiVersion", false),
    ("Z", "a", true),  // letters by code point: upper case first
    ("a", "aa", true),  // a prefix first
    ("aa", "a", false),
    ("same", "same", false),
    ("a1", "ab", true),  // a non-letter before a letter
    ("ab", "a1", false),
    ("item2", "item10", true),  // digit runs by value
    ("item10", "item2", false),
    ("item02", "item2", false),  // equal value: the longer run last
    ("_x", "a", true),
    ("é", "e", false),  // letters beyond ASCII by code point
  ])
  func order(_ a: String, _ b: String, precedes: Bool) {
    #expect(GoYAML.keyPrecedes(a, b) == precedes)
  }
}
