/// What Tab offers at the cursor: a small, static table of kubectl verbs, resources and flags.
///
/// Pure so it can be tested without a terminal; ``EditLineReader`` asks it for candidates. (The
/// full context-aware completion of a later version, e.g. pod names from the cluster, plugs in
/// here.)
public enum CompletionTable {
  /// What to complete the current word with.
  public enum Candidates: Equatable, Sendable {
    /// These words (already filtered by the typed prefix).
    case words([String])
    /// File names: the line editor's own filename completion.
    case files
  }

  /// kubectl verbs the simulator knows.
  public static let verbs = [
    "annotate", "api-resources", "apply", "cluster-info", "create", "delete", "describe", "edit",
    "events", "exec", "explain", "get", "label", "logs", "run", "version", "wait",
  ]
  /// Resource names that follow `get`, `describe`, `delete`...
  public static let resources = ["events", "namespaces", "nodes", "pod", "pods"]
  /// Common flags.
  public static let flags = [
    "--all-namespaces", "--container", "--filename", "--follow", "--force", "--grace-period",
    "--namespace",
    "--now", "--output", "--previous", "--selector", "--show-labels", "--stdin", "--tty", "--watch",
    "-A", "-c", "-f", "-it", "-l", "-n", "-o", "-w",
  ]
  private static let resourceVerbs: Set<String> = [
    "get", "describe", "delete", "explain", "edit", "label", "annotate", "wait", "create",
  ]
  private static let fileCommands: Set<String> = ["cat", "ls", "cd"]

  /// The candidates for `word`, the word being typed, given the text before it on the line.
  public static func candidates(before: String, word: String) -> Candidates {
    let previous =
      (try? WordSplitter.split(before).words) ?? before.split(separator: " ").map(String.init)
    guard let command = previous.first else {
      return .words(OuterCommand.names.filter { $0.hasPrefix(word) })
    }
    if fileCommands.contains(command) || previous.last == "-f" || previous.last == "--filename" {
      return .files
    }
    guard command == "kubectl" || command == "k" else { return .files }
    if word.hasPrefix("-") { return .words(flags.filter { $0.hasPrefix(word) }) }
    let positional = previous.dropFirst().filter { !$0.hasPrefix("-") }
    guard let verb = positional.first else { return .words(verbs.filter { $0.hasPrefix(word) }) }
    if positional.count == 1 && resourceVerbs.contains(verb) {
      return .words(resources.filter { $0.hasPrefix(word) })
    }
    return .words([])
  }
}
