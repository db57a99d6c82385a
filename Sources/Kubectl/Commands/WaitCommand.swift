import Cluster
import Container

/// `kubectl wait --for=condition=Ready pod/NAME`: advances the clock until the condition holds.
struct WaitCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("for", nil, .string),
      FlagSpec("timeout", nil, .string),
      FlagSpec("all", nil, .bool),
      FlagSpec("selector", "l", .string),
      FlagSpec("filename", "f", .stringArray),
    ]

  /// What `--for` asks for.
  enum Condition: Equatable, Sendable {
    /// A pod condition type and the status it must reach (`Ready`, `True`).
    case condition(type: String, status: String)
    /// The object is gone.
    case delete
    /// `--for=jsonpath={.status.phase}=Running`.
    case phase(String)

    init(_ text: String) throws(KubectlError) {
      if text == "delete" {
        self = .delete
        return
      }
      if text.hasPrefix("condition=") {
        let parts = text.dropFirst("condition=".count).split(separator: "=", maxSplits: 1).map(
          String.init)
        guard let type = parts.first, !type.isEmpty else {
          throw .message("unrecognized condition: \"\(text)\"")
        }
        let status = parts.count > 1 ? parts[1] : "True"
        self = .condition(
          type: type, status: status.prefix(1).uppercased() + status.dropFirst().lowercased())
        return
      }
      if text.hasPrefix("jsonpath=") {
        let body = text.dropFirst("jsonpath=".count)
        let parts = body.split(separator: "=", maxSplits: 1).map(String.init)
        let path = parts.first?.trimmingCharacters(in: "'\"") ?? ""
        guard ["{.status.phase}", ".status.phase"].contains(path), parts.count == 2 else {
          throw .note(SimulatorNote(.waitJSONPath))
        }
        self = .phase(parts[1].trimmingCharacters(in: "'\""))
        return
      }
      throw .message("unrecognized condition: \"\(text)\"")
    }

    func holds(for pod: Pod?) -> Bool {
      switch self {
      case .delete: return pod == nil
      case .condition(let type, let status): return pod?.status?.condition(type)?.status == status
      case .phase(let phase): return pod?.status?.phase?.rawValue == phase
      }
    }
  }

  var names: [String]
  var namespace: String
  var condition: Condition
  /// `--for` as typed, for the wait indicator.
  var conditionText: String
  var timeout: Duration
  var all: Bool
  var selector: [String: String]?

  init(_ arguments: [String], namespace: String?) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("wait")
    }
    guard let text = parsed.string("for") else { throw .message("--for must be set") }
    condition = try Condition(text)
    conditionText = text
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    all = parsed.bool("all")
    if let text = parsed.string("selector") { selector = try GetCommand.parseSelector(text) }
    timeout = parsed.string("timeout").flatMap(DurationParser.parse) ?? .seconds(30)
    guard let selection = try ResourceSelection.parse(parsed.positional, command: "wait") else {
      throw .message("resource(s) were provided, but no name was specified")
    }
    guard selection.type == .pods else { throw .note(SimulatorNote(.waitPodsOnly)) }
    if selection.names.isEmpty && !all && selector == nil {
      throw .message("resource(s) were provided, but no name was specified")
    }
    names = selection.names
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws(KubectlError) {
    var targets: [(name: String, uid: String?)] = []
    if names.isEmpty {
      var pods = cluster.pods(in: namespace)
      if let selector {
        pods = pods.filter { p in selector.allSatisfy { p.metadata.labels?[$0.key] == $0.value } }
      }
      if pods.isEmpty { throw .message("no matching resources found") }
      targets = pods.map { ($0.name, $0.metadata.uid) }
    } else {
      for name in names {
        guard let pod = cluster.pod(named: name, in: namespace) else {
          if condition == .delete { continue }
          throw .api(.notFound(resource: "pods", name: name), source: nil)
        }
        targets.append((name, pod.metadata.uid))
      }
    }
    // kubectl waits for each object in turn, within one overall timeout.
    let deadline = cluster.now + timeout
    let namespace = namespace
    for target in targets {
      let condition = condition
      let current: (Cluster) -> Pod? = { cluster in
        cluster.pod(named: target.name, in: namespace).flatMap {
          $0.metadata.uid == target.uid ? $0 : nil
        }
      }
      let outcome = cluster.advance(
        until: { condition.holds(for: current($0)) }, limit: max(.zero, deadline - cluster.now),
        pacer: environment.pacer, activity: .condition(conditionText, pod: target.name),
        output: &output)
      if outcome == .interrupted { return }
      guard outcome == .met else {
        throw .message("timed out waiting for the condition on pods/\(target.name)")
      }
      output.out("pod/\(target.name) condition met\n")
    }
  }
}

extension String {
  /// The string without the given leading and trailing characters.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
