/// The lifecycle's timing rules as data, in the manner of kwok's stages: each case is one
/// transition of the scheduler's or the kubelet's state machine, and ``timing`` says how long it
/// takes on a real node. The handlers in `Kubelet.swift` decide *which* transition comes next;
/// how long any of them takes is decided here and nowhere else.
///
/// Delays are drawn uniformly from the range with the cluster's seeded generator, so a
/// transcript is the same on every run. The ranges are what a kind/kubeadm node on a laptop
/// shows (watch latency, CRI round trips); the fixed rules of the kubelet (back-off, grace
/// floor) are in ``KubeletRules``.
enum Stage: CaseIterable, Sendable {
  /// Pod created → the scheduler binds it (watch latency plus scheduling cycle).
  case bind
  /// Bound → the kubelet admits it and posts the first status.
  case admit
  /// Admitted → the pod sandbox (pause container, CNI, IP) is ready.
  case sandbox
  /// Sandbox ready → the first container's start begins.
  case firstContainer
  /// A container started (and its postStart returned) → the next one in start order begins.
  case nextContainer
  /// An image already in the node's store: the pull request returns.
  case cachedPull
  /// Extra time of a first pull on top of transferring the bytes (registry round trips).
  case pullOverhead
  /// Pull done → CreateContainer returned.
  case createAfterPull
  /// Image present (no pull) → CreateContainer returned.
  case createPresentImage
  /// The last container started → the sync returns and its status is posted.
  case endOfSync
  /// A container exited on its own → the status showing it is posted.
  case statusAfterExit
  /// A regular init container exited 0 → the next container's start begins.
  case nextAfterInit
  /// A container stopped for a definition change → it starts again.
  case restartAfterDefinitionChange
  /// A crash back-off ran out → the restart begins.
  case restartAfterBackOff
  /// A spec change observed while the container waits → its start begins with the new spec.
  case startChangedSpec
  /// The registry is asked for an unknown image → it answers that it has none.
  case pullFailure
  /// A failed pull → the next sync reports the image back-off.
  case imageBackOffSync
  /// `kubectl delete` → the kubelet starts killing containers.
  case observeDeletion
  /// The last container of a terminating pod exited → the terminal phase is posted.
  case terminalStatus
  /// A terminating pod had nothing running → the terminal phase is posted.
  case terminalStatusNothingRunning
  /// Terminal phase posted → the kubelet deletes the API object.
  case removeObject
  /// Pod admitted → a probe worker's first tick (the goroutine starting).
  case probeWorkerStart
  /// A status update of a started, unready container → its readiness probe runs.
  case readinessAfterStart

  /// How long the transition takes, in milliseconds.
  var timing: ClosedRange<Int64> {
    switch self {
    case .bind: 4...12
    case .admit: 15...45
    case .sandbox: 350...1100
    case .firstContainer: 5...20
    case .nextContainer: 5...25
    case .cachedPull: 280...950
    case .pullOverhead: 600...1800
    case .createAfterPull: 40...140
    case .createPresentImage: 40...120
    case .endOfSync: 150...900
    case .statusAfterExit: 300...1000
    case .nextAfterInit: 300...900
    case .restartAfterDefinitionChange: 300...900
    case .restartAfterBackOff: 200...900
    case .startChangedSpec: 20...80
    case .pullFailure: 700...1600
    case .imageBackOffSync: 800...1500
    case .observeDeletion: 8...30
    case .terminalStatus: 200...700
    case .terminalStatusNothingRunning: 100...400
    case .removeObject: 30...120
    case .probeWorkerStart: 1...40
    case .readinessAfterStart: 150...900
    }
  }
}

/// The kubelet's fixed rules (not delays of a transition): back-off schedules, the stop floor,
/// how fast images download.
enum KubeletRules {
  /// Crash back-off: 10 s, doubling, at most 5 min (kuberuntime_manager.go, flowcontrol).
  static let crashBackOffInitial = Duration.seconds(10)
  static let crashBackOffMax = Duration.seconds(300)
  /// A container that ran this long starts its next crash back-off from zero again.
  static let crashBackOffReset = Duration.seconds(600)
  /// Image pull back-off: the same schedule, kept separately.
  static let imageBackOffInitial = Duration.seconds(10)
  static let imageBackOffMax = Duration.seconds(300)
  /// `minimumGracePeriodInSeconds`: the stop signal always gets at least this long before SIGKILL.
  static let minimumStopGraceSeconds: Int64 = 2
  /// Download speed of a first pull, in bytes per millisecond (25 MB/s).
  static let pullBytesPerMillisecond: Int64 = 25_000
  /// The pod worker's requeue after a failed sync (workerBackOffPeriod), plus up to half again.
  static let errorResync = Duration.seconds(10)
  /// The longest a postStart hook is waited for before the simulator treats it as hung.
  static let postStartLimit = Duration.seconds(3600)

  /// The next back-off after `current` (zero: none yet).
  static func nextBackOff(after current: Duration, initial: Duration, max: Duration) -> Duration {
    current == .zero ? initial : min(current * 2, max)
  }
}
