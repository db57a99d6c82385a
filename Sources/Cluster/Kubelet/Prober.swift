import Container

/// The kubelet's prober: one worker per probe, ticking every `periodSeconds` from the pod's
/// admission, running the handler against the live container and acting on the verdicts.
extension Cluster {
  /// AddPod: a worker for every probe of every container, its ticker started now.
  mutating func startProbeWorkers(uid: String) {
    guard let runtime = runtimes[uid] else { return }
    for container in runtime.containers {
      for kind in ProbeKind.allCases where container.spec.probe(kind) != nil {
        queue.schedule(
          .probe(uid: uid, container: container.spec.name, kind: kind, periodic: true),
          at: now + delay(.probeWorkerStart))
      }
    }
  }

  /// The container at `index` now counts as running (started, postStart returned).
  mutating func containerRunning(uid: String, index: Int) {
    guard let container = runtimes[uid]?.containers[index] else { return }
    mark(.running, uid: uid, container: container.spec.name)
    if !container.isReady { mark(.notReady, uid: uid, container: container.spec.name) }
    runtimes[uid]?.containers[index].waiting = nil
  }

  /// prober_manager UpdatePodStatus: each status the kubelet generates asks the readiness worker
  /// of a started but unready container for a result at once, instead of at its next tick
  /// (one request at a time, as the worker's trigger channel holds one).
  mutating func triggerReadiness(uid: String) {
    guard let runtime = runtimes[uid] else { return }
    for (index, container) in runtime.containers.enumerated()
    where container.spec.readinessProbe != nil && container.isProbeable && container.startupPassed
      && !container.readinessPassed && !container.readinessTriggered
    {
      runtimes[uid]?.containers[index].readinessTriggered = true
      queue.schedule(
        .probe(uid: uid, container: container.spec.name, kind: .readiness, periodic: false),
        at: now + delay(.readinessAfterStart))
    }
  }

  /// doProbe: one run of a worker. A periodic run schedules the next tick unless the worker stops.
  mutating func probe(uid: String, container name: String, kind: ProbeKind, periodic: Bool) {
    guard pod(uid: uid) != nil, let index = runtimes[uid]?.index(of: name),
      let probe = runtimes[uid]?.containers[index].spec.probe(kind)
    else { return }
    if !periodic { runtimes[uid]?.containers[index].readinessTriggered = false }
    if keepsProbing(uid: uid, index: index, kind: kind, probe: probe), periodic {
      queue.schedule(
        .probe(uid: uid, container: name, kind: kind, periodic: true),
        at: now + .seconds(probe.period))
    }
  }

  /// Runs the probe if the container is in a state to be probed; false when the worker stops.
  private mutating func keepsProbing(uid: String, index: Int, kind: ProbeKind, probe: Probe)
    -> Bool
  {
    guard let pod = pod(uid: uid), var container = runtimes[uid]?.containers[index] else {
      return false
    }
    let processRuns = container.instance?.isRunning(at: now) == true
    // This copy must not keep the instance alive while the probe changes it (withInstance).
    container.instance = nil
    container.previousInstance = nil
    // Liveness and startup stop once the pod is being deleted; readiness goes on.
    if runtimes[uid]?.terminationStartedAt != nil && kind != .readiness { return false }
    guard container.isProbeable, let startedAt = container.runningSince, processRuns else {
      if kind == .readiness && container.instanceNumber > 0 && container.readinessPassed
        && container.spec.readinessProbe != nil
      {
        runtimes[uid]?.containers[index].readinessPassed = false
      }
      // A container that exited and will not be restarted is not probed again.
      // (Sidecars are always restarted: their workers go on, as fixed in 1.34 patch releases.)
      if case .exited = container.phase, pod.spec.restartPolicy == "Never",
        !container.spec.isSidecar
      {
        return false
      }
      return true
    }
    var worker = container.probeWorkers[kind] ?? ProbeWorker()
    if worker.instance != container.instanceNumber {
      // A new container: probing resumes; the run of results carries over (worker.go).
      worker.instance = container.instanceNumber
      worker.onHold = false
      if kind == .liveness && container.spec.isSidecar {
        // Its initial result is in: the container after the sidecar may start.
        runtimes[uid]?.containers[index].probeWorkers[kind] = worker
        resumeStartup(uid: uid, after: index)
      }
    }
    defer { runtimes[uid]?.containers[index].probeWorkers[kind] = worker }
    if worker.onHold { return true }
    // The status reports startedAt in whole seconds, and the kubelet counts whole seconds.
    let startSecond = Instant(milliseconds: startedAt.milliseconds - startedAt.milliseconds % 1000)
    if (now - startSecond).wholeMilliseconds / 1000 < probe.initialDelay { return true }
    // Startup runs until it passes; the other two only after it has.
    if (kind == .startup) == container.startupPassed { return true }
    guard let action = probe.action else { return true }
    let success: Bool
    switch runProbe(action, probe: probe, uid: uid, index: index) {
    case .success:
      success = true
    case .failure(let output):
      success = false
      recordKubeletEvent(
        about: pod, container: container, type: "Warning", reason: "Unhealthy",
        message: "\(kind.title) probe failed: \(output)")
    case .error(let error):
      // The prober could not run the probe: the result is thrown away, not counted.
      recordKubeletEvent(
        about: pod, container: container, type: "Warning", reason: "Unhealthy",
        message: "\(kind.title) probe errored and resulted in unknown state: \(error)")
      return true
    }
    guard
      let verdict = worker.record(
        success, successesNeeded: probe.successesNeeded, failuresNeeded: probe.failuresNeeded)
    else { return true }
    switch kind {
    case .readiness:
      setReadiness(verdict, uid: uid, index: index)
    case .startup:
      worker.onHold = true
      worker.resultRun = 0
      if verdict {
        runtimes[uid]?.containers[index].startupPassed = true
        mark(.startupProbeSucceeded, uid: uid, container: container.spec.name)
        if container.spec.readinessProbe == nil {
          mark(.ready, uid: uid, container: container.spec.name)
        }
        postStatus(uid: uid)
        if container.isInit { resumeStartup(uid: uid, after: index) }
      } else {
        killForProbe(kind, uid: uid, index: index, probe: probe)
      }
    case .liveness:
      guard !verdict else { return true }
      worker.onHold = true
      worker.resultRun = 0
      killForProbe(kind, uid: uid, index: index, probe: probe)
    }
    return true
  }

