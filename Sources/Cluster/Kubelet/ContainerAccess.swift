import Container

/// Why the API server or the kubelet refused to reach into a container (exec, logs).
public enum ContainerAccessError: Error, Equatable, Sendable {
  case api(APIError)
  /// `cannot exec into a container in a completed pod; current phase is Succeeded`.
  case completedPod(PodPhase)
  /// `unable to upgrade connection: container not found ("c")`.
  case containerNotFound(String)
  /// `container "c" in pod "p" is waiting to start: <reason>` (logs).
  case waitingToStart(container: String, pod: String, reason: String)
  /// `previous terminated container "c" in pod "p" not found` (logs -p).
  case noPreviousContainer(container: String, pod: String)
}

/// What `kubectl exec` got back from a command in a container.
public struct ExecOutput: Equatable, Sendable {
  public var stdout: String
  public var stderr: String
  /// stdout and stderr interleaved, as a TTY shows them.
  public var combined: String
  public var exitCode: Int32
  /// The runtime could not start the command (`executable file not found in $PATH`).
  public var startFailure: String?
  /// The command was still running when the simulator stopped waiting for it.
  public var cutOff: Bool
  /// Ctrl-C stopped the command (see the `pace` parameter of ``Cluster/exec``).
  public var interrupted = false
  /// How many UTF-8 bytes of ``stdout`` and ``stderr`` the pace already showed while the
  /// command ran (with a TTY, all of it is stdout).
  public var shownStdout = 0
  public var shownStderr = 0
}

/// A command that ran in a container, as a pace sees it: how long it took, what it wrote to
/// its terminal and when.
public struct ExecProgress: Sendable {
  public var elapsed: Duration
  /// Its output, both streams in write order.
  public var output: String
  public var marks: [OutputMark]
}

/// What a pace did with an ``ExecProgress``.
public struct ExecPacing: Equatable, Sendable {
  /// Where Ctrl-C stopped the command (time since it started); nil when it ran to the end.
  public var stoppedAt: Duration?
  /// How many UTF-8 bytes of the output it already showed.
  public var shown: Int

  public init(stoppedAt: Duration?, shown: Int) {
    self.stoppedAt = stoppedAt
    self.shown = shown
  }
}

/// Spends real time on a command that ran in a container, showing its output as it came. The
/// interactive shell passes one; the Cluster layer only calls it.
public typealias ExecPace = (ExecProgress) -> ExecPacing

/// Runs a container command through a pace: `run(limit)` runs it; when Ctrl-C came before its
/// end, `reset()` puts the container (a value) back as it was and the command runs again, cut
/// off where the learner pressed it, so its output and effects up to there are the same.
private func runPaced<Result>(
  _ pace: ExecPace?, limit: Duration, run: (Duration) -> Result, reset: () -> Void,
  progress: (Result) -> ExecProgress
) -> (result: Result, shown: Int, interrupted: Bool) {
  let result = run(limit)
  guard let pace else { return (result, 0, false) }
  let seen = progress(result)
  let pacing = pace(seen)
  guard let reached = pacing.stoppedAt, reached < seen.elapsed else {
    return (result, pacing.shown, false)
  }
  reset()
  return (run(reached), pacing.shown, true)
}

extension Cluster {
  /// The container an exec or logs request reaches, after the API server's checks.
  ///
  /// - Parameter container: `-c NAME`, or nil for the default (first) container.
  public func accessibleContainer(pod name: String, namespace: String, container: String?)
    throws(ContainerAccessError) -> (pod: Pod, container: String)
  {
    guard let pod = pod(named: name, in: namespace) else {
      throw .api(.notFound(resource: "pods", name: name))
    }
    let all = pod.spec.allContainers.map(\.name)
    let chosen =
      container ?? pod.metadata.annotations?["kubectl.kubernetes.io/default-container"] ?? pod.spec
      .containers.first?.name ?? ""
    guard all.contains(chosen) else {
      throw .api(.badRequest("container \(chosen) is not valid for pod \(name)"))
    }
    return (pod, chosen)
  }

