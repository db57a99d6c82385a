import Container
import Kubectl
import Lessons

/// What Tab offers at the cursor, the way kubectl's shell completion behaves: verbs, resource
/// types and aliases, each verb's flags and their values (`-o` formats, `-n` namespaces, `-c`
/// containers of the pod on the line), pod names from the live cluster, files or the example
/// URLs for `-f`, the shell's own commands; inside a container shell, its commands and paths.
///
/// Pure so it can be tested without a terminal; ``EditLineReader`` asks it for candidates.
public enum CompletionTable {
  /// What to complete the current word with.
  public enum Candidates: Equatable, Sendable {
    /// These words (already filtered by the typed prefix).
    case words([String])
    /// File names: the line editor's own filename completion.
    case files
  }

  /// Resource names and aliases that follow `get`, `describe`, `delete`…
  public static let resources = [
    "all", "ev", "event", "events", "namespace", "namespaces", "no", "node", "nodes", "ns", "po",
    "pod", "pods",
  ]
  private static let podResources: Set<String> = ["po", "pod", "pods"]
  private static let resourceVerbs: Set<String> = ["get", "describe", "delete", "wait", "explain"]
  /// Verbs whose first argument is a pod name, without a resource type.
  private static let podVerbs: Set<String> = ["logs", "exec"]
  /// Builtins whose one argument is a fixed word.
  private static let argumentChoices: [String: [String]] = [
    "lang": Language.allCases.map(\.rawValue), "help": [OuterCommand.HelpTopic.kubectl.rawValue],
    "reset": ["lesson", "step"],
  ]
  private static let fileCommands: Set<String> = ["cat", "ls", "cd", "edit"]
  /// Builtins of the simulated container shells, offered with the container's programs.
  private static let containerBuiltins = [
    "cd", "echo", "exit", "export", "pwd", "read", "set", "test", "trap", "type", "unset", "wait",
  ]

  /// The candidates for `word`, the word being typed, given the text before it on the line.
  public static func candidates(
    before: String, word: String, context: CompletionContext = CompletionContext()
  ) -> Candidates {
    let previous =
      (try? WordSplitter.split(before).words) ?? before.split(separator: " ").map(String.init)
    if let shell = context.containerShell {
      return containerCandidates(previous: previous, word: word, shell: shell)
    }
    guard let command = previous.first else {
      return .words(OuterCommand.names.filter { $0.hasPrefix(word) })
    }
    if command == "timeline" { return .words(podNames(context, namespace: nil, prefix: word)) }
    if command == "lesson", previous.count == 1 {
      return .words(context.lessons.filter { $0.hasPrefix(word) })
    }
    if previous.count == 1, let choices = argumentChoices[command] {
      return .words(choices.filter { $0.hasPrefix(word) })
    }
    if fileCommands.contains(command) { return .files }
    guard command == "kubectl" || command == "k" else { return .files }
    return kubectlCandidates(Array(previous.dropFirst()), word: word, context: context)
  }

