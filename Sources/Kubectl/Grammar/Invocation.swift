import Cluster

/// A kubectl verb and its arguments, after the global flags have been taken off.
struct Invocation: Sendable {
  /// The commands kubetutor emulates.
  enum Verb: String, CaseIterable, Sendable {
    case apply, create, get, describe, exec, delete, logs, wait, explain, version, help
  }

  var verb: Verb
  var arguments: [String]
  /// `-n`/`--namespace` given before the verb.
  var namespace: String?

  /// Every real kubectl command, for suggestions and the "not simulated" line.
  static let realCommands = [
    "alpha", "annotate", "api-resources", "api-versions", "apply", "attach", "auth", "autoscale",
    "certificate", "cluster-info", "completion", "config", "cordon", "cp", "create", "debug",
    "delete",
    "describe", "diff", "drain", "edit", "events", "exec", "explain", "expose", "get", "help",
    "kustomize",
    "label", "logs", "options", "patch", "plugin", "port-forward", "proxy", "replace", "rollout",
    "run",
    "scale", "set", "taint", "top", "uncordon", "version", "wait",
  ]

  /// Flags every command accepts (kubectl's global flags that matter here).
  static let globalFlags = [
    FlagSpec("namespace", "n", .string),
    FlagSpec("context", nil, .string),
    FlagSpec("kubeconfig", nil, .string),
    FlagSpec("request-timeout", nil, .string),
    FlagSpec("v", "v", .int),
  ]