  /// A sidecar is now started and seen by its liveness worker: the pod's first start goes on
  /// with the next container (later restarts of the sidecar start nothing else).
  private mutating func resumeStartup(uid: String, after index: Int) {
    guard let runtime = runtimes[uid], runtime.terminationStartedAt == nil,
      !runtime.anyRegularContainerStarted
    else { return }
    continueStartup(uid: uid, epoch: runtime.epoch, after: index)
  }

  /// The readiness verdict changed the container's Ready: the status manager posts it at once.
  private mutating func setReadiness(_ ready: Bool, uid: String, index: Int) {
    guard let container = runtimes[uid]?.containers[index], container.readinessPassed != ready
    else { return }
    runtimes[uid]?.containers[index].readinessPassed = ready
    mark(ready ? .ready : .notReady, uid: uid, container: container.spec.name)
    postStatus(uid: uid)
  }

  /// computePodActions after a liveness or startup failure: kill (preStop first) and restart
  /// per the pod's restart policy.
  private mutating func killForProbe(_ kind: ProbeKind, uid: String, index: Int, probe: Probe) {
    guard let pod = pod(uid: uid), let container = runtimes[uid]?.containers[index] else { return }
    let name = container.spec.name
    var message: String
    if container.isInit {
      // computeInitContainerActions words it for a sidecar, which is always restarted.
      message = "Init container \(name) failed \(kind.rawValue) probe"
    } else {
      message = "Container \(name) failed \(kind.rawValue) probe"
      if pod.spec.restartPolicy != "Never" { message += ", will be restarted" }
    }
    mark(.probeFailed(kind), uid: uid, container: name)
    runtimes[uid]?.containers[index].killedForProbe = true
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Killing", message: message)
    let grace =
      probe.terminationGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
    killContainerGracefully(uid: uid, index: index, pod: pod, grace: grace)
  }