  /// Runs a command in a running container (`kubectl exec`), advancing the clock by its duration.
  public mutating func exec(
    _ command: [String], pod name: String, namespace: String, container: String?, stdin: String,
    tty: Bool, limit: Duration, pace: ExecPace? = nil, columns: Int = 80
  ) throws(ContainerAccessError) -> ExecOutput {
    let (pod, containerName) = try runningContainer(
      pod: name, namespace: namespace, container: container)
    guard let uid = pod.metadata.uid, let index = runtimes[uid]?.index(of: containerName),
      var instance = runtimes[uid]?.containers[index].instance
    else { throw .containerNotFound(containerName) }
    let start = now
    let (result, shown, interrupted) = metered(&instance) { instance in
      let untouched = instance
      return runPaced(
        pace, limit: limit,
        run: {
          instance.exec(
            command, stdin: stdin, tty: tty, at: start, timeLimit: $0, columns: columns)
        },
        reset: { instance = untouched },
        progress: { ExecProgress(elapsed: $0.elapsed, output: $0.combined, marks: $0.marks) })
    }
    runtimes[uid]?.containers[index].instance = instance
    watchExit(uid: uid, index: index)
    var output = ExecOutput(
      stdout: result.stdout, stderr: result.stderr, combined: result.combined,
      exitCode: result.exitCode, startFailure: nil, cutOff: false, interrupted: interrupted)
    // Which stream the shown bytes went to, from the marks of the run that counts.
    var previous = 0
    for mark in result.marks where previous < shown {
      let count = min(mark.length, shown) - previous
      if mark.isError { output.shownStderr += count } else { output.shownStdout += count }
      previous = min(mark.length, shown)
    }
    switch result.outcome {
    case .completed: break
    case .timedOut: output.cutOff = !interrupted
    case .notStarted(let reason): output.startFailure = reason
    }
    record(
      ExecRecord(
        namespace: namespace, podName: name, podUID: uid, container: containerName,
        command: command, interactive: false, at: start, filesRead: result.filesRead,
        exitCode: result.exitCode))
    advance(by: result.elapsed)
    return output
  }

  /// Notes a command run through the API, keeping the log bounded.
  private mutating func record(_ record: ExecRecord) {
    execRecords.append(record)
    if execRecords.count > ExecRecord.capacity {
      execRecords.removeFirst(execRecords.count - ExecRecord.capacity)
    }
  }

  /// Opens an interactive shell in a running container (`kubectl exec -it POD -- /bin/bash`).
  ///
  /// Returns nil if the program is not a shell kubetutor can run interactively; the caller
  /// then runs it as a plain command.
  public mutating func openShell(
    _ command: [String], pod name: String, namespace: String, container: String?
  ) throws(ContainerAccessError) -> InteractiveSession? {
    let (pod, containerName) = try runningContainer(
      pod: name, namespace: namespace, container: container)
    guard let uid = pod.metadata.uid, let index = runtimes[uid]?.index(of: containerName),
      var instance = runtimes[uid]?.containers[index].instance
    else { throw .containerNotFound(containerName) }
    let session = InteractiveSession(argv: command, container: &instance, at: now)
    runtimes[uid]?.containers[index].instance = instance
    return session
  }

  /// Runs one line typed into an interactive container shell, advancing the clock; a nil line
  /// is the end of the input (Ctrl-D) while a command was half typed
  /// (``InteractiveSession/finishPending(in:at:timeLimit:)``).
  public mutating func runInteractive(
    _ shell: inout InteractiveSession, line: String?, pod name: String, namespace: String,
    container: String, pace: ExecPace? = nil
  ) -> InteractiveLineResult {
    guard let pod = pod(named: name, in: namespace), let uid = pod.metadata.uid,
      let index = runtimes[uid]?.index(of: container),
      var instance = runtimes[uid]?.containers[index].instance, instance.isRunning(at: now)
    else {
      // The container went away under the shell: kubectl's stream ends with an error.
      return InteractiveLineResult(
        output: "", exitStatus: 137, lostConnection: true, needsMoreInput: false)
    }
    let start = now
    // Ctrl-C reaches the container's shell as its time limit does: `^C`, status 130. A typed
    // line counts against the line's work and the node's disk, as `kubectl exec` does.
    let (step, shown, _) = metered(&instance) { instance in
      let untouched = (shell, instance)
      return runPaced(
        pace, limit: .seconds(600),
        run: { limit in
          guard let line else {
            return shell.finishPending(in: &instance, at: start, timeLimit: limit) ?? .nothing
          }
          return shell.run(line: line, in: &instance, at: start, timeLimit: limit)
        },
        reset: { (shell, instance) = untouched },
        progress: { ExecProgress(elapsed: $0.elapsed, output: $0.output, marks: $0.marks) })
    }
    runtimes[uid]?.containers[index].instance = instance
    watchExit(uid: uid, index: index)
    if let line {
      record(
        ExecRecord(
          namespace: namespace, podName: name, podUID: uid, container: container,
          command: [line], interactive: true, at: start, filesRead: step.filesRead,
          exitCode: step.exited))
    }
    advance(by: step.elapsed)
    return InteractiveLineResult(
      output: String(decoding: step.output.utf8.dropFirst(shown), as: UTF8.self),
      exitStatus: step.exited, lostConnection: false, needsMoreInput: step.needsMoreInput)
  }

