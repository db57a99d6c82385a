import Container

/// The scheduler's and the kubelet's stages. Each handler reads the runtime state, changes it,
/// records events, and schedules the next transition after the delay the stage table gives it
/// (`Stage`, `KubeletRules`): which transition comes next is decided here, how long it takes there.
extension Cluster {
  /// How long `stage` takes this time: a draw from its range in the stage table.
  mutating func delay(_ stage: Stage) -> Duration {
    rng.duration(
      between: .milliseconds(stage.timing.lowerBound), and: .milliseconds(stage.timing.upperBound))
  }

  // MARK: - Scheduler

  mutating func bind(uid: String) {
    guard var pod = pod(uid: uid), pod.spec.nodeName == nil, !pod.isTerminating else { return }
    pod.spec.nodeName = config.nodeName
    pod.status = pod.status ?? PodStatus(phase: .pending)
    pod.status?.conditions = [
      PodCondition(
        type: "PodScheduled", status: "True", lastTransitionTime: KubeTime(now),
        observedGeneration: 1)
    ]
    store(&pod)
    recordSchedulerEvent(
      about: pod, reason: "Scheduled",
      message: "Successfully assigned \(pod.namespace)/\(pod.name) to \(config.nodeName)")
    queue.schedule(.admit(uid: uid), at: now + delay(.admit))
  }

  // MARK: - Kubelet

  mutating func runKubeletTask(_ task: ClusterTask) {
    switch task {
    case .bind: break
    case .admit(let uid): admit(uid: uid)
    case .sandboxReady(let uid, let epoch): sandboxReady(uid: uid, epoch: epoch)
    case .startContainer(let uid, let epoch, let index):
      startContainer(uid: uid, epoch: epoch, index: index)
    case .imagePulled(let uid, let epoch, let index):
      imagePulled(uid: uid, epoch: epoch, index: index)
    case .containerCreated(let uid, let epoch, let index):
      containerCreated(uid: uid, epoch: epoch, index: index)
    case .postStartFinished(let uid, let epoch, let index):
      postStartFinished(uid: uid, epoch: epoch, index: index)
    case .syncStatus(let uid): postStatus(uid: uid)
    case .containerExited(let uid, let name, let instance):
      containerExited(uid: uid, name: name, instance: instance)
    case .beginTermination(let uid): beginTermination(uid: uid)
    case .stopContainer(let uid, let name, let instance, let grace):
      stopContainer(uid: uid, name: name, instance: instance, graceMilliseconds: grace)
    case .killContainer(let uid, let name, let instance):
      killContainer(uid: uid, name: name, instance: instance)
    case .finishTermination(let uid): finishTermination(uid: uid)
    case .removePod(let uid):
      if let key = runtimes[uid]?.key { removeObject(key) }
    case .restartContainer(let uid, let name): restartContainer(uid: uid, name: name)
    case .definitionChanged(let uid, let name): definitionChanged(uid: uid, name: name)
    case .imagePullFailed(let uid, let epoch, let index):
      imagePullFailed(uid: uid, epoch: epoch, index: index)
    case .imageBackOff(let uid, let epoch, let index):
      imageBackOff(uid: uid, epoch: epoch, index: index)
    case .shortenTermination(let uid, let grace): shortenTermination(uid: uid, grace: grace)
    case .preStopFailed(let uid, let name, _):
      guard let pod = pod(uid: uid),
        let container = runtimes[uid]?.containers.first(where: {
          $0.spec.name == name
        })
      else { return }
      recordKubeletEvent(
        about: pod, container: container, type: "Warning", reason: "FailedPreStopHook",
        message: "PreStopHook failed")
    case .backOffSync(let uid, let name, let instance):
      backOffSync(uid: uid, name: name, instance: instance)
    case .sidecarTurn(let uid, let name, let instance):
      guard
        runtimes[uid]?.containers.first(where: { $0.spec.name == name })?.instanceNumber
          == instance
      else { return }
      releaseSidecars(uid: uid)
    case .probe(let uid, let name, let kind, let periodic):
      probe(uid: uid, container: name, kind: kind, periodic: periodic)
    }
  }

  private mutating func admit(uid: String) {
    guard pod(uid: uid) != nil, runtimes[uid] != nil else { return }
    runtimes[uid]?.admittedAt = now
    startProbeWorkers(uid: uid)
    postStatus(uid: uid)
    guard let epoch = runtimes[uid]?.epoch else { return }
    queue.schedule(.sandboxReady(uid: uid, epoch: epoch), at: now + delay(.sandbox))
  }

  private mutating func sandboxReady(uid: String, epoch: Int) {
    guard isCurrent(uid, epoch) else { return }
    runtimes[uid]?.podIP = "\(config.podNetworkPrefix).\(nextPodIPOctet)"
    nextPodIPOctet += 1
    runtimes[uid]?.sandboxReadyAt = now
    queue.schedule(
      .startContainer(uid: uid, epoch: epoch, index: 0), at: now + delay(.firstContainer))
  }

