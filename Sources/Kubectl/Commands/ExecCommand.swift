import Cluster

/// `kubectl exec [-it] POD [-c CONTAINER] -- COMMAND…`.
struct ExecCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("stdin", "i", .bool),
      FlagSpec("tty", "t", .bool),
      FlagSpec("container", "c", .string),
      FlagSpec("quiet", "q", .bool),
      FlagSpec("filename", "f", .stringArray),
      FlagSpec("pod-running-timeout", nil, .string),
    ]

  var pod: String
  var namespace: String
  var container: String?
  var command: [String]
  var stdin: Bool
  var tty: Bool
  var quiet: Bool

  init(_ arguments: [String], namespace: String?) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("exec")
    }
    let before = Array(parsed.positional.prefix(parsed.dashIndex ?? parsed.positional.count))
    guard let target = before.first else {
      throw .message("pod, type/name or --filename must be specified")
    }
    if before.count > 1 {
      throw .usage(
        command: "exec",
        message:
          "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead")
    }
    if let slash = target.firstIndex(of: "/") {
      let type = String(target[..<slash])
      guard try ResourceType.resolve(type) == .pods else {
        throw .note(SimulatorNote(.execPodsOnly))
      }
      pod = String(target[target.index(after: slash)...])
    } else {
      pod = target
    }
    command = parsed.dashIndex.map { Array(parsed.positional[$0...]) } ?? []
    guard !command.isEmpty else {
      throw .message("you must specify at least one command for the container")
    }
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    container = parsed.string("container")
    stdin = parsed.bool("stdin")
    tty = parsed.bool("tty")
    quiet = parsed.bool("quiet")
  }

  func execute(
    in cluster: inout Cluster, environment: KubectlEnvironment, output: inout CommandOutput
  ) throws(KubectlError) {
    if tty && stdin && !environment.stdinIsTerminal && !quiet {
      output.err("Unable to use a TTY - input is not a terminal or the right kind of file\n")
    }
    let chosen: String
    do {
      let access = try cluster.accessibleContainer(
        pod: pod, namespace: namespace, container: container)
      chosen = access.container
      if container == nil, access.pod.spec.allContainers.count > 1,
        access.pod.metadata.annotations?["kubectl.kubernetes.io/default-container"] == nil, !quiet
      {
        output.err(
          "Defaulted container \"\(chosen)\" out of: " + Self.containerList(access.pod) + "\n")
      }
    } catch { throw Self.map(error) }
    let interactive = stdin && tty && environment.stdinIsTerminal
    if interactive {
      do {
        if let shell = try cluster.openShell(
          command, pod: pod, namespace: namespace, container: chosen)
        {
          let hostname =
            cluster.pod(named: pod, in: namespace).map { $0.spec.hostname ?? $0.name } ?? pod
          output.session = ExecSession(
            podName: pod, namespace: namespace, container: chosen, shell: shell, hostname: hostname)
          return
        }
      } catch { throw Self.map(error) }
    }
    let result: ExecOutput
    do {
      result = try cluster.exec(
        command, pod: pod, namespace: namespace, container: chosen,
        stdin: stdin ? environment.stdin : "", tty: tty && environment.stdinIsTerminal,
        limit: .seconds(600), pace: environment.pacer?.execPace(from: cluster.now, pod: pod),
        columns: environment.columns)
    } catch { throw Self.map(error) }
    if let failure = result.startFailure {
      throw .message(
        "Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"\(Self.execID(pod: pod, command: command))\": \(failure)"
      )
    }
    if tty && environment.stdinIsTerminal {
      // What the pacer showed while the command ran is on the screen already.
      output.out(
        String(
          decoding: result.combined.utf8.dropFirst(result.shownStdout + result.shownStderr),
          as: UTF8.self))
    } else {
      output.out(String(decoding: result.stdout.utf8.dropFirst(result.shownStdout), as: UTF8.self))
      output.err(String(decoding: result.stderr.utf8.dropFirst(result.shownStderr), as: UTF8.self))
    }
    if result.interrupted {
      output.markInterrupted()
      return
    }
    if result.cutOff {
      output.note(SimulatorNote(.execStillRunning))
      output.exitCode = 130
      return
    }
    if result.exitCode != 0 {
      throw .verbatim(
        "command terminated with exit code \(result.exitCode)\n", exitCode: result.exitCode)
    }
  }

  static func containerList(_ pod: Pod) -> String {
    (pod.spec.containers.map(\.name) + (pod.spec.initContainers ?? []).map { "\($0.name) (init)" })
      .joined(separator: ", ")
  }

  /// A stable 64-hex exec ID (containerd's), derived from the request rather than randomness.
  static func execID(pod: String, command: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (pod + "\u{0}" + command.joined(separator: "\u{0}")).utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    var out = ""
    for _ in 0..<4 {
      hash = hash &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let word = String(hash, radix: 16)
      out += String(repeating: "0", count: 16 - word.count) + word
    }
    return out
  }

  static func map(_ error: ContainerAccessError) -> KubectlError {
    switch error {
    case .api(let api): .api(api, source: nil)
    case .completedPod(let phase):
      .message(
        "cannot exec into a container in a completed pod; current phase is \(phase.rawValue)")
    case .containerNotFound(let name):
      .message("unable to upgrade connection: container not found (\"\(name)\")")
    case .waitingToStart(let container, let pod, let reason):
      .api(
        .badRequest("container \"\(container)\" in pod \"\(pod)\" is waiting to start: \(reason)"),
        source: nil)
    case .noPreviousContainer(let container, let pod):
      .api(
        .badRequest("previous terminated container \"\(container)\" in pod \"\(pod)\" not found"),
        source: nil)
    }
  }
}