  /// The log lines of a container (the current instance, or the previous one with `previous`).
  public func logs(pod name: String, namespace: String, container: String?, previous: Bool)
    throws(ContainerAccessError) -> [LogEntry]
  {
    let (pod, containerName) = try accessibleContainer(
      pod: name, namespace: namespace, container: container)
    guard let uid = pod.metadata.uid, let runtime = runtimes[uid],
      let index = runtime.index(of: containerName)
    else { return [] }
    let record = runtime.containers[index]
    if previous {
      guard let old = record.previousInstance else {
        throw .noPreviousContainer(container: containerName, pod: name)
      }
      return old.logs(until: now)
    }
    guard let instance = record.instance else {
      let statuses =
        (pod.status?.containerStatuses ?? []) + (pod.status?.initContainerStatuses ?? [])
      let waiting =
        statuses.first { $0.name == containerName }?.state.waiting?.reason ?? "ContainerCreating"
      // The API server words the image errors rather than naming the reason.
      let reason =
        switch waiting {
        case "ErrImagePull": "image can't be pulled"
        case "ImagePullBackOff": "trying and failing to pull image"
        default: waiting
        }
      throw .waitingToStart(container: containerName, pod: name, reason: reason)
    }
    return instance.logs(until: now)
  }

  /// Whether the container's current process is running now, or `after` from now (what
  /// `logs -f` follows, and what keeps an interactive exec open).
  public func containerIsRunning(
    pod name: String, namespace: String, container: String, after: Duration = .zero
  ) -> Bool {
    guard let pod = pod(named: name, in: namespace), let uid = pod.metadata.uid,
      let index = runtimes[uid]?.index(of: container)
    else { return false }
    return runtimes[uid]?.containers[index].instance?.isRunning(at: now + after) == true
  }

  private func runningContainer(pod name: String, namespace: String, container: String?)
    throws(ContainerAccessError) -> (Pod, String)
  {
    let (pod, chosen) = try accessibleContainer(
      pod: name, namespace: namespace, container: container)
    if let phase = pod.status?.phase, phase.isTerminal { throw .completedPod(phase) }
    if pod.spec.nodeName == nil {
      throw .api(.badRequest("pod \(name) does not have a host assigned"))
    }
    guard let uid = pod.metadata.uid, let runtime = runtimes[uid],
      let index = runtime.index(of: chosen),
      case .running = runtime.containers[index].phase,
      runtime.containers[index].instance?.isRunning(at: now) == true
    else { throw .containerNotFound(chosen) }
    // Until the kubelet has reported the container running, the API has no container to reach.
    guard
      pod.status?.containerStatuses?.first(where: { $0.name == chosen })?.state.running != nil
        || pod.status?.initContainerStatuses?.first(where: { $0.name == chosen })?.state.running
          != nil
    else { throw .containerNotFound(chosen) }
    return (pod, chosen)
  }
}

/// The result of one line in an interactive container shell.
public struct InteractiveLineResult: Equatable, Sendable {
  /// What the line printed that the pace has not shown yet (all of it without a pace).
  public var output: String
  /// Set when the shell exited (or the container died under it).
  public var exitStatus: Int32?
  /// The container stopped while the shell was open.
  public var lostConnection: Bool
  /// The line opened a construct (`while …`, an open quote) the shell needs more lines for.
  public var needsMoreInput: Bool
}

extension Cluster {
  /// The file system of a container as it is now (for completing paths in a container shell);
  /// nil when the container has never run.
  public func fileSystem(ofPod name: String, namespace: String, container: String) -> FileSystem? {
    guard let pod = pod(named: name, in: namespace), let uid = pod.metadata.uid,
      let index = runtimes[uid]?.index(of: container)
    else { return nil }
    return runtimes[uid]?.containers[index].instance?.filesystem(at: now)
  }
}
