import Testing

@testable import Cluster

@Suite struct GoJSONTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("<a href=\"x\">&</a>", #""\u003ca href=\"x\"\u003e\u0026\u003c/a\u003e""#),
    ("line\nnext\r\ttab", #""line\nnext\r\ttab""#),
    ("\u{8}\u{C}", #""\b\f""#),
    ("a\u{1}b\u{1B}c\u{1F}", #""a\u0001b\u001bc\u001f""#),
    ("a\u{2028}b\u{2029}", #""a\u2028b\u2029""#),
    ("back\\slash", #""back\\slash""#),
    (
      "DEL\u{7F} NEL\u{85} nbsp\u{A0} bom\u{FEFF}", "\"DEL\u{7F} NEL\u{85} nbsp\u{A0} bom\u{FEFF}\""
    ),
    ("héllo 日本語 😀", "\"héllo 日本語 😀\""),
  ])
  func escapesLikeGo(_ pair: (String, String)) {
    #expect(GoJSON.quote(pair.0) == pair.1)
  }

  @Test(arguments: [
    (1.5, "1.5"), (1e-7, "1e-7"), (1e21, "1e+21"), (1e20, "100000000000000000000"), (0.1, "0.1"),
    (100.0, "100"), (-0.0, "-0"), (0.0, "0"), (2.5e-5, "0.000025"), (1e6, "1000000"),
    (123456.789, "123456.789"),
    (1e-6, "0.000001"), (9.99e-7, "9.99e-7"), (1.5e300, "1.5e+300"), (-2.5e-10, "-2.5e-10"),
    (Double.leastNonzeroMagnitude, "5e-324"), (Double.infinity, "null"),
  ])
  func formatsFloatsLikeGo(_ pair: (Double, String)) {
    #expect(GoJSON.formatNumber(pair.0) == pair.1)
  }

  @Test(arguments: [
    (1e6, "1e+06"), (123456.789, "123456.789"), (1e-7, "1e-07"), (2.5e-5, "2.5e-05"),
    (0.0001, "0.0001"),
    (100.0, "100"), (1234567.5, "1.2345675e+06"), (-0.5, "-0.5"),
  ])
  func formatsFloatsLikeGoG(_ pair: (Double, String)) {
    #expect(GoJSON.formatGeneral(pair.0) == pair.1)
  }

  @Test func marshalIndentMatchesGo() throws {
    let value: JSONValue = [
      "kind": "List", "apiVersion": "v1", "items": [], "metadata": ["resourceVersion": ""],
      "nested": [["a": [:], "b": [1, 2.5, true, nil]]],
    ]
    #expect(
      try GoJSON.kubectl(value) == """
        {
            "apiVersion": "v1",
            "items": [],
            "kind": "List",
            "metadata": {
                "resourceVersion": ""
            },
            "nested": [
                {
                    "a": {},
                    "b": [
                        1,
                        2.5,
                        true,
                        null
                    ]
                }
            ]
        }

        """)
    #expect(
      try GoJSON.marshalIndent(["a": [1]], prefix: ">", indent: "\t")
        == "{\n>\t\"a\": [\n>\t\t1\n>\t]\n>}")
  }

  @Test func compactFormSortsKeysByBytes() throws {
    let value: JSONValue = [
      "b": 1, "B": 2, "a_b": 3, "aB": 4, "日本": 5, "a": ["z": nil, "y": [[:], []]],
    ]
    #expect(
      try GoJSON.marshal(value)
        == #"{"B":2,"a":{"y":[{},[]],"z":null},"aB":4,"a_b":3,"b":1,"日本":5}"#)
    #expect(try GoJSON.marshal("<") == #""\u003c""#)
    #expect(GoJSON.compact(value) == (try GoJSON.marshal(value)))
  }

  @Test func listWrapperEndsLikeKubectl() throws {
    // kubectl-formats.md §7 #40.
    let list: JSONValue = [
      "apiVersion": "v1", "items": [], "kind": "List", "metadata": ["resourceVersion": ""],
    ]
    #expect(
      try GoJSON.kubectl(list).hasSuffix(
        "\"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"))
  }

  @Test func deepNestingIsBounded() throws {
    var value: JSONValue = 1
    for _ in 0..<(GoJSON.maxDepth + 1) { value = .array([value]) }
    #expect(throws: GoJSON.TooDeep()) { try GoJSON.marshal(value) }
    #expect(throws: GoJSON.TooDeep()) { try GoJSON.kubectl(value) }
    #expect(GoJSON.compact(value).hasPrefix("[[[["))
    #expect("\(GoJSON.TooDeep())" == "json: exceeded max depth of 1000")
    var ok: JSONValue = 1
    for _ in 0..<GoJSON.maxDepth { ok = .array([ok]) }
    #expect(try GoJSON.marshal(ok).count == 2 * GoJSON.maxDepth + 1)
  }
}
