import Container

/// The simulated cluster: API objects, the scheduler, one node's kubelet and container runtime,
/// all driven by a virtual clock.
///
/// A value type with one owner. Time only moves when the owner calls ``advance(to:)`` (or an
/// operation that blocks in real kubectl does so on its behalf); tasks due by then run in order.
/// Copying the value snapshots the whole cluster, which lessons use to reset and compare.
public struct Cluster: Sendable {
  public let config: ClusterConfig
  /// The virtual clock's current reading.
  public private(set) var now: Instant

  var pods: [ObjectKey: Pod] = [:]
  var events = EventLog()
  /// The positions in `events` of each pod's events (by the pod's UID), oldest first: `describe`
  /// and the kubelet's aggregation look at one pod's few events, not all of them.
  var eventPositions: [String: [Int]] = [:]
  var queue = TaskQueue<ClusterTask>()
  var runtimes: [String: PodRuntime] = [:]
  /// The last pod of each name's timeline, kept after the pod is gone.
  var timelines: [ObjectKey: PodTimeline] = [:]
  var rng: SplitMix64
  var resourceVersion: Int64 = 4800
  var imagesOnNode: Set<String> = []
  /// When the kubelet's serial image puller is free again.
  var pullQueueFreeAt = Instant(milliseconds: 0)
  /// Images being pulled and when each pull finishes.
  var pullsInFlight: [String: Instant] = [:]
  var nextPodIPOctet = 4
  /// Commands run in containers through the API, oldest first (``ExecRecord/capacity`` at most).
  public internal(set) var execRecords: [ExecRecord] = []
  var eventSequence: Int64 = 0
  /// No event expires before this instant (the earliest a kept event's lifetime ends, as of
  /// the last pass that removed expired events): until then the passes are skipped.
  var eventsExpireFrom: Instant?
  /// Container commands still allowed before time stops moving (nil: no bound); see
  /// ``limitWork(to:)``.
  var workLeft: Int?
  /// Bytes the node's current containers have written (their ``SimulatedContainer/diskBytes``).
  var nodeDiskUsed = 0
  /// Whether the containers used up the work allowed by ``limitWork(to:)``: the clock no longer
  /// moves until the owner allows more.
  public private(set) var workExhausted = false
  /// Namespaces that exist; objects in any other namespace are refused.
  public private(set) var namespaces: Set<String> = [
    "default", "kube-system", "kube-public", "kube-node-lease",
  ]

  /// Creates an empty cluster whose clock reads `config.epoch`.
  public init(config: ClusterConfig = ClusterConfig()) {
    self.config = config
    self.now = config.epoch
    self.rng = SplitMix64(seed: config.seed)
  }

  // MARK: - Reading

  /// The pods of a namespace (or of all namespaces), sorted as the API server lists them.
  public func pods(in namespace: String?) -> [Pod] {
    // The (key, pod) pairs, sorted: a pod is one reference, so a pair is hardly larger than its
    // key, and looking each key up again afterwards cost a hash and a cache miss per pod.
    var entries: [(key: ObjectKey, pod: Pod)] = []
    entries.reserveCapacity(pods.count)
    for (key, pod) in pods where namespace == nil || key.namespace == namespace {
      entries.append((key, pod))
    }
    entries.sort { $0.key < $1.key }
    return entries.map(\.pod)
  }

  /// The timeline of the last pod created with that name, even if it has been deleted since.
  public func timeline(ofPod name: String, in namespace: String) -> PodTimeline? {
    timelines[ObjectKey(namespace: namespace, name: name)]
  }

  /// Every pod's latest timeline, oldest pod first (by creation, then name).
  public var podTimelines: [PodTimeline] {
    timelines.values.sorted { ($0.createdAt, $0.podName) < ($1.createdAt, $1.podName) }
  }

  /// The pod with that name, if it exists.
  public func pod(named name: String, in namespace: String) -> Pod? {
    pods[ObjectKey(namespace: namespace, name: name)]
  }

  /// The events of a namespace (or all), in the API server's order: by name, which starts with
  /// the object's name and ends with the creation time in hex.
  public func events(in namespace: String?) -> [Event] {
    liveEvents.filter { namespace == nil || $0.metadata.namespace == namespace }
      .sorted {
        ($0.metadata.namespace ?? "", $0.metadata.name ?? "") < (
          $1.metadata.namespace ?? "", $1.metadata.name ?? ""
        )
      }
  }

  /// The events about one pod (matched by UID), in the API server's order.
  public func events(about pod: Pod) -> [Event] {
    (eventPositions[pod.metadata.uid ?? ""] ?? []).map { events[$0] }.filter {
      isLive($0) && $0.involvedObject.uid == pod.metadata.uid && $0.involvedObject.kind == "Pod"
    }
  }

