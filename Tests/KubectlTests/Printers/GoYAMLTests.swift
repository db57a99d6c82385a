import Cluster
import Testing

@testable import Kubectl

/// Focused cases for the YAML printer. Every expected scalar below was printed by the real
/// kubectl v1.34.5 (see GoYAMLOracleTests for the whole documents they come from).
@Suite struct GoYAMLTests {
  struct ScalarCase: Sendable, CustomTestStringConvertible {
    var value: String
    var printed: String
    var testDescription: String { "\(value.debugDescription) -> \(printed.debugDescription)" }
  }

  /// `k: <value>` as kubectl prints it (indent 0, so folding starts after column 80).
  static let scalars: [ScalarCase] = [
    .init(value: "yes", printed: "k: \"yes\"\n"), .init(value: "0755", printed: "k: \"0755\"\n"),
    .init(value: "1e3", printed: "k: \"1e3\"\n"), .init(value: "-c", printed: "k: -c\n"),
    .init(value: ": x", printed: "k: ': x'\n"), .init(value: "a #b", printed: "k: 'a #b'\n"),
    .init(value: "héllo wörld 日本語", printed: "k: héllo wörld 日本語\n"),
    .init(value: "line one  \nline two\n", printed: "k: \"line one  \\nline two\\n\"\n"),
    .init(value: "a\tb", printed: "k: \"a\\tb\"\n"), .init(value: "", printed: "k: \"\"\n"),
    .init(value: "on", printed: "k: \"on\"\n"), .init(value: "null", printed: "k: \"null\"\n"),
    .init(value: "~", printed: "k: \"~\"\n"),
    .init(value: "2025-01-15T10:00:00Z", printed: "k: \"2025-01-15T10:00:00Z\"\n"),
    .init(value: "2025-01-15", printed: "k: \"2025-01-15\"\n"),
    .init(value: " x", printed: "k: ' x'\n"),
    .init(value: "x ", printed: "k: 'x '\n"), .init(value: "it's", printed: "k: it's\n"),
    .init(value: "\"q\"", printed: "k: '\"q\"'\n"), .init(value: "*x", printed: "k: '*x'\n"),
    .init(value: "?x", printed: "k: ?x\n"), .init(value: "a:", printed: "k: 'a:'\n"),
    .init(value: "<a href=\"x\">&</a>", printed: "k: <a href=\"x\">&</a>\n"),
    .init(value: "smile 😀", printed: "k: \"smile \\U0001F600\"\n"),
    .init(value: "a\u{1}b\u{1B}c", printed: "k: \"a\\x01b\\ec\"\n"),
    .init(value: "a\nb\n", printed: "k: |\n  a\n  b\n"),
    .init(value: "a\nb", printed: "k: |-\n  a\n  b\n"),
    .init(value: "a\nb\n\n", printed: "k: |+\n  a\n  b\n\n"),
    .init(value: "\na", printed: "k: |2-\n\n  a\n"),
    .init(value: "  a\nb\n", printed: "k: |2\n    a\n  b\n"),
    .init(value: "True", printed: "k: \"True\"\n"),
    .init(value: "1:20", printed: "k: \"1:20\"\n"), .init(value: "...", printed: "k: '...'\n"),
    .init(value: "---x", printed: "k: '---x'\n"), .init(value: "- x", printed: "k: '- x'\n"),
    .init(value: "a,b", printed: "k: a,b\n"), .init(value: "08", printed: "k: \"08\"\n"),
    .init(value: "+1", printed: "k: \"+1\"\n"), .init(value: ".5", printed: "k: \".5\"\n"),
    .init(value: "1_000", printed: "k: \"1_000\"\n"),
    .init(value: "0b101", printed: "k: \"0b101\"\n"),
    .init(value: "y", printed: "k: \"y\"\n"), .init(value: "0o17", printed: "k: \"0o17\"\n"),
    .init(value: "\u{8}\u{C}", printed: "k: \"\\b\\f\"\n"),
    .init(value: "a\r\nb", printed: "k: \"a\\r\\nb\"\n"),
    .init(value: "a\u{A0}b", printed: "k: a\u{A0}b\n"),
    .init(value: "\u{FEFF}x", printed: "k: \"\\uFEFF\\x78\"\n"),
    .init(value: "a\u{85}b", printed: "k: a b\n"),
    .init(value: "2025-1-5", printed: "k: \"2025-1-5\"\n"),
    .init(value: "2025-01-15 10:00:00", printed: "k: \"2025-01-15 10:00:00\"\n"),
    .init(value: "a\\b", printed: "k: a\\b\n"), .init(value: "a: b", printed: "k: 'a: b'\n"),
    .init(value: "-", printed: "k: '-'\n"), .init(value: "-12", printed: "k: \"-12\"\n"),
    .init(value: "<<", printed: "k: <<\n"),
    .init(value: "99999999999999999999", printed: "k: \"99999999999999999999\"\n"),
    .init(
      value: "2025-01-15T10:00:00.123+02:00", printed: "k: \"2025-01-15T10:00:00.123+02:00\"\n"),
    .init(value: "2025-13-45", printed: "k: 2025-13-45\n"),
    .init(value: "1.2.3", printed: "k: 1.2.3\n"),
    .init(value: " ", printed: "k: ' '\n"), .init(value: "a \nb", printed: "k: \"a \\nb\"\n"),
    .init(value: "a\n b", printed: "k: |-\n  a\n   b\n"),
    .init(value: "a\u{2028}b", printed: "k: 'a\u{2028}  b'\n"),
    .init(value: "1e400", printed: "k: 1e400\n"), .init(value: "0x", printed: "k: 0x\n"),
    .init(value: "http://example.com/a?b=c#frag", printed: "k: http://example.com/a?b=c#frag\n"),
  ]