  private static func kubectlCandidates(
    _ arguments: [String], word: String, context: CompletionContext
  ) -> Candidates {
    // Walk the words: which verb, which values were flags' values, what the line names.
    var positional: [String] = []
    var namespace: String?
    var pendingFlag: String?
    var afterDashDash = false
    var verb: String?
    for argument in arguments {
      if afterDashDash { continue }
      if let flag = pendingFlag {
        if flag == "namespace" { namespace = argument }
        pendingFlag = nil
        continue
      }
      if argument == "--" {
        afterDashDash = true
      } else if argument.hasPrefix("-") && argument.count > 1 {
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        let long = CompletionVocabulary.longName(of: name, verb: verb ?? "help")
        if argument.contains("=") {
          if long == "namespace" {
            namespace = String(argument.split(separator: "=")[1...].joined())
          }
        } else if CompletionVocabulary.takesValue(name, verb: verb ?? "help") {
          pendingFlag = long
        }
      } else if verb == nil {
        verb = argument
      } else {
        positional.append(argument)
      }
    }
    if afterDashDash { return .words([]) }
    guard let verb else {
      if let flag = pendingFlag {
        return flagValues(flag, word: word, pod: nil, context: context, namespace: namespace)
      }
      if word.hasPrefix("-") {
        return .words(CompletionVocabulary.flags(for: "help").filter { $0.hasPrefix(word) })
      }
      return .words(CompletionVocabulary.verbs.filter { $0.hasPrefix(word) && $0 != "help" })
    }
    let pod: String? =
      podVerbs.contains(verb)
      ? positional.first
      : (positional.count >= 2 && podResources.contains(positional[0]) ? positional[1] : nil)
    if let flag = pendingFlag {
      return flagValues(flag, word: word, pod: pod, context: context, namespace: namespace)
    }
    if word.hasPrefix("-") {
      return .words(CompletionVocabulary.flags(for: verb).filter { $0.hasPrefix(word) })
    }
    if podVerbs.contains(verb) {
      return .words(positional.isEmpty ? podNames(context, namespace: namespace, prefix: word) : [])
    }
    guard resourceVerbs.contains(verb) else { return .words([]) }
    if positional.isEmpty {
      // `get pod/<Tab>` names a pod in the type/name form.
      if let slash = word.firstIndex(of: "/"), podResources.contains(String(word[..<slash])) {
        let type = word[...slash]
        let rest = String(word[word.index(after: slash)...])
        return .words(podNames(context, namespace: namespace, prefix: rest).map { type + $0 })
      }
      return .words(resources.filter { $0.hasPrefix(word) })
    }
    if podResources.contains(positional[0]) {
      let named = Set(positional.dropFirst())
      return .words(
        podNames(context, namespace: namespace, prefix: word).filter { !named.contains($0) })
    }
    if ["ns", "namespace", "namespaces"].contains(positional[0]) {
      return .words(context.namespaces.filter { $0.hasPrefix(word) })
    }
    return .words([])
  }

  private static func flagValues(
    _ flag: String, word: String, pod: String?, context: CompletionContext, namespace: String?
  ) -> Candidates {
    switch flag {
    case "output":
      return .words(CompletionVocabulary.outputFormats.filter { $0.hasPrefix(word) })
    case "namespace":
      return .words(context.namespaces.filter { $0.hasPrefix(word) })
    case "container":
      let entry = context.pods.first {
        $0.name == pod && $0.namespace == (namespace ?? context.defaultNamespace)
      }
      return .words((entry?.containers ?? []).filter { $0.hasPrefix(word) })
    case "filename":
      if word.hasPrefix("h") {
        return .words(CompletionVocabulary.exampleURLs.filter { $0.hasPrefix(word) })
      }
      return .files
    default:
      return .words([])
    }
  }

  private static func podNames(_ context: CompletionContext, namespace: String?, prefix: String)
    -> [String]
  {
    let ns = namespace ?? context.defaultNamespace
    return context.pods.filter { $0.namespace == ns && $0.name.hasPrefix(prefix) }.map(\.name)
  }

  /// In a container shell: its programs and builtins first, then paths in its file system.
  private static func containerCandidates(
    previous: [String], word: String, shell: CompletionContext.ContainerShell
  ) -> Candidates {
    let fs = shell.fileSystem
    if previous.isEmpty && !word.contains("/") {
      var commands = Set(containerBuiltins)
      for directory in ["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin"] {
        for name in (try? fs.list(directory)) ?? [] { commands.insert(name) }
      }
      return .words(commands.filter { $0.hasPrefix(word) }.sorted())
    }
    // A path: list the directory part, offer the entries that start with the rest.
    let slash = word.lastIndex(of: "/")
    let directoryPart = slash.map { String(word[...$0]) } ?? ""
    let namePart = slash.map { String(word[word.index(after: $0)...]) } ?? word
    let directory = FilePath.normalize(
      directoryPart.isEmpty ? "." : directoryPart, cwd: shell.workingDirectory)
    guard let names = try? fs.list(directory) else { return .words([]) }
    return .words(
      names.filter { $0.hasPrefix(namePart) && (!$0.hasPrefix(".") || namePart.hasPrefix(".")) }
        .map { name in
          let path = FilePath.join(directory, name)
          return directoryPart + name + (fs.isDirectory(path) ? "/" : "")
        })
  }
}