  /// Events expire an hour after they last happened (the API server's default event TTL).
  private var liveEvents: [Event] {
    events.filter { isLive($0) }
  }

  /// Whether an event has not expired yet (``ClusterLimits/eventLifetime``).
  func isLive(_ event: Event) -> Bool {
    event.lastSeen.map { now - $0 <= ClusterLimits.eventLifetime } ?? true
  }

  /// When the node joined the cluster (the cluster is a few days old when a lesson starts).
  public var nodeCreated: Instant { config.epoch - .seconds(12 * 86_400 + 3 * 3600 + 17 * 60) }

  // MARK: - Time

  /// Runs every task due up to `instant`, then sets the clock to it.
  ///
  /// Once the work allowed by ``limitWork(to:)`` is used up, it stops after the task that used
  /// it up, the clock where that task ran, and ``workExhausted`` is set.
  public mutating func advance(to instant: Instant) {
    guard !workExhausted else { return }
    while let (deadline, task) = queue.popDue(notAfter: instant) {
      if deadline > now { now = deadline }
      run(task)
      if let workLeft, workLeft < 0 {
        workExhausted = true
        return
      }
    }
    if instant > now { now = instant }
  }

  /// Allows the containers `commands` more commands (PID 1's runs, hooks, probes, execs) before
  /// time stops moving; the owner calls it before each outer command
  /// (``ClusterLimits/commandsPerOuterCommand``), nil to lift the bound.
  public mutating func limitWork(to commands: Int?) {
    workLeft = commands
    workExhausted = false
  }

  /// Counts commands a container ran against ``limitWork(to:)``.
  mutating func spend(commands: Int) {
    workLeft = workLeft.map { $0 - commands }
  }

  /// What the node's disk has left for the containers' writes (``ClusterLimits/nodeDiskBytes``).
  var nodeDiskFree: Int { max(0, config.nodeDiskBytes - nodeDiskUsed) }

  /// Runs `body` on a container (a probe, a hook, a signal, an exec): its commands count against
  /// the line's work and its writes against the node's disk, which also bounds them.
  mutating func metered<Result>(
    _ instance: inout SimulatedContainer, _ body: (inout SimulatedContainer) -> Result
  ) -> Result {
    instance.limitDisk(free: nodeDiskFree)
    let commands = instance.commandsRun
    let disk = instance.diskBytes
    let result = body(&instance)
    spend(commands: instance.commandsRun - commands)
    nodeDiskUsed = max(0, nodeDiskUsed + instance.diskBytes - disk)
    return result
  }

  /// Gives back a container's share of the node's disk (it was replaced, or its pod forgotten).
  mutating func freeDisk(of instance: SimulatedContainer?) {
    nodeDiskUsed = max(0, nodeDiskUsed - (instance?.diskBytes ?? 0))
  }

  /// Forgets the kubelet's record of a pod, and the disk its containers took.
  mutating func forgetRuntime(uid: String) {
    for container in runtimes[uid]?.containers ?? [] { freeDisk(of: container.instance) }
    runtimes[uid] = nil
  }

  /// Advances the clock by `duration`.
  public mutating func advance(by duration: Duration) {
    advance(to: now + duration)
  }

  /// Advances task by task until `condition` holds or `limit` has passed; returns whether it held.
  ///
  /// This is how commands that block in real kubectl (`delete` waiting for the object to go)
  /// spend virtual time: the clock stops at the moment the condition became true.
  public mutating func advance(until condition: (Cluster) -> Bool, limit: Duration) -> Bool {
    let end = now + limit
    if condition(self) { return true }
    while let next = queue.nextDeadline, next <= end {
      advance(to: next)
      if condition(self) { return true }
      if workExhausted { return false }
    }
    advance(to: end)
    return condition(self)
  }

  /// When the next scheduled change happens, if anything is scheduled.
  public var nextChange: Instant? { queue.nextDeadline }

  /// Whether the scheduler or the kubelet still has work queued for the pod with that UID.
  public func hasPendingWork(forPodUID uid: String) -> Bool {
    queue.contains { $0.uid == uid }
  }

  // MARK: - Writing

