import Container

extension Cluster {
  /// The API status the kubelet would post now, from its runtime state (generateAPIPodStatus).
  ///
  /// Conditions keep their `lastTransitionTime` while their status stays the same.
  func renderStatus(for pod: Pod, runtime: PodRuntime) -> PodStatus {
    var status = pod.status ?? PodStatus(phase: .pending)
    let at = KubeTime(now)
    let initStatuses = runtime.containers.filter(\.isInit).map {
      containerStatus($0, pod: pod, runtime: runtime)
    }
    let mainStatuses = runtime.containers.filter { !$0.isInit }.map {
      containerStatus($0, pod: pod, runtime: runtime)
    }
    status.initContainerStatuses = initStatuses.isEmpty ? nil : initStatuses
    status.containerStatuses = mainStatuses
    status.hostIP = config.nodeIP
    status.hostIPs = [HostIP(ip: config.nodeIP)]
    if runtime.firstSyncDone,
      let ip = runtime.podIP
    {
      status.podIP = ip
      status.podIPs = [HostIP(ip: ip)]
    }
    status.startTime = status.startTime ?? runtime.admittedAt.map(KubeTime.init)
    status.phase = phase(of: pod, runtime: runtime)
    status.observedGeneration = pod.metadata.generation

    let terminated =
      runtime.terminationStartedAt != nil && runtime.containers.allSatisfy { !$0.isRunning }
    let sandboxUp =
      runtime.sandboxReadyAt != nil
      && runtime.firstSyncDone
      && !terminated
    // A regular init container counts once it has exited 0, a sidecar once it has started.
    let incompleteInits = initStatuses.filter { status in
      if runtime.containers.first(where: { $0.spec.name == status.name })?.spec.isSidecar == true {
        return status.started != true
      }
      return status.state.terminated?.exitCode != 0
    }.map(\.name)
    let initsDone = incompleteInits.isEmpty || runtime.anyRegularContainerStarted
    // Sidecars count for Ready as the regular containers do (GenerateContainersReadyCondition).
    let sidecarNames = Set(runtime.containers.filter(\.spec.isSidecar).map(\.spec.name))
    let unready = (initStatuses.filter { sidecarNames.contains($0.name) } + mainStatuses)
      .filter { !$0.ready }.map(\.name)
    var readyReason: String?
    var readyMessage: String?
    if !unready.isEmpty {
      readyReason = terminated ? "PodCompleted" : "ContainersNotReady"
      readyMessage =
        terminated ? nil : "containers with unready status: [\(unready.joined(separator: " "))]"
    }
    let old = status.conditions ?? []
    func condition(_ type: String, _ value: Bool, reason: String? = nil, message: String? = nil)
      -> PodCondition
    {
      let text = value ? "True" : "False"
      let previous = old.first { $0.type == type }
      let since = previous?.status == text ? previous?.lastTransitionTime : at
      return PodCondition(
        type: type, status: text, lastTransitionTime: since, reason: reason, message: message,
        observedGeneration: pod.metadata.generation)
    }
    // One allocation of the exact size: every pod keeps its conditions, and growing a literal
    // of four to append a fifth left room for eight.
    var conditions: [PodCondition] = []
    conditions.reserveCapacity(5)
    conditions += [
      condition("PodReadyToStartContainers", sandboxUp),
      condition(
        "Initialized", initsDone, reason: initsDone ? nil : "ContainersNotInitialized",
        message: initsDone
          ? nil
          : "containers with incomplete status: [\(incompleteInits.joined(separator: " "))]"
      ),
      condition("Ready", unready.isEmpty, reason: readyReason, message: readyMessage),
      condition("ContainersReady", unready.isEmpty, reason: readyReason, message: readyMessage),
    ]
    if let scheduled = old.first(where: { $0.type == "PodScheduled" }) {
      conditions.append(scheduled)
    }
    status.conditions = conditions
    return status
  }