  /// Runs a probe handler against the container at `index` now: success, and the output the
  /// kubelet puts in the `Unhealthy` event (pkg/probe's exec, http, tcp and grpc probers).
  private mutating func runProbe(_ action: ProbeAction, probe: Probe, uid: String, index: Int)
    -> ProbeResult
  {
    // The spec only: a copy of the whole container would share, and so copy on write, the
    // instance the probe is about to change.
    guard let spec = runtimes[uid]?.containers[index].spec, let podIP = runtimes[uid]?.podIP
    else { return .error("container not found") }
    let timeout = Duration.seconds(probe.timeout)
    switch action {
    case .exec(let command):
      let argv = Self.expandStatic(command, env: spec.env ?? [])
      let now = self.now
      guard
        let result = withInstance(
          uid: uid, index: index,
          { $0.exec(argv, stdin: "", tty: false, at: now, timeLimit: timeout) })
      else { return .error("container not found") }
      watchExit(uid: uid, index: index)
      switch result.outcome {
      case .timedOut:
        return .failure("command \(FieldError.quoted(argv.joined(separator: " "))) timed out")
      case .notStarted(let reason):
        return .error(
          "rpc error: code = Unknown desc = failed to exec in container: failed to start exec \(FieldError.quoted(rng.hex(64))): \(reason)"
        )
      case .completed:
        // ExecSync hands back stdout then stderr, and the prober keeps the first 10 KiB.
        let output = String(
          decoding: (result.stdout + result.stderr).utf8.prefix(10 << 10), as: UTF8.self)
        return result.exitCode == 0 ? .success(output) : .failure(output)
      }
    case .httpGet(let get):
      let host = get.host ?? podIP
      guard let port = probePort(get.port, in: spec) else {
        return .error(Self.portError(get.port))
      }
      let scheme = (get.scheme ?? "HTTP").lowercased()
      let path = get.path ?? "/"
      let address = Self.joinHostPort(host, port)
      let url = "\(scheme)://\(address)\(path.hasPrefix("/") ? "" : "/")\(path)"
      switch acceptsConnection(host: host, port: port) {
      case nil:
        return .failure(
          "Get \(FieldError.quoted(url)): dial tcp \(address): i/o timeout (Client.Timeout exceeded while awaiting headers)"
        )
      case false?:
        return .failure(
          "Get \(FieldError.quoted(url)): dial tcp \(address): connect: connection refused"
        )
      case true? where scheme == "https" && !neverAnswers(host: host, port: port):
        // The simulated servers speak plain HTTP only.
        return .failure(
          "Get \(FieldError.quoted(url)): http: server gave HTTP response to HTTPS client"
        )
      case true?:
        break
      }
      let request = HTTPRequest(
        method: "GET", scheme: scheme, host: host, port: port, path: path,
        headers: Self.kubeletHeaders(
          get.httpHeaders, userAgent: "kube-probe/1.34", host: host, port: port),
        clientIP: config.nodeIP)
      let result = sendHTTP(request)
      guard case .response(let response)? = result else {
        if result == .noAnswer {
          // Taken and never answered (`nc -l`): the client's timeout ends the wait.
          return .failure(
            "Get \(FieldError.quoted(url)): context deadline exceeded (Client.Timeout exceeded while awaiting headers)"
          )
        }
        return .failure(
          "Get \(FieldError.quoted(url)): dial tcp \(address): connect: connection refused"
        )
      }
      if response.elapsed > timeout {
        return .failure(
          "Get \(FieldError.quoted(url)): context deadline exceeded (Client.Timeout exceeded while awaiting headers)"
        )
      }
      guard (200..<400).contains(response.status) else {
        return .failure("HTTP probe failed with statuscode: \(response.status)")
      }
      return .success(response.body)
    case .tcpSocket(let tcp):
      let host = tcp.host ?? podIP
      guard let port = probePort(tcp.port, in: spec) else {
        return .error(Self.portError(tcp.port))
      }
      let address = Self.joinHostPort(host, port)
      switch acceptsConnection(host: host, port: port) {
      case nil: return .failure("dial tcp \(address): i/o timeout")
      case false?: return .failure("dial tcp \(address): connect: connection refused")
      case true?: return .success("")
      }
    case .grpc(let grpc):
      // None of the simulated images serves gRPC: the health client never gets a connection
      // it can use before the timeout.
      let address = Self.joinHostPort(podIP, Int(grpc.port ?? 0))
      return .failure(
        "timeout: failed to connect service \(FieldError.quoted(address)) within \(GoDuration.string(.seconds(probe.timeout))): context deadline exceeded"
      )
    }
  }

  /// ResolveContainerPort's error for a port that is neither a valid number nor a named port.
  private static func portError(_ port: IntOrString?) -> String {
    switch port {
    case .string(let name)?: "port \(name) not found"
    case .int(let number)?: "invalid port number: \(number)"
    case nil: "invalid port number: 0"
    }
  }

  /// `$(VAR)` references to the container's plain `env` values, as the prober expands an exec
  /// command (ExpandContainerCommandOnlyStatic); `$$` escapes a `$`, unknown names stay as written.
  static func expandStatic(_ argv: [String], env: [EnvVar]) -> [String] {
    var values: [String: String] = [:]
    for variable in env { if let value = variable.value { values[variable.name] = value } }
    return argv.map { word in
      var out = ""
      var rest = Substring(word)
      while let dollar = rest.firstIndex(of: "$") {
        out += rest[..<dollar]
        let after = rest[rest.index(after: dollar)...]
        if after.hasPrefix("$") {
          out += "$"
          rest = after.dropFirst()
        } else if after.hasPrefix("("), let close = after.firstIndex(of: ")") {
          let name = String(after[after.index(after: after.startIndex)..<close])
          out += values[name] ?? "$(\(name))"
          rest = after[after.index(after: close)...]
        } else {
          out += "$"
          rest = after
        }
      }
      return out + rest
    }
  }

  /// A probe's port: a number, or the name of one of the container's ports.
  private func probePort(_ port: IntOrString?, in spec: ContainerSpec) -> Int? {
    switch port {
    case .int(let n)?: return (1...65535).contains(Int(n)) ? Int(n) : nil
    case .string(let name)?:
      return spec.ports?.first(where: { $0.name == name })?.containerPort.map(Int.init)
    case nil: return nil
    }
  }

  /// Go's net.JoinHostPort: IPv6 hosts in brackets.
  static func joinHostPort(_ host: String, _ port: Int) -> String {
    host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
  }
}

/// What one probe run gives the worker (pkg/probe's Success, Failure, and an error: Unknown).
enum ProbeResult {
  case success(String)
  case failure(String)
  /// The probe could not be run; the worker throws the result away.
  case error(String)
}
