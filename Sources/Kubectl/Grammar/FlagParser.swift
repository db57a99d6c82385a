/// The value kind of a command-line flag (pflag's types that kubectl uses).
enum FlagKind: Equatable, Sendable {
  case bool
  case string
  case int
  /// Repeatable (`-f a.yaml -f b.yaml`, or `-f a.yaml,b.yaml`).
  case stringArray
  /// A string whose bare form (`--dry-run`) means a default value.
  case optionalString(bare: String)
}

/// One flag a command accepts.
struct FlagSpec: Equatable, Sendable {
  var name: String
  var shorthand: Character?
  var kind: FlagKind

  init(_ name: String, _ shorthand: Character? = nil, _ kind: FlagKind) {
    self.name = name
    self.shorthand = shorthand
    self.kind = kind
  }
}

/// A parsed command line: flag values by long name, positional arguments, and where `--` was.
struct ParsedArguments: Equatable, Sendable {
  var values: [String: [String]] = [:]
  var positional: [String] = []
  /// The number of positional arguments before `--`, if `--` was given (cobra's ArgsLenAtDash).
  var dashIndex: Int?

  func has(_ name: String) -> Bool { values[name] != nil }
  func string(_ name: String) -> String? { values[name]?.last }
  func strings(_ name: String) -> [String] { values[name] ?? [] }
  func bool(_ name: String, default value: Bool = false) -> Bool {
    guard let text = values[name]?.last else { return value }
    return text == "true"
  }
  func int(_ name: String) -> Int64? { values[name]?.last.flatMap { Int64($0) } }
}

/// pflag's parsing rules: long and short forms, `=` values, combined short flags, interspersed
/// positional arguments, `--`; its error messages verbatim.
enum FlagParser {
  static func parse(_ arguments: [String], flags: [FlagSpec]) throws(KubectlError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var i = 0
    func store(_ spec: FlagSpec, _ value: String) throws(KubectlError) {
      let flagName = "--\(spec.name)"
      switch spec.kind {
      case .bool:
        guard let normalized = parseBool(value) else {
          throw .message(
            "invalid argument \"\(value)\" for \"\(spec.shorthand.map { "-\($0), " } ?? "")\(flagName)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax"
          )
        }
        parsed.values[spec.name, default: []].append(normalized ? "true" : "false")
      case .int:
        guard Int64(value) != nil else {
          throw .message(
            "invalid argument \"\(value)\" for \"\(spec.shorthand.map { "-\($0), " } ?? "")\(flagName)\" flag: strconv.ParseInt: parsing \"\(value)\": invalid syntax"
          )
        }
        parsed.values[spec.name, default: []].append(value)
      case .stringArray:
        parsed.values[spec.name, default: []].append(
          contentsOf: value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        )
      case .string, .optionalString:
        parsed.values[spec.name, default: []].append(value)
      }
    }
    while i < arguments.count {
      let arg = arguments[i]
      i += 1
      if arg == "--" {
        parsed.dashIndex = parsed.positional.count
        parsed.positional.append(contentsOf: arguments[i...])
        break
      }
      if arg.hasPrefix("--") {
        let body = arg.dropFirst(2)
        let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        let inline =
          body.contains("=")
          ? String(body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[1])
          : nil
        guard let spec = flags.first(where: { $0.name == name }) else {
          throw .message("unknown flag: --\(name)")
        }
        switch spec.kind {
        case .bool: try store(spec, inline ?? "true")
        case .optionalString(let bare): try store(spec, inline ?? bare)
        default:
          if let inline {
            try store(spec, inline)
          } else if i < arguments.count {
            try store(spec, arguments[i])
            i += 1
          } else {
            throw .message("flag needs an argument: --\(name)")
          }
        }
        continue
      }
      if arg.hasPrefix("-") && arg.count > 1 {
        var rest = Substring(arg.dropFirst())
        while let c = rest.first {
          rest = rest.dropFirst()
          guard let spec = flags.first(where: { $0.shorthand == c }) else {
            throw .message("unknown shorthand flag: '\(c)' in -\(arg.dropFirst())")
          }
          switch spec.kind {
          case .bool:
            if rest.hasPrefix("=") {
              try store(spec, String(rest.dropFirst()))
              rest = ""
            } else {
              try store(spec, "true")
            }
          case .optionalString(let bare):
            try store(
              spec, rest.isEmpty ? bare : String(rest.hasPrefix("=") ? rest.dropFirst() : rest))
            rest = ""
          default:
            if !rest.isEmpty {
              try store(spec, String(rest.hasPrefix("=") ? rest.dropFirst() : rest))
              rest = ""
            } else if i < arguments.count {
              try store(spec, arguments[i])
              i += 1
            } else {
              throw .message("flag needs an argument: '\(c)' in -\(c)")
            }
          }
        }
        continue
      }
      parsed.positional.append(arg)
    }
    return parsed
  }

  private static func parseBool(_ text: String) -> Bool? {
    switch text {
    case "1", "t", "T", "true", "TRUE", "True": true
    case "0", "f", "F", "false", "FALSE", "False": false
    default: nil
    }
  }
}
