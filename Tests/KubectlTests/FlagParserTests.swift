import Testing

@testable import Kubectl

@Suite struct FlagParserTests {
  static let flags = [
    FlagSpec("output", "o", .string), FlagSpec("stdin", "i", .bool), FlagSpec("tty", "t", .bool),
    FlagSpec("filename", "f", .stringArray), FlagSpec("grace-period", nil, .int),
    FlagSpec("wait", nil, .bool),
    FlagSpec("dry-run", nil, .optionalString(bare: "unchanged")),
  ]

  struct Case: Sendable, CustomTestStringConvertible {
    var args: [String]
    var values: [String: [String]]
    var positional: [String]
    var dash: Int?
    var testDescription: String { args.joined(separator: " ") }
  }

  @Test(arguments: [
    Case(args: ["-oyaml", "pods"], values: ["output": ["yaml"]], positional: ["pods"]),
    Case(args: ["pods", "-o", "wide"], values: ["output": ["wide"]], positional: ["pods"]),
    Case(args: ["--output=json"], values: ["output": ["json"]], positional: []),
    Case(
      args: ["-it", "demo", "--", "sh", "-c", "echo -n hi"],
      values: ["stdin": ["true"], "tty": ["true"]], positional: ["demo", "sh", "-c", "echo -n hi"],
      dash: 1),
    Case(
      args: ["-f", "a.yaml", "-f", "b.yaml,c.yaml"],
      values: ["filename": ["a.yaml", "b.yaml", "c.yaml"]], positional: []),
    Case(args: ["--grace-period", "-1", "x"], values: ["grace-period": ["-1"]], positional: ["x"]),
    Case(args: ["--wait=false"], values: ["wait": ["false"]], positional: []),
    Case(args: ["--dry-run"], values: ["dry-run": ["unchanged"]], positional: []),
    Case(args: ["--dry-run=client", "-"], values: ["dry-run": ["client"]], positional: ["-"]),
  ])
  func parsesLikePflag(_ c: Case) throws {
    let parsed = try FlagParser.parse(c.args, flags: Self.flags)
    #expect(parsed.values == c.values)
    #expect(parsed.positional == c.positional)
    #expect(parsed.dashIndex == c.dash)
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var args: [String]
    var message: String
    var testDescription: String { message }
  }

  /// Messages checked against the real kubectl 1.34 binary.
  @Test(arguments: [
    ErrorCase(args: ["--foo"], message: "unknown flag: --foo"),
    ErrorCase(args: ["-z"], message: "unknown shorthand flag: 'z' in -z"),
    ErrorCase(args: ["-iz"], message: "unknown shorthand flag: 'z' in -iz"),
    ErrorCase(args: ["-o"], message: "flag needs an argument: 'o' in -o"),
    ErrorCase(args: ["--output"], message: "flag needs an argument: --output"),
    ErrorCase(
      args: ["--grace-period=abc"],
      message:
        "invalid argument \"abc\" for \"--grace-period\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax"
    ),
  ])
  func errorsWordedLikePflag(_ c: ErrorCase) {
    #expect(throws: KubectlError.message(c.message)) {
      try FlagParser.parse(c.args, flags: Self.flags)
    }
  }
}

@Suite struct SortKeyTests {
  @Test(arguments: [
    ("pod-2", "pod-10", true), ("pod-10", "pod-2", false), ("a", "b", true), ("a9", "a10", true),
    ("pod-02", "pod-2", false), ("x", "x1", true),
    ("2025-09-15T09:00:01Z", "2025-09-15T09:00:10Z", true),
  ])
  func naturalOrder(_ a: String, _ b: String, _ less: Bool) {
    #expect(SortKey.naturalLess(a, b) == less)
  }
}
