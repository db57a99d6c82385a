import Container

extension Cluster {
  /// Records a kubelet event (legacy core/v1 recorder), aggregating repeats of the same event.
  ///
  /// A repeat (same object, container, type, reason and message) bumps `count` and
  /// `lastTimestamp`, which describe shows as `45s (x4 over 2m)`.
  mutating func recordKubeletEvent(
    about pod: Pod, container: ContainerRuntime?, type: String, reason: String, message: String
  ) {
    let fieldPath = container.map {
      ($0.isInit ? "spec.initContainers{" : "spec.containers{") + $0.spec.name + "}"
    }
    // Only the pod's own events can match (`eventPositions`, oldest first): the last match.
    let positions = eventPositions[pod.metadata.uid ?? ""] ?? []
    // Passed as an argument, the stored event is read in place rather than copied.
    func isRepeat(_ event: Event) -> Bool {
      event.involvedObject.uid == pod.metadata.uid
        && event.involvedObject.fieldPath == fieldPath && event.reason == reason
        && event.message == message && event.type == type && event.source.component == "kubelet"
        && isLive(event)
    }
    if let index = positions.last(where: { isRepeat(events[$0]) }) {
      resourceVersion += 1
      events[index].count = (events[index].count ?? 1) + 1
      events[index].lastTimestamp = KubeTime(now)
      events[index].metadata.resourceVersion = String(resourceVersion)
      return
    }
    let involved = ObjectReference(
      kind: "Pod", namespace: pod.namespace, name: pod.name, uid: pod.metadata.uid,
      apiVersion: "v1",
      resourceVersion: pod.metadata.resourceVersion, fieldPath: fieldPath)
    append(
      Event(
        metadata: ObjectMeta(), involvedObject: involved, reason: reason, message: message,
        source: EventSource(component: "kubelet", host: config.nodeName),
        firstTimestamp: KubeTime(now),
        lastTimestamp: KubeTime(now), count: 1, type: type, eventTime: nil, action: nil,
        reportingComponent: "kubelet", reportingInstance: config.nodeName))
  }

  /// Records a scheduler event (events.k8s.io recorder: `eventTime` set, no first/last timestamps).
  mutating func recordSchedulerEvent(about pod: Pod, reason: String, message: String) {
    let involved = ObjectReference(
      kind: "Pod", namespace: pod.namespace, name: pod.name, uid: pod.metadata.uid,
      apiVersion: "v1",
      resourceVersion: pod.metadata.resourceVersion, fieldPath: nil)
    append(
      Event(
        metadata: ObjectMeta(), involvedObject: involved, reason: reason, message: message,
        source: EventSource(), firstTimestamp: nil, lastTimestamp: nil, count: nil, type: "Normal",
        eventTime: KubeMicroTime(now), action: "Binding", reportingComponent: "default-scheduler",
        reportingInstance: "default-scheduler-controlplane"))
  }

  /// Names, stamps and stores a new event. Names end in the creation time in hex nanoseconds,
  /// so listing by name lists by time, as the API server does.
  private mutating func append(_ event: Event) {
    var event = event
    eventSequence += 1
    let nanos = UInt64(max(0, now.milliseconds)) * 1_000_000 + UInt64(eventSequence % 1_000_000)
    resourceVersion += 1
    event.metadata.name = (event.involvedObject.name ?? "") + "." + String(nanos, radix: 16)
    event.metadata.namespace = event.involvedObject.namespace
    event.metadata.uid = rng.uuid()
    event.metadata.resourceVersion = String(resourceVersion)
    event.metadata.creationTimestamp = KubeTime(now)
    eventPositions[event.involvedObject.uid ?? "", default: []].append(events.count)
    events.append(event)
    // The API server deletes expired events; here they go in batches, so that a long session
    // (or thousands of pods) keeps only the last hour's.
    // An event's last sighting only moves later, so nothing expires before the earliest
    // expiry found by the last pass: with thousands of pods, passing over every event each
    // time was a large part of starting them.
    if events.count % 256 == 0, eventsExpireFrom.map({ now > $0 }) ?? true {
      let now = now
      let before = events.count
      events.removeAll { $0.lastSeen.map { now - $0 > ClusterLimits.eventLifetime } ?? false }
      eventsExpireFrom = events.earliest { $0.lastSeen }.map { $0 + ClusterLimits.eventLifetime }
      if events.count != before {
        // Positions moved: the per-pod index is built again.
        eventPositions = [:]
        for (position, kept) in events.enumerated() {
          eventPositions[kept.involvedObject.uid ?? "", default: []].append(position)
        }
      }
    }
  }
}