  /// Starts the container at `index` of the start order, or finishes the startup sync.
  private mutating func startContainer(uid: String, epoch: Int, index: Int) {
    guard isCurrent(uid, epoch), let runtime = runtimes[uid], let pod = pod(uid: uid) else {
      return
    }
    guard index < runtime.containers.count else {
      runtimes[uid]?.startupComplete = true
      queue.schedule(.syncStatus(uid: uid), at: now + delay(.endOfSync))
      return
    }
    let container = runtime.containers[index]
    var waitsOutBackOff = false
    if case .backingOff = container.phase { waitsOutBackOff = true }
    if container.isInProgress || container.hasSucceededAsInit || waitsOutBackOff {
      queue.schedule(.startContainer(uid: uid, epoch: epoch, index: index + 1), at: now)
      return
    }
    let reference = container.spec.image ?? ""
    guard let image = config.images.image(for: reference) else {
      startFailingPull(uid: uid, epoch: epoch, index: index, pod: pod)
      return
    }
    runtimes[uid]?.containers[index].image = image
    let present = imagesOnNode.contains(image.reference)
    let policy = container.spec.imagePullPolicy ?? "IfNotPresent"
    if policy == "Always" || (policy == "IfNotPresent" && !present) {
      recordKubeletEvent(
        about: pod, container: container, type: "Normal", reason: "Pulling",
        message: "Pulling image \"\(reference)\"")
      runtimes[uid]?.containers[index].phase = .pulling
      // The kubelet pulls one image at a time (serializeImagePulls): a pull waits for the ones
      // queued before it, and is quick if one of those fetched the same image.
      let start = max(now, pullQueueFreeAt)
      let cached = present || (pullsInFlight[image.reference].map { $0 <= start } ?? false)
      let pull = cached ? delay(.cachedPull) : pullDuration(of: image)
      let done = start + pull
      pullQueueFreeAt = done
      if !cached { pullsInFlight[image.reference] = done }
      runtimes[uid]?.containers[index].pullDuration = pull
      runtimes[uid]?.containers[index].pullWaited = done - now
      queue.schedule(.imagePulled(uid: uid, epoch: epoch, index: index), at: done)
    } else {
      recordKubeletEvent(
        about: pod, container: container, type: "Normal", reason: "Pulled",
        message: "Container image \"\(reference)\" already present on machine")
      queue.schedule(
        .containerCreated(uid: uid, epoch: epoch, index: index),
        at: now + delay(.createPresentImage))
    }
  }

  /// Realistic first-pull time: about 25 MB/s plus registry round trips.
  private mutating func pullDuration(of image: Image) -> Duration {
    let transfer = image.sizeBytes / KubeletRules.pullBytesPerMillisecond
    return .milliseconds(transfer) + delay(.pullOverhead)
  }