  /// Creates a pod: defaulting, admission, validation, then storage (`POST /api/v1/.../pods`).
  public mutating func create(_ submitted: Pod) throws(APIError) -> Pod {
    var pod = submitted
    let namespace = pod.metadata.namespace ?? "default"
    guard namespaces.contains(namespace) else { throw .namespaceNotFound(namespace) }
    pod.metadata.namespace = namespace
    if (pod.metadata.name ?? "").isEmpty, let base = pod.metadata.generateName, !base.isEmpty {
      // The registry names the object before validating it: the base cut to leave room for
      // five random characters in 63, and a new draw when the name is taken (as the API
      // server retries a generated name that conflicts).
      for _ in 0..<8 {
        let name = String(base.prefix(58)) + rng.nameSuffix()
        pod.metadata.name = name
        if pods[ObjectKey(namespace: namespace, name: name)] == nil { break }
      }
    }
    Defaulting.apply(to: &pod, rng: &rng)
    let causes = Validation.validate(pod)
    if !causes.isEmpty {
      throw .invalid(kind: "Pod", name: pod.metadata.name ?? "", causes: causes)
    }
    let key = ObjectKey(namespace: namespace, name: pod.name)
    if pods[key] != nil { throw .alreadyExists(resource: "pods", name: pod.name) }
    if pods.count >= ClusterLimits.pods { throw .tooManyPods(limit: ClusterLimits.pods) }
    try Self.checkStoredSize(pod)
    pod.metadata.uid = rng.uuid()
    pod.metadata.creationTimestamp = KubeTime(now)
    pod.metadata.generation = 1
    pod.status = PodStatus(phase: .pending)
    pod.status?.qosClass = "BestEffort"
    store(&pod)
    let uid = pod.metadata.uid ?? ""
    runtimes[uid] = PodRuntime(uid: uid, key: key, spec: pod.spec)
    timelines[key] = PodTimeline(podName: pod.name, uid: uid, createdAt: now)
    forgetOldTimelines()
    queue.schedule(
      .bind(uid: uid), at: now + delay(.bind))
    return pod
  }

  /// Replaces the mutable parts of a live pod (labels, annotations, images), as a patch does.
  ///
  /// - Throws: `.invalid` with the API server's Forbidden message if anything immutable changed.
  public mutating func update(_ submitted: Pod) throws(APIError) -> Pod {
    let key = ObjectKey(namespace: submitted.metadata.namespace ?? "default", name: submitted.name)
    guard var live = pods[key] else { throw .notFound(resource: "pods", name: submitted.name) }
    var proposed = submitted
    proposed.metadata.namespace = key.namespace
    Defaulting.apply(to: &proposed, rng: &rng, reusing: live.spec)
    if let forbidden = Validation.validateUpdate(old: live.spec, new: proposed.spec) {
      throw .invalid(kind: "Pod", name: live.name, causes: [forbidden])
    }
    let annotations = Validation.validateAnnotations(proposed.metadata.annotations)
    if !annotations.isEmpty { throw .invalid(kind: "Pod", name: live.name, causes: annotations) }
    let before = live
    live.metadata.labels = proposed.metadata.labels
    live.metadata.annotations = proposed.metadata.annotations
    live.spec.activeDeadlineSeconds = proposed.spec.activeDeadlineSeconds
    for i in live.spec.containers.indices where i < proposed.spec.containers.count {
      live.spec.containers[i].image = proposed.spec.containers[i].image
    }
    if live != before {
      try Self.checkStoredSize(live)
      store(&live)
      if let uid = live.metadata.uid {
        for (old, new) in zip(before.spec.containers, live.spec.containers)
        where old.image != new.image {
          queue.schedule(
            .definitionChanged(uid: uid, container: new.name), at: now + .milliseconds(20))
        }
      }
    }
    return live
  }