  static func parse(_ arguments: [String]) throws(KubectlError) -> Invocation {
    var namespace: String?
    var i = 0
    // Global flags may come before the verb: `kubectl -n default get pods`.
    while i < arguments.count, arguments[i].hasPrefix("-"), arguments[i] != "-" {
      let arg = arguments[i]
      if arg == "--help" || arg == "-h" {
        return Invocation(verb: .help, arguments: [], namespace: namespace)
      }
      let takesValue = [
        "-n", "--namespace", "--context", "--kubeconfig", "--request-timeout", "-v", "--v",
      ].contains(arg)
      let parsed = try FlagParser.parse(
        Array(arguments[i..<min(arguments.count, i + (takesValue ? 2 : 1))]), flags: globalFlags)
      if let ns = parsed.string("namespace") { namespace = ns }
      i += takesValue ? 2 : 1
    }
    guard i < arguments.count else {
      return Invocation(verb: .help, arguments: [], namespace: namespace)
    }
    let word = arguments[i]
    guard let verb = Verb(rawValue: word) else {
      if realCommands.contains(word) {
        throw .note(
          SimulatorNote(
            .commandNotSimulated,
            [
              "command": word,
              "commands": Verb.allCases.filter { $0 != .help }.map(\.rawValue).joined(
                separator: ", "),
            ]))
      }
      throw .unknownCommand(word, suggestions: suggestions(for: word))
    }
    let rest = Array(arguments[(i + 1)...])
    // `--help` anywhere before `--` asks for the command's help instead of running it.
    if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }),
      verb != .help
    {
      return Invocation(verb: .help, arguments: [verb.rawValue], namespace: namespace)
    }
    return Invocation(verb: verb, arguments: rest, namespace: namespace)
  }

  /// The one-line description kubectl gives each simulated command.
  static let summaries: [Verb: String] = [
    .apply: "Apply a configuration to a resource by file name or stdin",
    .create: "Create a resource from a file or from stdin",
    .get: "Display one or many resources",
    .describe: "Show details of a specific resource or group of resources",
    .exec: "Execute a command in a container",
    .delete:
      "Delete resources by file names, stdin, resources and names, or by resources and label selector",
    .logs: "Print the logs for a container in a pod",
    .wait: "Experimental: Wait for a specific condition on one or many resources",
    .explain: "Get documentation for a resource",
    .version: "Print the client and server version information",
  ]

  /// `kubectl VERB --help`, shortened to what the simulator does: the description, the flags
  /// it accepts, and where kubectl's full text is.
  /// Its kubetutor notes go in as notes, so the shell can translate them.
  static func writeHelp(for verb: Verb, into output: inout CommandOutput) {
    output.out((summaries[verb] ?? "") + ".\n\n")
    output.note(SimulatorNote(.helpFlags), stream: .stdout)
    var text = ""
    for flag in CompletionVocabulary.flagSpecs(for: verb.rawValue).sorted(by: { $0.name < $1.name })
    {
      let short = flag.shorthand.map { "-\($0), " } ?? "    "
      let value: String
      switch flag.kind {
      case .bool, .optionalString: value = ""
      case .int: value = " int"
      case .string: value = " string"
      case .stringArray: value = " strings"
      }
      text += "    \(short)--\(flag.name)\(value)\n"
    }
    text += "\nUsage:\n  kubectl \(verb.rawValue) [flags] [options]\n\n"
    output.out(text)
    output.note(shortenedNote(verb), stream: .stdout)
  }

  /// Where kubectl's full help for `verb` is.
  static func shortenedNote(_ verb: Verb) -> SimulatorNote {
    SimulatorNote(
      .helpShortened,
      ["url": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_\(verb.rawValue)/"])
  }

  /// Parses the verb's own arguments as ``execute(in:environment:output:)`` would, without
  /// touching a cluster.
  func validate() throws(KubectlError) {
    switch verb {
    case .apply: _ = try ApplyCommand(arguments, namespace: namespace, create: false)
    case .create: _ = try ApplyCommand(arguments, namespace: namespace, create: true)
    case .get: _ = try GetCommand(arguments, namespace: namespace)
    case .describe: _ = try DescribeCommand(arguments, namespace: namespace)
    case .exec: _ = try ExecCommand(arguments, namespace: namespace)
    case .delete: _ = try DeleteCommand(arguments, namespace: namespace)
    case .logs: _ = try LogsCommand(arguments, namespace: namespace)
    case .wait: _ = try WaitCommand(arguments, namespace: namespace)
    case .explain: _ = try ExplainCommand(arguments)
    case .version: _ = try VersionCommand(arguments)
    case .help: break
    }
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws {
    switch verb {
    case .apply:
      try ApplyCommand(arguments, namespace: namespace, create: false).execute(
        in: &cluster, environment: environment, output: &output)
    case .create:
      try ApplyCommand(arguments, namespace: namespace, create: true).execute(
        in: &cluster, environment: environment, output: &output)
    case .get:
      try GetCommand(arguments, namespace: namespace).execute(
        in: &cluster, environment: environment, output: &output)
    case .describe:
      try DescribeCommand(arguments, namespace: namespace).execute(in: cluster, output: &output)
    case .exec:
      try ExecCommand(arguments, namespace: namespace).execute(
        in: &cluster, environment: environment, output: &output)
    case .delete:
      try DeleteCommand(arguments, namespace: namespace).execute(
        in: &cluster, environment: environment, output: &output)
    case .logs:
      try LogsCommand(arguments, namespace: namespace).execute(
        in: &cluster, environment: environment, output: &output)
    case .wait:
      try WaitCommand(arguments, namespace: namespace).execute(
        in: &cluster, environment: environment, output: &output)
    case .explain: try ExplainCommand(arguments).execute(output: &output)
    case .version: try VersionCommand(arguments).execute(output: &output)
    case .help:
      if let name = arguments.first, let verb = Verb(rawValue: name), verb != .help {
        Self.writeHelp(for: verb, into: &output)
      } else {
        output.out(Self.helpText)
      }
    }
  }

  /// Cobra's suggestions: commands within edit distance 2, or that start with the typed word.
  static func suggestions(for typed: String) -> [String] {
    realCommands.filter { $0 != "alpha" && $0 != "help" }.filter {
      editDistance(typed.lowercased(), $0) <= 2 || $0.hasPrefix(typed.lowercased())
    }
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    for i in 1...x.count {
      var current = [i] + Array(repeating: 0, count: y.count)
      for j in 1...y.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[y.count]
  }

  static let helpText = """
    kubectl controls the Kubernetes cluster manager.

     Find more information at: https://kubernetes.io/docs/reference/kubectl/

    Commands simulated by kubetutor:
      apply         Apply a configuration to a resource by file name or stdin
      create        Create a resource from a file or from stdin
      get           Display one or many resources
      describe      Show details of a specific resource or group of resources
      exec          Execute a command in a container
      delete        Delete resources by file names, stdin, resources and names, or by resources and label selector
      logs          Print the logs for a container in a pod
      wait          Experimental: Wait for a specific condition on one or many resources
      explain       Get documentation for a resource
      version       Print the client and server version information

    Usage:
      kubectl [flags] [options]

    Use "kubectl <command> --help" for more information about a given command.

    """
}