  private mutating func imagePulled(uid: String, epoch: Int, index: Int) {
    guard isCurrent(uid, epoch), let pod = pod(uid: uid),
      let container = runtimes[uid]?.containers[index],
      let image = container.image
    else { return }
    imagesOnNode.insert(image.reference)
    let pull = GoDuration.string(container.pullDuration)
    let waited = GoDuration.string(container.pullWaited)
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Pulled",
      message:
        "Successfully pulled image \"\(container.spec.image ?? "")\" in \(pull) (\(waited) including waiting). Image size: \(image.sizeBytes) bytes."
    )
    runtimes[uid]?.containers[index].phase = .created
    queue.schedule(
      .containerCreated(uid: uid, epoch: epoch, index: index), at: now + delay(.createAfterPull))
  }

  /// CRI CreateContainer and StartContainer, then the postStart hook, synchronously as the kubelet does.
  private mutating func containerCreated(uid: String, epoch: Int, index: Int) {
    guard isCurrent(uid, epoch), let pod = pod(uid: uid),
      var container = runtimes[uid]?.containers[index],
      let image = container.image, let podIP = runtimes[uid]?.podIP
    else { return }
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Created",
      message: "Created container: \(container.spec.name)")
    var config = ContainerConfig(
      image: image, command: container.spec.command, args: container.spec.args,
      env: (container.spec.env ?? []).map {
        Container.EnvVar(name: $0.name, value: $0.value ?? "")
      },
      workingDir: container.spec.workingDir, hostname: pod.spec.hostname ?? pod.name,
      extraFiles: KubeletFiles.files(for: pod, podIP: podIP, namespace: pod.namespace),
      ipAddress: podIP)
    // Volumes appear as their mount directories (an emptyDir starts empty; a pod's containers
    // do not share their contents here).
    config.mountPoints = (container.spec.volumeMounts ?? []).map(\.mountPath)
    if container.instance != nil { container.previousInstance = container.instance }
    config.nodeDiskFree = nodeDiskFree + (container.instance?.diskBytes ?? 0)
    let instance = SimulatedContainer(config: config, startedAt: now)
    spend(commands: instance.commandsRun)
    // The container it replaces is kept for `logs --previous`, but its files are gone.
    freeDisk(of: container.instance)
    nodeDiskUsed += instance.diskBytes
    container.instance = instance
    container.instanceNumber += 1
    container.containerID = "containerd://" + rng.hex(64)
    container.phase = .running(
      startedAt: now, hookRunning: container.spec.lifecycle?.postStart != nil)
    container.stopping = false
    // A new container ID: the probe results start over (readiness fails until it passes).
    container.startupPassed = container.spec.startupProbe == nil
    container.readinessPassed = container.spec.readinessProbe == nil
    runtimes[uid]?.containers[index] = container
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Started",
      message: "Started container \(container.spec.name)")
    mark(.started, uid: uid, container: container.spec.name)
    watchExit(uid: uid, index: index)
    guard let handler = container.spec.lifecycle?.postStart?.action else {
      containerRunning(uid: uid, index: index)
      runtimes[uid]?.containers[index].waiting = nil
      continueStartup(uid: uid, epoch: epoch, after: index)
      return
    }
    mark(.postStartRunning, uid: uid, container: container.spec.name)
    let outcome = runHook(handler, uid: uid, index: index, limit: KubeletRules.postStartLimit)
    runtimes[uid]?.containers[index].hookFailure = outcome.failure
    if let elapsed = outcome.elapsed {
      queue.schedule(.postStartFinished(uid: uid, epoch: epoch, index: index), at: now + elapsed)
    }
    // A hook that never returns blocks the pod worker: the pod stays ContainerCreating.
  }

  private mutating func postStartFinished(uid: String, epoch: Int, index: Int) {
    guard isCurrent(uid, epoch), let pod = pod(uid: uid),
      let container = runtimes[uid]?.containers[index]
    else { return }
    guard case .running(let startedAt, _) = container.phase else { return }
    if let failure = container.hookFailure {
      recordPostStartFailure(uid: uid, pod: pod, container: container)
      runtimes[uid]?.containers[index].waiting = ContainerStateWaiting(
        reason: "PostStartHookError", message: failure)
      // startContainer kills it right there (preStop first, then the stop signal with the 2 s
      // floor), inside the same sync: the status stays as before (ContainerCreating, not
      // ready), and the remaining containers start once it is dead (see containerExited).
      runtimes[uid]?.containers[index].killingAfterFailedHook = true
      killContainerGracefully(
        uid: uid, index: index, pod: pod, grace: runtimes[uid]?.terminationGrace ?? 30)
      return
    }
    runtimes[uid]?.containers[index].phase = .running(startedAt: startedAt, hookRunning: false)
    mark(.postStartSucceeded, uid: uid, container: container.spec.name)
    containerRunning(uid: uid, index: index)
    runtimes[uid]?.containers[index].waiting = nil
    continueStartup(uid: uid, epoch: epoch, after: index)
  }

  /// A failed postStart, in the events and the timeline; the caller then kills the container.
  private mutating func recordPostStartFailure(uid: String, pod: Pod, container: ContainerRuntime) {
    mark(.postStartFailed, uid: uid, container: container.spec.name)
    recordKubeletEvent(
      about: pod, container: container, type: "Warning", reason: "FailedPostStartHook",
      message: "PostStartHook failed")
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Killing",
      message: "FailedPostStartHook")
  }

  /// The next container starts once this one is started; after a regular (non-sidecar) init
  /// container, only once it has exited successfully (see `containerExited`).
  mutating func continueStartup(uid: String, epoch: Int, after index: Int) {
    if let container = runtimes[uid]?.containers[index], container.isInit,
      !container.spec.isSidecar || !container.startupPassed || !container.livenessObserved
    {
      // The sync ends here and posts what it started: a regular init container has to exit,
      // a sidecar's startup probe to pass (and its liveness worker to have seen it) before the
      // next container starts.
      queue.schedule(.syncStatus(uid: uid), at: now + delay(.endOfSync))
      return
    }
    queue.schedule(
      .startContainer(uid: uid, epoch: epoch, index: index + 1), at: now + delay(.nextContainer))
  }

  /// Schedules the exit of the current instance if the runtime knows when it ends.
  mutating func watchExit(uid: String, index: Int) {
    guard let container = runtimes[uid]?.containers[index], let exit = container.instance?.exit,
      container.exitScheduledFor != container.instanceNumber
    else { return }
    runtimes[uid]?.containers[index].exitScheduledFor = container.instanceNumber
    queue.schedule(
      .containerExited(
        uid: uid, container: container.spec.name, instance: container.instanceNumber),
      at: max(exit.at, now))
  }

  private mutating func containerExited(uid: String, name: String, instance: Int) {
    guard let runtime = runtimes[uid], let index = runtime.index(of: name) else { return }
    let container = runtime.containers[index]
    guard container.instanceNumber == instance, case .running(let startedAt, _) = container.phase,
      let exit = container.instance?.exit
    else { return }
    let terminated = ContainerStateTerminated(
      exitCode: exit.exitCode, reason: exit.exitCode == 0 ? "Completed" : "Error",
      startedAt: KubeTime(startedAt), finishedAt: KubeTime(now), containerID: container.containerID)
    // A hook still running when the process ends dies with it (the exec fails).
    // (A delete has already marked it when it cancelled the hook.)
    if case .running(_, hookRunning: true) = container.phase, runtime.terminationStartedAt == nil,
      !container.killingAfterFailedHook
    {
      mark(.postStartFailed, uid: uid, container: name)
    }
    runtimes[uid]?.containers[index].killingAfterFailedHook = false
    closePreStop(uid: uid, index: index, unfinished: .preStopFailed)
    runtimes[uid]?.containers[index].phase = .exited(terminated)
    runtimes[uid]?.containers[index].olderTermination = container.lastTermination
    runtimes[uid]?.containers[index].lastTermination = terminated
    mark(.exited(code: exit.exitCode), uid: uid, container: name)
    if runtime.terminationStartedAt != nil {
      releaseSidecars(uid: uid)
      if runtimes[uid]?.containers.allSatisfy({ !$0.isRunning }) == true {
        queue.schedule(.finishTermination(uid: uid), at: now + delay(.terminalStatus))
      }
      return
    }
    if runtime.sidecarsStopping {
      // The pod's work is done: sidecars stop for good, in order, and are not restarted.
      releaseSidecars(uid: uid)
      queue.schedule(.syncStatus(uid: uid), at: now + delay(.statusAfterExit))
      return
    }
    guard let pod = pod(uid: uid) else { return }
    // Init containers are retried until they succeed, except in a pod that never restarts.
    let podPolicy = pod.spec.restartPolicy ?? "Always"
    let policy =
      container.spec.isSidecar
      ? "Always" : container.isInit ? (podPolicy == "Never" ? "Never" : "OnFailure") : podPolicy
    let restart = policy == "Always" || (policy == "OnFailure" && exit.exitCode != 0)
    // The back-off expires once a container has run for twice the maximum (10 minutes).
    if now - startedAt > KubeletRules.crashBackOffReset {
      runtimes[uid]?.containers[index].backOff = .zero
    }
    // The kubelet killed it to start it again (a definition change, a failed liveness or startup
    // probe): the new container starts in that same sync, so no status shows it stopped unless
    // a back-off holds the start.
    let sameSync =
      container.restartWhenStopped
      || (container.killedForProbe && restart && container.backOff == .zero)
    runtimes[uid]?.containers[index].killedForProbe = false
    let statusAt = now + delay(.statusAfterExit)
    // The status showing it stopped comes before anything that sync decides (same instant:
    // scheduled first, runs first).
    if !sameSync { queue.schedule(.syncStatus(uid: uid), at: statusAt) }
    if container.restartWhenStopped {
      // A definition change restarts at once, whatever the restart policy, without back-off.
      runtimes[uid]?.containers[index].restartWhenStopped = false
      queue.schedule(
        .restartContainer(uid: uid, container: name), at: now + delay(.restartAfterDefinitionChange)
      )
    } else if restart {
      scheduleRestart(uid: uid, index: index, pod: pod, statusAt: sameSync ? nil : statusAt)
    } else if container.isInit && exit.exitCode == 0, let epoch = runtimes[uid]?.epoch {
      queue.schedule(
        .startContainer(uid: uid, epoch: epoch, index: index + 1), at: now + delay(.nextAfterInit))
    }
    if !restart && !container.restartWhenStopped {
      // Only a container that will run again keeps the error as its waiting reason.
      runtimes[uid]?.containers[index].waiting = nil
    }
    if container.killingAfterFailedHook, let epoch = runtimes[uid]?.epoch,
      !runtime.startupComplete
    {
      // The sync that started it goes on with the next container now that it is dead; its
      // outcome shows in the status the exit brings (above), not in one of its own.
      if index + 1 < runtime.containers.count {
        continueStartup(uid: uid, epoch: epoch, after: index)
      } else {
        runtimes[uid]?.startupComplete = true
      }
    }
    if !container.isInit && !restart { stopSidecarsIfDone(uid: uid, pod: pod) }
  }

  /// computePodActions: once no regular container runs or will be restarted, the sidecars must
  /// not keep the pod alive; they are killed like at deletion (preStop, then in reverse order).
  private mutating func stopSidecarsIfDone(uid: String, pod: Pod) {
    guard let runtime = runtimes[uid], !runtime.sidecarsStopping else { return }
    let podPolicy = pod.spec.restartPolicy ?? "Always"
    let regularDone = runtime.containers.filter { !$0.isInit }.allSatisfy { container in
      guard case .exited(let t) = container.phase else { return false }
      return podPolicy == "Never" || (podPolicy == "OnFailure" && t.exitCode == 0)
    }
    let sidecars = runtime.containers.indices.filter {
      runtime.containers[$0].spec.isSidecar && runtime.containers[$0].isRunning
    }
    guard regularDone, !sidecars.isEmpty else { return }
    runtimes[uid]?.sidecarsStopping = true
    for index in sidecars {
      let container = runtime.containers[index]
      recordKubeletEvent(
        about: pod, container: container, type: "Normal", reason: "Killing",
        message: "Stopping container \(container.spec.name)")
      killContainerGracefully(
        uid: uid, index: index, pod: pod, grace: runtime.terminationGrace, ordered: true)
    }
  }

  /// Restart with the kubelet's back-off: at once the first time, then 10 s doubling to 5 min.
  /// `statusAt` is when the sync that saw the exit posts the stopped container (nil: the kubelet
  /// restarts it in the sync that killed it, with no status in between).
  ///
  /// In back-off that sync records `BackOff`; the pod worker then syncs again every 10–15 s
  /// (its requeue after a failed sync). Each of those posts the previous sync's verdict,
  /// CrashLoopBackOff, and either records `BackOff` again or, once the back-off is over,
  /// starts the container.
  private mutating func scheduleRestart(uid: String, index: Int, pod: Pod, statusAt: Instant?) {
    guard let container = runtimes[uid]?.containers[index] else { return }
    let delay = container.backOff
    runtimes[uid]?.containers[index].backOff =
      KubeletRules.nextBackOff(
        after: delay, initial: KubeletRules.crashBackOffInitial, max: KubeletRules.crashBackOffMax)
    guard delay > .zero else {
      queue.schedule(
        .restartContainer(uid: uid, container: container.spec.name),
        at: (statusAt ?? now) + self.delay(.restartAfterBackOff))
      return
    }
    runtimes[uid]?.containers[index].lastWaiting = container.waiting
    runtimes[uid]?.containers[index].phase = .backingOff(until: now + delay)
    runtimes[uid]?.containers[index].currentBackOff = delay
    queue.schedule(
      .backOffSync(uid: uid, container: container.spec.name, instance: container.instanceNumber),
      at: statusAt ?? now)
  }

  /// The pod worker's requeue after a failed sync: 10 s with up to 50 % jitter.
  private mutating func errorResync() -> Duration {
    rng.duration(between: KubeletRules.errorResync, and: KubeletRules.errorResync * 3 / 2)
  }

  /// A sync of a container in crash back-off (see `scheduleRestart`).
  private mutating func backOffSync(uid: String, name: String, instance: Int) {
    guard let pod = pod(uid: uid), let index = runtimes[uid]?.index(of: name),
      let container = runtimes[uid]?.containers[index], container.instanceNumber == instance,
      case .backingOff(let until) = container.phase
    else { return }
    let podRef = "\(pod.name)_\(pod.namespace)(\(pod.metadata.uid ?? ""))"
    let verdict = ContainerStateWaiting(
      reason: "CrashLoopBackOff",
      message:
        "back-off \(GoDuration.string(container.currentBackOff)) restarting failed container=\(name) pod=\(podRef)"
    )
    if container.waiting == verdict {
      // A later sync: it shows what the last one decided.
      postStatus(uid: uid)
    }
    guard now < until else {
      restartContainer(uid: uid, name: name)
      return
    }
    runtimes[uid]?.containers[index].waiting = verdict
    recordKubeletEvent(
      about: pod, container: container, type: "Warning", reason: "BackOff",
      message: "Back-off restarting failed container \(name) in pod \(podRef)")
    queue.schedule(
      .backOffSync(uid: uid, container: name, instance: instance), at: now + errorResync())
  }

  private mutating func restartContainer(uid: String, name: String) {
    guard let runtime = runtimes[uid], runtime.terminationStartedAt == nil,
      !runtime.sidecarsStopping, let index = runtime.index(of: name),
      !runtime.containers[index].isInProgress
    else { return }
    runtimes[uid]?.containers[index].restartCount += 1
    runtimes[uid]?.containers[index].phase = .notCreated
    // The last error stays the waiting reason until a start succeeds (the kubelet's reasonCache).
    if runtime.containers[index].waiting?.reason == "CrashLoopBackOff" {
      runtimes[uid]?.containers[index].waiting = runtime.containers[index].lastWaiting
    }
    // The pod worker's current epoch: other containers' pending work (a pull retry) stays valid.
    guard let epoch = runtimes[uid]?.epoch else { return }
    startContainerAgain(uid: uid, epoch: epoch, index: index)
  }

  /// A restart pulls (per policy), creates and starts one container, then posts status.
  private mutating func startContainerAgain(uid: String, epoch: Int, index: Int) {
    // Reuse the startup path for this container only; the remaining ones are already running.
    runtimes[uid]?.startupComplete = false
    queue.schedule(.startContainer(uid: uid, epoch: epoch, index: index), at: now)
  }

  /// computePodActions: a container whose spec hash changed is killed and started again.
  private mutating func definitionChanged(uid: String, name: String) {
    guard let pod = pod(uid: uid), let index = runtimes[uid]?.index(of: name),
      let spec = pod.spec.allContainers.first(where: { $0.name == name }),
      let container = runtimes[uid]?.containers[index]
    else { return }
    runtimes[uid]?.containers[index].spec = spec
    runtimes[uid]?.containers[index].imageBackOff = .zero
    guard container.isRunning else {
      // Waiting (a pull back-off, a crash back-off): the changed pod syncs now with the new spec.
      if !container.isInProgress, let epoch = runtimes[uid]?.epoch {
        runtimes[uid]?.containers[index].waiting = nil
        queue.schedule(
          .startContainer(uid: uid, epoch: epoch, index: index), at: now + delay(.startChangedSpec))
      }
      return
    }
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Killing",
      message: "Container \(name) definition changed, will be restarted")
    runtimes[uid]?.containers[index].restartWhenStopped = true
    killContainerGracefully(
      uid: uid, index: index, pod: pod, grace: runtimes[uid]?.terminationGrace ?? 30)
  }

  /// killContainer: preStop (waited on for at most the grace period), then the stop signal
  /// with what is left of the grace period in whole seconds, never less than 2 s.
  ///
  /// With `ordered` (a sidecar while its pod terminates) the stop signal also waits for the
  /// sidecar's turn, for at most what is left of the grace period (see `releaseSidecars`).
  mutating func killContainerGracefully(
    uid: String, index: Int, pod: Pod, grace: Int64, ordered: Bool = false
  ) {
    guard let container = runtimes[uid]?.containers[index] else { return }
    var left = grace
    var stopAt = now
    if let handler = container.spec.lifecycle?.preStop?.action {
      mark(.preStopRunning, uid: uid, container: container.spec.name)
      let outcome = runHook(handler, uid: uid, index: index, limit: .seconds(grace))
      runtimes[uid]?.containers[index].runningPreStop = PreStopRun(
        endsAt: outcome.elapsed.map { now + $0 }, failed: outcome.failure != nil)
      let elapsed = min(outcome.elapsed ?? .seconds(grace), .seconds(grace))
      if outcome.failure != nil, let end = outcome.elapsed {
        // Recorded by the hook's goroutine when the handler returns its error.
        queue.schedule(
          .preStopFailed(
            uid: uid, container: container.spec.name, instance: container.instanceNumber),
          at: now + end)
      }
      left = grace - elapsed.wholeMilliseconds / 1000
      stopAt = now + elapsed
    }
    if ordered && left > 0 {
      let name = container.spec.name
      let instance = container.instanceNumber
      runtimes[uid]?.containers[index].awaitingTurn = SidecarTurn(since: stopAt, graceLeft: left)
      queue.schedule(.sidecarTurn(uid: uid, container: name, instance: instance), at: stopAt)
      queue.schedule(
        .sidecarTurn(uid: uid, container: name, instance: instance),
        at: stopAt + .seconds(left))
      return
    }
    queue.schedule(
      .stopContainer(
        uid: uid, container: container.spec.name, instance: container.instanceNumber,
        graceMilliseconds: Duration.seconds(max(KubeletRules.minimumStopGraceSeconds, left))
          .wholeMilliseconds),
      at: stopAt)
  }

  /// The termination ordering of pods with sidecars: a sidecar gets its stop signal once every
  /// regular container and every sidecar after it in the spec has exited, or once its grace
  /// period is used up; the seconds it waited are taken off its stop timeout (2 s floor).
  private mutating func releaseSidecars(uid: String) {
    guard let runtime = runtimes[uid] else { return }
    for (index, container) in runtime.containers.enumerated() {
      guard let turn = container.awaitingTurn, now >= turn.since, container.isRunning else {
        continue
      }
      let outlived = runtime.containers.indices.filter {
        $0 > index && (!runtime.containers[$0].isInit || runtime.containers[$0].spec.isSidecar)
      }
      let myTurn = outlived.allSatisfy { !runtime.containers[$0].isRunning }
      let waited = (now - turn.since).wholeMilliseconds / 1000
      guard myTurn || waited >= turn.graceLeft else { continue }
      runtimes[uid]?.containers[index].awaitingTurn = nil
      stopProcess(
        uid: uid, index: index,
        grace: .seconds(max(KubeletRules.minimumStopGraceSeconds, turn.graceLeft - waited)))
    }
  }

  // MARK: - Termination

  /// The pod worker restarts the termination with a shorter grace period: a running preStop
  /// is waited on for at most the new period, then the stop signal, then SIGKILL after the 2 s floor.
  private mutating func shortenTermination(uid: String, grace: Int64) {
    guard let runtime = runtimes[uid] else { return }
    guard runtime.terminationStartedAt != nil else {
      beginTermination(uid: uid)
      return
    }
    for container in runtime.containers where container.isRunning {
      queue.schedule(
        .stopContainer(
          uid: uid, container: container.spec.name, instance: container.instanceNumber,
          graceMilliseconds: KubeletRules.minimumStopGraceSeconds * 1000),
        at: now + .seconds(grace))
    }
  }

  private mutating func beginTermination(uid: String) {
    guard let pod = pod(uid: uid), var runtime = runtimes[uid], runtime.terminationStartedAt == nil
    else { return }
    runtime.terminationStartedAt = now
    runtime.epoch += 1  // cancels the pod worker's startup sync
    runtimes[uid] = runtime
    let grace = runtime.terminationGrace
    var anyRunning = false
    for index in runtime.containers.indices {
      let container = runtime.containers[index]
      guard container.isRunning else { continue }
      anyRunning = true
      if container.killingAfterFailedHook {
        // Already being killed for its failed postStart: that kill goes on.
        continue
      } else if case .running(_, hookRunning: true) = container.phase {
        // Deleting cancels the pod worker's sync: the postStart still running fails, and the
        // container is killed for that (k8s-hooks.md §2.7).
        recordPostStartFailure(uid: uid, pod: pod, container: container)
      } else {
        recordKubeletEvent(
          about: pod, container: container, type: "Normal", reason: "Killing",
          message: "Stopping container \(container.spec.name)")
      }
      killContainerGracefully(
        uid: uid, index: index, pod: pod, grace: grace, ordered: container.spec.isSidecar)
    }
    if !anyRunning {
      queue.schedule(.finishTermination(uid: uid), at: now + delay(.terminalStatusNothingRunning))
    }
  }

  private mutating func stopContainer(
    uid: String, name: String, instance: Int, graceMilliseconds: Int64
  ) {
    guard let index = runtimes[uid]?.index(of: name),
      let container = runtimes[uid]?.containers[index],
      container.instanceNumber == instance, container.isRunning
    else { return }
    stopProcess(uid: uid, index: index, grace: .milliseconds(graceMilliseconds))
  }

  /// CRI StopContainer: the stop signal now, SIGKILL when the timeout runs out.
  private mutating func stopProcess(uid: String, index: Int, grace: Duration) {
    // The preStop either returned by now or is abandoned because the grace period is over.
    closePreStop(uid: uid, index: index, unfinished: .preStopCut)
    guard var container = runtimes[uid]?.containers[index], var instance = container.instance else {
      return
    }
    container.stopping = true
    container.awaitingTurn = nil
    if instance.isRunning(at: now) {
      let signal =
        container.spec.lifecycle?.stopSignal.flatMap { Signal(parsing: $0) } ?? container.image?
        .stopSignal ?? .term
      mark(
        .stopSignal(signal.name, graceMilliseconds: grace.wholeMilliseconds), uid: uid,
        container: container.spec.name)
      let now = now
      metered(&instance) { $0.signal(signal, pid: 1, at: now) }
    }
    container.instance = instance
    runtimes[uid]?.containers[index] = container
    if let exit = instance.exit, exit.at <= now + grace {
      watchExit(uid: uid, index: index)
    } else {
      queue.schedule(
        .killContainer(
          uid: uid, container: container.spec.name, instance: container.instanceNumber),
        at: now + grace)
    }
  }

  /// Ends the timeline's preStop for the container: with its own outcome if it has returned by
  /// now, else with `unfinished` (cut at the grace period, or failed because the process died).
  private mutating func closePreStop(uid: String, index: Int, unfinished: PodTimeline.Mark.Kind) {
    guard let container = runtimes[uid]?.containers[index], let run = container.runningPreStop
    else { return }
    let name = container.spec.name
    if let end = run.endsAt, end <= now {
      mark(run.failed ? .preStopFailed : .preStopSucceeded, uid: uid, container: name, at: end)
    } else {
      mark(unfinished, uid: uid, container: name)
    }
    runtimes[uid]?.containers[index].runningPreStop = nil
  }

  private mutating func killContainer(uid: String, name: String, instance: Int) {
    guard let index = runtimes[uid]?.index(of: name),
      var container = runtimes[uid]?.containers[index],
      container.instanceNumber == instance, container.isRunning, var process = container.instance
    else { return }
    mark(.killed, uid: uid, container: name)
    process.signal(.kill, pid: 1, at: now)
    container.instance = process
    runtimes[uid]?.containers[index] = container
    containerExited(uid: uid, name: name, instance: instance)
  }

  private mutating func finishTermination(uid: String) {
    guard var pod = pod(uid: uid), let runtime = runtimes[uid] else { return }
    if runtime.orphan != nil {
      // Force-deleted: the object is long gone; the kubelet forgets the pod.
      forgetRuntime(uid: uid)
      return
    }
    var status = renderStatus(for: pod, runtime: runtime)
    let codes = runtime.containers.filter { !$0.isInit }.compactMap { $0.lastTermination?.exitCode }
    status.phase = codes.allSatisfy { $0 == 0 } ? .succeeded : .failed
    pod.status = status
    store(&pod)
    queue.schedule(.removePod(uid: uid), at: now + delay(.removeObject))
  }

  // MARK: - Helpers

  /// Renders the API status from the runtime state and writes it (a kubelet status update).
  mutating func postStatus(uid: String) {
    guard var pod = pod(uid: uid), let runtime = runtimes[uid], runtime.orphan == nil else {
      return
    }
    let status = renderStatus(for: pod, runtime: runtime)
    if status != pod.status {
      pod.status = status
      store(&pod)
    }
    triggerReadiness(uid: uid)
  }

  private func isCurrent(_ uid: String, _ epoch: Int) -> Bool {
    runtimes[uid]?.epoch == epoch && pod(uid: uid) != nil
  }

  /// A pull of an image the registry does not have: `Pulling`, then after the round trip the
  /// failure (ErrImagePull), then the image back-off (ImagePullBackOff) and a retry.
  private mutating func startFailingPull(uid: String, epoch: Int, index: Int, pod: Pod) {
    guard let container = runtimes[uid]?.containers[index] else { return }
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "Pulling",
      message: "Pulling image \"\(container.spec.image ?? "")\"")
    runtimes[uid]?.containers[index].phase = .pulling
    queue.schedule(
      .imagePullFailed(uid: uid, epoch: epoch, index: index), at: now + delay(.pullFailure))
  }

  private mutating func imagePullFailed(uid: String, epoch: Int, index: Int) {
    guard isCurrent(uid, epoch), let pod = pod(uid: uid),
      let container = runtimes[uid]?.containers[index]
    else {
      return
    }
    let reference = container.spec.image ?? ""
    let full = ImageReference.normalized(reference)
    // The registry has the repository but not the tag, or no such repository (containerd's words).
    let reason =
      config.images.tags(ofRepositoryOf: reference) != nil
      ? "\(full): not found"
      : "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
    let error =
      "failed to pull and unpack image \"\(full)\": failed to resolve reference \"\(full)\": \(reason)"
    recordKubeletEvent(
      about: pod, container: container, type: "Warning", reason: "Failed",
      message: "Failed to pull image \"\(reference)\": \(error)")
    recordKubeletEvent(
      about: pod, container: container, type: "Warning", reason: "Failed",
      message: "Error: ErrImagePull")
    runtimes[uid]?.containers[index].phase = .notCreated
    runtimes[uid]?.containers[index].waiting = ContainerStateWaiting(
      reason: "ErrImagePull", message: error)
    postStatus(uid: uid)
    // The image back-off (its own, not the crash back-off): 10 s, doubling to 5 min.
    let delay = KubeletRules.nextBackOff(
      after: container.imageBackOff, initial: KubeletRules.imageBackOffInitial,
      max: KubeletRules.imageBackOffMax)
    runtimes[uid]?.containers[index].imageBackOff = delay
    queue.schedule(
      .imageBackOff(uid: uid, epoch: epoch, index: index), at: now + self.delay(.imageBackOffSync))
    queue.schedule(.startContainer(uid: uid, epoch: epoch, index: index), at: now + delay)
    continueStartup(uid: uid, epoch: epoch, after: index)
  }

  /// The next sync during the image back-off: `Back-off pulling image`, waiting ImagePullBackOff.
  private mutating func imageBackOff(uid: String, epoch: Int, index: Int) {
    guard isCurrent(uid, epoch), let pod = pod(uid: uid),
      let container = runtimes[uid]?.containers[index]
    else {
      return
    }
    let reference = container.spec.image ?? ""
    recordKubeletEvent(
      about: pod, container: container, type: "Normal", reason: "BackOff",
      message: "Back-off pulling image \"\(reference)\"")
    recordKubeletEvent(
      about: pod, container: container, type: "Warning", reason: "Failed",
      message: "Error: ImagePullBackOff")
    runtimes[uid]?.containers[index].waiting = ContainerStateWaiting(
      reason: "ImagePullBackOff", message: "Back-off pulling image \"\(reference)\"")
    postStatus(uid: uid)
  }

}
