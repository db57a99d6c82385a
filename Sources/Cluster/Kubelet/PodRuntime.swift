import Container

/// What the kubelet knows about one pod that the API object does not show: the sandbox, the
/// simulated containers, hook progress. The API status is rendered from it at sync points only.
struct PodRuntime: Sendable {
  var uid: String
  var key: ObjectKey
  /// Bumped when the pod worker's current sync is abandoned; tasks of older epochs are stale.
  var epoch = 0
  var podIP: String?
  var admittedAt: Instant?
  var sandboxReadyAt: Instant?
  var containers: [ContainerRuntime]
  var terminationStartedAt: Instant?
  var terminationGrace: Int64 = 30
  /// Whether the pod worker has finished starting every container at least once.
  var startupComplete = false
  /// The API object, kept after a force delete while the kubelet still stops the containers;
  /// nothing is written back to the API for it.
  var orphan: Pod?
  /// Every regular container is done for good: the sidecars are being stopped.
  var sidecarsStopping = false

  /// Whether a regular container has run (HasAnyRegularContainerStarted): the pod has been
  /// initialized, whatever its sidecars do since.
  var anyRegularContainerStarted: Bool {
    containers.contains { !$0.isInit && $0.instanceNumber > 0 }
  }

  /// Whether a status generated now would show the sandbox (pod IP, PodReadyToStartContainers):
  /// after the first sync that started a container or failed to.
  var firstSyncDone: Bool {
    startupComplete || containers.contains { $0.instanceNumber > 0 || $0.waiting != nil }
  }

  init(uid: String, key: ObjectKey, spec: PodSpec) {
    self.uid = uid
    self.key = key
    terminationGrace = spec.terminationGracePeriodSeconds ?? 30
    containers =
      (spec.initContainers ?? []).map { ContainerRuntime(spec: $0, isInit: true) }
      + spec.containers.map { ContainerRuntime(spec: $0, isInit: false) }
  }

  /// The index (in start order) of the container with that name.
  func index(of name: String) -> Int? {
    containers.firstIndex { $0.spec.name == name }
  }
}

/// A preStop hook the kubelet is waiting on: when it returns (nil: never) and how.
struct PreStopRun: Sendable {
  var endsAt: Instant?
  var failed: Bool
}

/// A terminating sidecar waiting for the containers it outlives: since when, and how many
/// whole seconds of its grace period were left then.
struct SidecarTurn: Sendable {
  var since: Instant
  var graceLeft: Int64
}

/// The kubelet's view of one container across its restarts.
struct ContainerRuntime: Sendable {
  /// Where the container is in its life, as the kubelet tracks it.
  enum Phase: Sendable {
    case notCreated
    case pulling
    case created
    /// The process runs; `hookRunning` while postStart has not returned.
    case running(startedAt: Instant, hookRunning: Bool)
    /// Boxed (`indirect`): a running container's phase then takes a few words, not the
    /// termination record's ninety-odd bytes, in every snapshot that holds it.
    indirect case exited(ContainerStateTerminated)
    case backingOff(until: Instant)
  }

