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

/// The plain-scalar fast path takes only what go-yaml writes plain, as it is.
@Suite("GoYAML simple scalars")
struct GoYAMLSimpleScalarTests {
  @Test(arguments: [
    ("lifecycle-demo", true), ("a/b.c_d-e", true), ("nginx", true), ("80", true),
    ("-x", false), (".hidden", false), ("a b", false), ("a:b", false), ("", false),
    ("ü", false), ("a#b", false), ("a,b", false), ("x\n", false), ("'q'", false),
  ])
  func simple(_ text: String, _ expected: Bool) {
    #expect(YAMLEmitter.isSimple(text) == expected)
  }

  /// Strings that look like other types are still quoted, simple or not.
  @Test(arguments: [
    ("true", "\"true\"\n"), ("80", "\"80\"\n"), ("null", "\"null\"\n"), ("1e3", "\"1e3\"\n"),
    ("lifecycle-demo", "lifecycle-demo\n"), ("a/b", "a/b\n"),
  ])
  func quotedWhenTheyWouldResolveOtherwise(_ text: String, _ yaml: String) throws {
    #expect(try GoYAML.marshal(.string(text)) == yaml)
  }
}