  /// Starts a graceful deletion (`DELETE` with an optional grace period).
  ///
  /// Returns the object as the API server returns it: with `deletionTimestamp` set, or as it was
  /// if the deletion was immediate (unscheduled or terminal pods, grace 0).
  public mutating func delete(
    podNamed name: String, in namespace: String, gracePeriod: Int64? = nil
  ) throws(APIError) -> Pod {
    let key = ObjectKey(namespace: namespace, name: name)
    guard var pod = pods[key] else { throw .notFound(resource: "pods", name: name) }
    var grace = gracePeriod ?? pod.spec.terminationGracePeriodSeconds ?? 30
    if grace < 0 { grace = 1 }
    let terminal = pod.status?.phase?.isTerminal ?? false
    if pod.spec.nodeName == nil || terminal { grace = 0 }
    if grace == 0 {
      timelines[key]?.append(.init(at: now, container: nil, kind: .deleteRequested(grace: 0)))
      if let uid = pod.metadata.uid, !terminal, pod.spec.nodeName != nil,
        runtimes[uid]?.containers.contains(where: \.isRunning) == true
      {
        // A force delete removes the object at once, but the kubelet still stops what runs,
        // with the smallest grace period it knows (1 s) and preStop first (k8s-hooks.md §3.2).
        removeObject(key, forgetRuntime: false)
        runtimes[uid]?.orphan = pod
        runtimes[uid]?.terminationGrace = 1
        queue.schedule(.beginTermination(uid: uid), at: now + delay(.observeDeletion))
        return pod
      }
      timelines[key]?.append(.init(at: now, container: nil, kind: .removed))
      removeObject(key)
      return pod
    }
    if let existing = pod.metadata.deletionGracePeriodSeconds,
      let since = pod.metadata.deletionTimestamp
    {
      // A second delete may only shorten the grace period: the deadline moves earlier by the
      // difference, never into the past, and the kubelet restarts the kill with the new value.
      guard grace < existing else { return pod }
      let moved = since.instant - .seconds(existing - grace)
      pod.metadata.deletionTimestamp = KubeTime(max(moved, now))
      pod.metadata.deletionGracePeriodSeconds = grace
      store(&pod)
      timelines[key]?.append(.init(at: now, container: nil, kind: .deleteRequested(grace: grace)))
      if let uid = pod.metadata.uid {
        runtimes[uid]?.terminationGrace = grace
        queue.schedule(.shortenTermination(uid: uid, grace: grace), at: now + .milliseconds(15))
      }
      return pod
    }
    let requested = KubeTime(now + .seconds(grace))
    pod.metadata.deletionTimestamp = requested
    pod.metadata.deletionGracePeriodSeconds = grace
    store(&pod)
    timelines[key]?.append(.init(at: now, container: nil, kind: .deleteRequested(grace: grace)))
    if let uid = pod.metadata.uid {
      runtimes[uid]?.terminationGrace = grace
      queue.schedule(
        .beginTermination(uid: uid),
        at: now + delay(.observeDeletion))
    }
    return pod
  }

  /// Keeps at most ``ClusterLimits/pastTimelines`` timelines of pods that are gone, dropping
  /// the oldest.
  private mutating func forgetOldTimelines() {
    guard timelines.count > pods.count + ClusterLimits.pastTimelines else { return }
    let gone = timelines.filter { pods[$0.key] == nil }
      .sorted { ($0.value.createdAt, $0.key) < ($1.value.createdAt, $1.key) }
    for (key, _) in gone.prefix(gone.count - ClusterLimits.pastTimelines) {
      timelines[key] = nil
    }
  }

  /// etcd refuses an object larger than ``ClusterLimits/objectBytes`` (measured as its JSON).
  private static func checkStoredSize(_ pod: Pod) throws(APIError) {
    guard let value = try? JSONValueEncoder().encode(pod),
      GoJSON.compact(value).utf8.count > ClusterLimits.objectBytes
    else { return }
    throw .requestTooLargeForStorage
  }

  // MARK: - Internals shared by the scheduler and the kubelet

  /// Bumps the resource version and writes the object.
  mutating func store(_ pod: inout Pod) {
    resourceVersion += 1
    pod.metadata.resourceVersion = String(resourceVersion)
    pods[ObjectKey(namespace: pod.namespace, name: pod.name)] = pod
  }

  /// Removes the API object and (unless the kubelet still has containers to stop) forgets the
  /// kubelet's record of it.
  mutating func removeObject(_ key: ObjectKey, forgetRuntime: Bool = true) {
    guard let pod = pods.removeValue(forKey: key) else { return }
    resourceVersion += 1
    if forgetRuntime, let uid = pod.metadata.uid { self.forgetRuntime(uid: uid) }
  }

  /// Adds a step to the timeline of the pod with that UID (while the kubelet knows it).
  mutating func mark(
    _ kind: PodTimeline.Mark.Kind, uid: String, container: String?, at: Instant? = nil
  ) {
    // A pod created again under the same name has a timeline of its own.
    guard let key = runtimes[uid]?.key, timelines[key]?.uid == uid else { return }
    timelines[key]?.append(.init(at: at ?? now, container: container, kind: kind))
  }

  /// The pod object with that UID, if it still exists; for a force-deleted pod whose
  /// containers the kubelet is still stopping, the object as it was.
  func pod(uid: String) -> Pod? {
    guard let runtime = runtimes[uid] else { return nil }
    if let pod = pods[runtime.key], pod.metadata.uid == uid { return pod }
    return runtime.orphan
  }

  /// Dispatches one due task to the component that owns it.
  private mutating func run(_ task: ClusterTask) {
    switch task {
    case .bind(let uid): bind(uid: uid)
    default: runKubeletTask(task)
    }
  }
}
