/// What a command name refers to (`type`, `command -v`).
extension Interpreter {
  enum CommandKind: Equatable {
    case builtin
    case function
    case keyword
    case file(String)
  }

  static let keywords: Set<String> = [
    "if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "{",
    "}", "!", "in",
  ]

  /// Classifies `name` the way the shell would resolve it; nil if nothing matches.
  func describeCommand(_ name: String, fs: FileSystem) -> CommandKind? {
    if Interpreter.keywords.contains(name) { return .keyword }
    if functions[name] != nil { return .function }
    if Builtins.lookup(name, flavor: flavor) != nil { return .builtin }
    if case .found(let path) = ExecutableLookup.find(
      name, path: variables["PATH"] ?? ExecutableLookup.defaultPath, cwd: cwd, fs: fs)
    {
      return .file(path)
    }
    return nil
  }
}
