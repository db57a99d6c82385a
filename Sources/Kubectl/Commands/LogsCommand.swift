import Cluster
import Container

/// `kubectl logs POD [-c CONTAINER] [--tail N] [-p] [--timestamps] [--prefix]`.
struct LogsCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("container", "c", .string),
      FlagSpec("follow", "f", .bool),
      FlagSpec("previous", "p", .bool),
      FlagSpec("tail", nil, .int),
      FlagSpec("timestamps", nil, .bool),
      FlagSpec("prefix", nil, .bool),
      FlagSpec("all-containers", nil, .bool),
      FlagSpec("selector", "l", .string),
      FlagSpec("since", nil, .string),
    ]

  var pod: String
  var namespace: String
  var container: String?
  var previous: Bool
  var tail: Int64
  var timestamps: Bool
  var prefix: Bool
  var follow: Bool

  init(_ arguments: [String], namespace: String?) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("logs")
    }
    guard let target = parsed.positional.first else {
      throw .usage(
        command: "logs",
        message:
          "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"
      )
    }
    if let slash = target.firstIndex(of: "/") {
      guard try ResourceType.resolve(String(target[..<slash])) == .pods else {
        throw .note(SimulatorNote(.logsPodsOnly))
      }
      pod = String(target[target.index(after: slash)...])
    } else {
      pod = target
    }
    if parsed.positional.count == 2, parsed.string("container") == nil {
      container = parsed.positional[1]
    } else if parsed.positional.count > 1 {
      throw .usage(
        command: "logs",
        message:
          "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command"
      )
    } else {
      container = parsed.string("container")
    }
    if parsed.has("selector") {
      throw .usage(command: "logs", message: "only a selector (-l) or a POD name is allowed")
    }
    if parsed.bool("all-containers"), let container = parsed.string("container") {
      throw .message(
        "--all-containers=true should not be specified with container name \(container)")
    }
    tail = parsed.int("tail") ?? -1
    if tail < -1 { throw .message("--tail must be greater than or equal to -1") }
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    previous = parsed.bool("previous")
    follow = parsed.bool("follow")
    timestamps = parsed.bool("timestamps")
    prefix = parsed.bool("prefix")
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws(KubectlError) {
    let entries: [LogEntry]
    let chosen: String
    do {
      let access = try cluster.accessibleContainer(
        pod: pod, namespace: namespace, container: container)
      chosen = access.container
      if container == nil, access.pod.spec.allContainers.count > 1,
        access.pod.metadata.annotations?["kubectl.kubernetes.io/default-container"] == nil
      {
        output.err(
          "Defaulted container \"\(chosen)\" out of: " + ExecCommand.containerList(access.pod)
            + "\n")
      }
      entries = try cluster.logs(
        pod: pod, namespace: namespace, container: chosen, previous: previous)
    } catch {
      if case .api(.notFound(_, let name)) = error {
        throw .message(
          "error from server (NotFound): pods \"\(name)\" not found in namespace \"\(namespace)\"")
      }
      if case .api(.badRequest(let message)) = error,
        message.hasPrefix("container ") && message.contains("is not valid")
      {
        throw .message(message)
      }
      throw ExecCommand.map(error)
    }
    var lines = entries
    if tail >= 0 { lines = Array(lines.suffix(Int(tail))) }
    for entry in lines { output.out(render(entry, container: chosen)) }
    if follow && !previous {
      self.follow(
        &cluster, container: chosen, after: entries.count, pacer: environment.pacer,
        output: &output)
    }
  }

  /// How long `logs -f` follows in virtual time if the container keeps running (kubectl
  /// follows until Ctrl-C; a transcript needs an end).
  static let followBound: Duration = .seconds(60)

  /// `-f`: advances the clock and prints new lines until the container stops or the bound.
  private func follow(
    _ cluster: inout Cluster, container: String, after count: Int, pacer: (any Pacer)?,
    output: inout CommandOutput
  ) {
    // Live on a terminal: until Ctrl-C or the container stops, as kubectl does.
    let end = cluster.now + (pacer == nil ? Self.followBound : .seconds(86_400 * 365))
    var seen = count
    while cluster.now < end, !cluster.workExhausted,
      cluster.containerIsRunning(pod: pod, namespace: namespace, container: container)
    {
      // Log lines come from the running process itself, so step in whole seconds as well.
      let next = min(cluster.nextChange ?? end, cluster.now + .seconds(1), end)
      if let pacer,
        let stop = pacer.wait(
          from: cluster.now, until: next, for: .logs(pod: pod), pending: &output)
      {
        cluster.advance(to: stop)
        output.markInterrupted()
        return
      }
      cluster.advance(to: next)
      guard
        let entries = try? cluster.logs(
          pod: pod, namespace: namespace, container: container, previous: false)
      else { return }
      for entry in entries.dropFirst(seen) { output.out(render(entry, container: container)) }
      seen = entries.count
    }
    if cluster.now >= end,
      cluster.containerIsRunning(pod: pod, namespace: namespace, container: container)
    {
      output.note(SimulatorNote(.followBound))
    }
  }

  private func render(_ entry: LogEntry, container: String) -> String {
    var text = entry.text.hasSuffix("\n") ? entry.text : entry.text + "\n"
    if timestamps { text = RFC3339.formatNano(entry.at) + " " + text }
    if prefix { text = "[pod/\(pod)/\(container)] " + text }
    return text
  }
}