  /// The container's definition; boxed, as the kubelet keeps one per container in every
  /// snapshot of the cluster and only a definition change (a new image) writes it.
  var spec: ContainerSpec {
    get { specBox.value }
    _modify { yield &specBox.value }
  }
  private var specBox: CopyOnWriteBox<ContainerSpec>
  var isInit: Bool
  var phase: Phase = .notCreated
  var instance: SimulatedContainer?
  /// The instance before the last restart, for `kubectl logs --previous`.
  var previousInstance: SimulatedContainer?
  /// Counts started instances, so exit tasks of an older instance are recognised as stale.
  var instanceNumber = 0
  var containerID: String?
  var image: Image?
  var lastTermination: ContainerStateTerminated? {
    get { lastTerminationBox?.value }
    set { lastTerminationBox = newValue.map(CopyOnWriteBox.init) }
  }
  /// The instance before `lastTermination`, shown as the last state while the newest one is
  /// the current state.
  var olderTermination: ContainerStateTerminated? {
    get { olderTerminationBox?.value }
    set { olderTerminationBox = newValue.map(CopyOnWriteBox.init) }
  }
  // Boxed, as `spec` is: most containers never terminate, and each of these would otherwise
  // take its full size in every snapshot.
  private var lastTerminationBox: CopyOnWriteBox<ContainerStateTerminated>?
  private var olderTerminationBox: CopyOnWriteBox<ContainerStateTerminated>?
  /// The crash back-off being waited out (for the CrashLoopBackOff message).
  var currentBackOff: Duration = .zero
  var restartCount: Int32 = 0
  var backOff: Duration = .zero
  /// The image pull back-off, separate from the crash back-off as in the kubelet.
  var imageBackOff: Duration = .zero
  /// Set while the kubelet is stopping this container (deletion or a failed hook).
  var stopping = false
  /// How long the current image pull takes (for the `Pulled` message).
  var pullDuration: Duration = .zero
  /// The pull time including the wait for earlier pulls (`… (5.2s including waiting)`).
  var pullWaited: Duration = .zero
  /// The handler message of a failed postStart, shown in the waiting state.
  var hookFailure: String?
  /// The waiting reason the next status shows while the container is not running.
  var waiting: ContainerStateWaiting?
  /// The error reason that a CrashLoopBackOff replaced, restored when the back-off ends.
  var lastWaiting: ContainerStateWaiting?
  /// Set when a definition change stopped the container: start it again at once.
  var restartWhenStopped = false
  /// The preStop hook in progress, for the timeline; nil when none runs.
  var runningPreStop: PreStopRun?
  /// The instance whose exit is already scheduled, so it is scheduled once.
  var exitScheduledFor = 0
  /// Set while the kubelet kills it for a failed postStart (its phase still shows the hook).
  var killingAfterFailedHook = false
  /// Set when the kubelet is killing it for a failed liveness or startup probe.
  var killedForProbe = false
  /// Set while a terminating sidecar waits for its turn to get the stop signal.
  var awaitingTurn: SidecarTurn?
  /// The prober's workers for this container's probes, by kind.
  var probeWorkers: [ProbeKind: ProbeWorker] = [:]
  /// The startup probe has succeeded for the current instance (true when there is none).
  var startupPassed = true
  /// The readiness probe's current result (true when there is none).
  var readinessPassed = true
  /// A status update has asked for a readiness run that has not happened yet.
  var readinessTriggered = false

  init(spec: ContainerSpec, isInit: Bool) {
    specBox = CopyOnWriteBox(spec)
    self.isInit = isInit
  }

  /// The liveness worker has seen the current instance (computeInitContainerActions waits for
  /// that before starting the container after a sidecar); true when there is no liveness probe.
  var livenessObserved: Bool {
    spec.livenessProbe == nil || probeWorkers[.liveness]?.instance == instanceNumber
  }

  /// Started and past postStart: what the prober calls running.
  var isProbeable: Bool {
    if case .running(_, hookRunning: false) = phase { return true }
    return false
  }

  /// Ready as the status manager reports it: running, started, and the readiness probe passing.
  var isReady: Bool { isProbeable && startupPassed && readinessPassed }

  var isRunning: Bool {
    if case .running = phase { return true }
    return false
  }

  /// Being pulled, created or running: a start must not begin again.
  var isInProgress: Bool {
    switch phase {
    case .pulling, .created, .running: true
    case .notCreated, .exited, .backingOff: false
    }
  }

  /// A regular init container that has run to completion (exit 0).
  var hasSucceededAsInit: Bool {
    guard isInit, !spec.isSidecar, case .exited(let terminated) = phase else { return false }
    return terminated.exitCode == 0
  }

  var runningSince: Instant? {
    if case .running(let startedAt, _) = phase { return startedAt }
    return nil
  }
}
