/// `kubectl version`: the 1.34 client and the simulated 1.34 server.
struct VersionCommand {
  static let flags =
    Invocation.globalFlags + [FlagSpec("client", nil, .bool), FlagSpec("output", "o", .string)]

  var clientOnly: Bool
  var format: String?

  init(_ arguments: [String]) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("version")
    }
    if !parsed.positional.isEmpty {
      throw .message("extra arguments: [\(parsed.positional.joined(separator: " "))]")
    }
    clientOnly = parsed.bool("client")
    format = parsed.string("output")
    if let format, format != "json", format != "yaml" {
      throw .message("--output must be 'yaml' or 'json'")
    }
  }

  func execute(output: inout CommandOutput) throws(KubectlError) {
    switch format {
    case "json":
      var text =
        "{\n  \"clientVersion\": {\n" + Self.fields(Self.client)
        + "  },\n  \"kustomizeVersion\": \"v5.7.1\""
      if !clientOnly { text += ",\n  \"serverVersion\": {\n" + Self.fields(Self.server) + "  }" }
      output.out(text + "\n}\n")
    case "yaml":
      var text = "clientVersion:\n" + Self.yamlFields(Self.client) + "kustomizeVersion: v5.7.1\n"
      if !clientOnly { text += "serverVersion:\n" + Self.yamlFields(Self.server) }
      output.out(text + "\n")
    default:
      output.out("Client Version: v1.34.1\nKustomize Version: v5.7.1\n")
      if !clientOnly { output.out("Server Version: v1.34.0\n") }
    }
  }

  static let client: [(String, String)] = [
    ("major", "1"), ("minor", "34"), ("gitVersion", "v1.34.1"),
    ("gitCommit", "93248f9ae092f571eb870b7664c534bfc7d00f03"),
    ("gitTreeState", "clean"), ("buildDate", "2025-09-09T19:44:50Z"), ("goVersion", "go1.24.6"),
    ("compiler", "gc"),
    ("platform", "linux/amd64"),
  ]
  static let server: [(String, String)] = [
    ("major", "1"), ("minor", "34"), ("emulationMajor", "1"), ("emulationMinor", "34"),
    ("minCompatibilityMajor", "1"),
    ("minCompatibilityMinor", "33"), ("gitVersion", "v1.34.0"),
    ("gitCommit", "f28b4c9efbca5c5c0af716d9f2d5702667ee8a45"),
    ("gitTreeState", "clean"), ("buildDate", "2025-08-27T10:09:34Z"), ("goVersion", "go1.24.6"),
    ("compiler", "gc"),
    ("platform", "linux/amd64"),
  ]

  static func fields(_ pairs: [(String, String)]) -> String {
    pairs.enumerated().map {
      "    \"\($0.element.0)\": \"\($0.element.1)\"" + ($0.offset == pairs.count - 1 ? "\n" : ",\n")
    }.joined()
  }

  static func yamlFields(_ pairs: [(String, String)]) -> String {
    pairs.sorted { $0.0 < $1.0 }.map { key, value in
      let quoted = ["1", "34", "33"].contains(value) ? "\"\(value)\"" : value
      return "  \(key): \(quoted)\n"
    }.joined()
  }
}