  /// The kubelet's getPhase.
  private func phase(of pod: Pod, runtime: PodRuntime) -> PodPhase {
    // An init container that failed in a pod that never restarts fails the pod.
    let initFailed = runtime.containers.contains {
      guard $0.isInit, !$0.spec.isSidecar, case .exited(let t) = $0.phase else { return false }
      return t.exitCode != 0
    }
    if pod.spec.restartPolicy == "Never" && initFailed { return .failed }
    let main = runtime.containers.filter { !$0.isInit }
    if main.contains(where: { $0.instanceNumber == 0 }) { return .pending }
    // A sidecar still running (being stopped) keeps the pod Running.
    if main.contains(where: \.isRunning)
      || runtime.containers.contains(where: { $0.spec.isSidecar && $0.isRunning })
    {
      return .running
    }
    let codes = main.compactMap { $0.lastTermination?.exitCode }
    switch pod.spec.restartPolicy ?? "Always" {
    case "Always": return .running
    case "OnFailure": return codes.allSatisfy { $0 == 0 } ? .succeeded : .running
    default: return codes.allSatisfy { $0 == 0 } ? .succeeded : .failed
    }
  }

  private func containerStatus(_ container: ContainerRuntime, pod: Pod, runtime: PodRuntime)
    -> ContainerStatus
  {
    let spec = container.spec
    var status = ContainerStatus(
      name: spec.name, state: ContainerState(), lastState: ContainerState(), ready: false,
      restartCount: container.restartCount, image: spec.image ?? "", imageID: "", started: false)
    if container.instanceNumber > 0, let image = container.image {
      status.image = image.reference
      status.imageID = image.repository + "@" + image.digest
      status.containerID = container.containerID
      status.volumeMounts = spec.volumeMounts?.map {
        VolumeMountStatus(
          name: $0.name, mountPath: $0.mountPath, readOnly: $0.readOnly,
          recursiveReadOnly: $0.readOnly == true ? "Disabled" : nil)
      }
    }
    if let last = container.lastTermination, !isCurrentTermination(container) {
      status.lastState = ContainerState(terminated: last)
    }
    switch container.phase {
    case .notCreated, .pulling, .created:
      let reason =
        container.waiting?.reason
        ?? (runtime.containers.contains(where: \.isInit) ? "PodInitializing" : "ContainerCreating")
      status.state = ContainerState(
        waiting: ContainerStateWaiting(reason: reason, message: container.waiting?.message))
    case .running(let startedAt, let hookRunning):
      if hookRunning {
        status.state = ContainerState(waiting: ContainerStateWaiting(reason: "ContainerCreating"))
      } else {
        status.state = ContainerState(
          running: ContainerStateRunning(startedAt: KubeTime(startedAt)))
        // A run-to-completion init container is not ready until it has completed.
        status.ready =
          !isPlainInit(container) && container.isReady
          && (runtime.terminationStartedAt == nil || !container.stopping)
        status.started = container.startupPassed
      }
    case .exited(let terminated):
      status.state = stoppedState(container, terminated: terminated, into: &status)
      // The kubelet reports an init container that exited 0 as ready.
      status.ready = isPlainInit(container) && terminated.exitCode == 0
    case .backingOff:
      if let last = container.lastTermination {
        status.state = stoppedState(container, terminated: last, into: &status)
      }
    }
    return status
  }

  /// An init container that runs to completion (not a sidecar, which restarts and runs on).
  private func isPlainInit(_ container: ContainerRuntime) -> Bool {
    container.isInit && container.spec.restartPolicy != "Always"
  }

  /// A stopped container: the waiting reason the last sync left (a hook error, a back-off) with
  /// this instance as the last state; else this instance, and the one before as the last state.
  private func stoppedState(
    _ container: ContainerRuntime, terminated: ContainerStateTerminated,
    into status: inout ContainerStatus
  ) -> ContainerState {
    if let waiting = container.waiting {
      status.lastState = ContainerState(terminated: terminated)
      return ContainerState(waiting: waiting)
    }
    status.lastState = ContainerState(terminated: container.olderTermination)
    return ContainerState(terminated: terminated)
  }

  private func isCurrentTermination(_ container: ContainerRuntime) -> Bool {
    switch container.phase {
    case .exited, .backingOff: true
    default: false
    }
  }

}