  @Test(arguments: scalars)
  func scalar(_ testCase: ScalarCase) throws {
    #expect(try GoYAML.marshal(["k": .string(testCase.value)]) == testCase.printed)
  }

  @Test func foldsPlainScalarsAtTheFirstSpacePastColumn80() throws {
    let x79 = String(repeating: "x", count: 79)
    // A space at column 81 or later breaks the line; continuation lines are indented by 2.
    #expect(try GoYAML.marshal(["args": [.string(x79 + " y")]]) == "args:\n- \(x79)\n  y\n")
    #expect(
      try GoYAML.marshal(["args": [.string("x" + x79 + "  y z")]]) == "args:\n- x\(x79)  y\n  z\n")
    #expect(try GoYAML.marshal(["k": .string("\(x79) y")]) == "k: \(x79)\n  y\n")
    // Keys are never folded.
    let longKey = Array(repeating: "word", count: 25).joined(separator: " ")
    #expect(try GoYAML.marshal([.init(stringLiteral: longKey): 1]) == "\(longKey): 1\n")
  }

  @Test func keysUseGoYAMLNaturalOrder() throws {
    let keys = [
      "a10", "a9", "a_b", "aB", "A", "a-b", "a.b", "a/b", "z", "a01", "a1", "日本", "a0", "a00",
      "x9y", "x09y",
    ]
    var object: [String: JSONValue] = [:]
    for key in keys { object[key] = "v" }
    let printed = try GoYAML.marshal(.object(object))
    let order = printed.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
    #expect(
      order == [
        "A", "a-b", "a.b", "a/b", "a_b", "a0", "a00", "a1", "a01", "a9", "a10", "aB", "x9y", "x09y",
        "z", "日本",
      ])
  }

  @Test func structure() throws {
    let value: JSONValue = [
      "list": [[1, 2], [], [:], nil, true, [["a": 1, "b": [3, [4]]]]],
      "map": ["inner": ["x": "y"]],
      "empty": [:],
      "none": [],
    ]
    #expect(
      try GoYAML.marshal(value) == """
        empty: {}
        list:
        - - 1
          - 2
        - []
        - {}
        - null
        - true
        - - a: 1
            b:
            - 3
            - - 4
        map:
          inner:
            x: "y"
        none: []

        """)
  }

  @Test func complexKeys() throws {
    let long = String(repeating: "k", count: 129)
    #expect(
      try GoYAML.marshal([.init(stringLiteral: long): ["nested": "v"]])
        == "? \(long)\n: nested: v\n")
    #expect(try GoYAML.marshal(["a\nb": 6]) == "? |-\n  a\n  b\n: 6\n")
  }

  @Test func numbers() throws {
    let value: JSONValue = [
      "a": 1.5, "b": 1e-7, "c": 1e21, "d": 1e20, "e": 0.1, "f": .double(100), "g": .double(-0.0),
      "h": 123_456_789_012_345_678, "i": 2.5e-5, "j": .double(1e6), "k": 123456.789, "l": -7,
      "m": 1e-6,
      "n": 1234567.5,
    ]
    let printed = try GoYAML.marshal(value)
    #expect(
      printed == """
        a: 1.5
        b: 1e-07
        c: 1e+21
        d: 1e+20
        e: 0.1
        f: 100
        g: 0
        h: 123456789012345678
        i: 2.5e-05
        j: 1000000
        k: 123456.789
        l: -7
        m: 1e-06
        "n": 1.2345675e+06

        """)
  }

  @Test(arguments: ["a\u{7F}b", "a\u{80}b", "a\u{9F}", "a\u{FFFE}b", "\u{FFFF}"])
  func controlCharactersFailAsInKubectl(_ text: String) {
    #expect(throws: GoYAML.Failure.controlCharacters) { try GoYAML.marshal(["k": .string(text)]) }
    #expect(throws: GoYAML.Failure.controlCharacters) {
      try GoYAML.marshal([.init(stringLiteral: text): 1])
    }
    #expect("\(GoYAML.Failure.controlCharacters)" == "yaml: control characters are not allowed")
  }

  @Test func nelIsFoldedLikeALineBreak() throws {
    #expect(try GoYAML.marshal(["k": "a \u{85}  b"]) == "k: a b\n")
    #expect(try GoYAML.marshal(["k": "a\u{85}\u{85}b"]) == "k: |-\n  a\n  b\n")
    #expect(try GoYAML.marshal(["k": "a\u{85}"]) == "k: 'a '\n")
  }

  @Test func documentsAreSeparatedByDashes() throws {
    #expect(try GoYAML.documents([["a": 1], ["b": 2], "x"]) == "a: 1\n---\nb: 2\n---\nx\n")
    #expect(try GoYAML.documents([]) == "")
  }

  @Test func rootScalarsAndOpenEndedBlocks() throws {
    #expect(try GoYAML.marshal("plain") == "plain\n")
    #expect(try GoYAML.marshal(.null) == "null\n")
    #expect(try GoYAML.marshal([]) == "[]\n")
    #expect(try GoYAML.marshal([:]) == "{}\n")
    // A keep-chomped block as the last scalar: kubectl writes no "..." marker after it.
    #expect(try GoYAML.marshal(["status": ["zz": "a\n\n"]]) == "status:\n  zz: |+\n    a\n\n")
    #expect(try GoYAML.marshal(["zz": "a\n\n", "zzz": "b"]) == "zz: |+\n  a\n\nzzz: b\n")
  }

  @Test func deepNestingIsBounded() {
    var value: JSONValue = "leaf"
    for _ in 0..<(GoJSON.maxDepth + 1) { value = .array([value]) }
    #expect(throws: GoYAML.Failure.tooDeep) { try GoYAML.marshal(value) }
    var ok: JSONValue = "leaf"
    for _ in 0..<200 { ok = ["k": ok] }
    #expect((try? GoYAML.marshal(ok)) != nil)
  }

  @Test(arguments: [
    ("yes", true), ("Yes", true), ("YES", true), ("yEs", false), ("0755", true), ("0x1F", true),
    ("0x", false),
    ("1_000", true), ("+.inf", true), (".5e3", true), (".", false), ("1e", false), ("-", false),
    ("1.2.3", false),
    ("2025-02-29", false), ("2024-02-29", true), ("2025-01-15t10:00:00z", false),
    ("2025-01-15t10:00:00Z", true),
    ("-9223372036854775808", true), ("18446744073709551615", true), ("-0b101", true),
    ("0b102", false),
  ])
  func resolver(_ pair: (String, Bool)) {
    #expect(YAMLResolver.resolvesToNonString(pair.0) == pair.1)
  }
}
