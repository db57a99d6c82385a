/// The words shell completion offers for kubectl, taken from the simulator's own grammar so Tab
/// never proposes a flag the parser would reject.
public enum CompletionVocabulary {
  /// The verbs the simulator runs.
  public static var verbs: [String] {
    Invocation.Verb.allCases.map(\.rawValue).sorted()
  }

  /// `--name` and `-x` for every flag `verb` accepts (the global ones included), sorted.
  public static func flags(for verb: String) -> [String] {
    let specs = flagSpecs(for: verb)
    var words = specs.map { "--" + $0.name }
    words += specs.compactMap { $0.shorthand.map { "-" + String($0) } }
    return Array(Set(words)).sorted()
  }

  /// Whether `flag` (`-o`, `--container`) takes a value after it for `verb`.
  public static func takesValue(_ flag: String, verb: String) -> Bool {
    let name = flag.drop { $0 == "-" }
    guard
      let spec = flagSpecs(for: verb).first(where: {
        flag.hasPrefix("--") ? $0.name == name : $0.shorthand.map(String.init) == String(name)
      })
    else { return false }
    switch spec.kind {
    case .string, .int, .stringArray: return true
    case .bool, .optionalString: return false
    }
  }

  /// The example manifest URLs `-f` can fetch offline.
  public static var exampleURLs: [String] { OfflineCatalog.manifests.keys.sorted() }

  /// The values `-o` accepts in the simulator.
  public static let outputFormats = ["json", "name", "wide", "yaml"]

  /// The long name of `flag` for `verb` (`-c` → `container`), if it is one of its flags.
  public static func longName(of flag: String, verb: String) -> String? {
    if flag.hasPrefix("--") { return String(flag.dropFirst(2)) }
    let short = flag.dropFirst()
    return flagSpecs(for: verb).first { $0.shorthand.map(String.init) == String(short) }?.name
  }

  static func flagSpecs(for verb: String) -> [FlagSpec] {
    switch Invocation.Verb(rawValue: verb) {
    case .apply?, .create?: ApplyCommand.flags
    case .get?: GetCommand.flags
    case .describe?: DescribeCommand.flags
    case .exec?: ExecCommand.flags
    case .delete?: DeleteCommand.flags
    case .logs?: LogsCommand.flags
    case .wait?: WaitCommand.flags
    case .explain?: ExplainCommand.flags
    case .version?: VersionCommand.flags
    case .help?, nil: Invocation.globalFlags
    }
  }
}
