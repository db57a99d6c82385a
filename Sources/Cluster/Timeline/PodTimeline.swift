import Container

/// What happened to one pod's containers, on the virtual clock, as the simulator did it.
///
/// Written by the API server and the kubelet at the moment each step happens, never re-derived
/// from events or status, so it can show what no real cluster records (when a preStop really
/// ended, when the stop signal went out). It outlives the pod object, so a deleted pod can still
/// be looked at.
public struct PodTimeline: Equatable, Sendable {
  /// One step in the life of a container, or of the pod when `container` is nil.
  public struct Mark: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
      /// Container created and its entrypoint started.
      case started
      case postStartRunning
      case postStartSucceeded
      /// The handler failed (or was cancelled by a delete) and the container is killed for it.
      case postStartFailed
      /// The container counts as running: started and its postStart (if any) returned.
      case running
      /// The startup probe passed: liveness and readiness probes start.
      case startupProbeSucceeded
      /// The readiness verdict changed: the container joins or leaves the pod's Ready count.
      case ready
      case notReady
      /// A liveness or startup probe reached its failure threshold: the kubelet kills the container.
      case probeFailed(ProbeKind)
      /// `kubectl delete` (or a second, shorter one): the grace period and its deadline.
      case deleteRequested(grace: Int64)
      case preStopRunning
      case preStopSucceeded
      case preStopFailed
      /// The kubelet stopped waiting for a preStop that was still running (grace period over).
      case preStopCut
      /// The stop signal sent to the entrypoint (`TERM`, `QUIT`), with the time left before SIGKILL.
      case stopSignal(String, graceMilliseconds: Int64)
      case killed
      case exited(code: Int32)
      /// The pod object was removed at once with nothing running (never scheduled, or already
      /// Succeeded/Failed); a force delete of running containers is followed by their stop instead.
      case removed
    }

    public var at: Instant
    public var container: String?
    public var kind: Kind
  }

  public var podName: String
  /// The pod object this record is about (a later pod of the same name gets a new record).
  public var uid: String
  public var createdAt: Instant
  /// In time order (marks of the same instant in the order they were made).
  public private(set) var marks: [Mark] = []

  /// Enough for hours of a crash loop; older marks are dropped first.
  static let capacity = ClusterLimits.timelineMarks

  init(podName: String, uid: String, createdAt: Instant) {
    self.podName = podName
    self.uid = uid
    self.createdAt = createdAt
  }

  /// Adds a mark in time order: a step stamped in the past (a preStop that returned while the
  /// kubelet waited on something else) goes before the later ones, after those of its instant.
  mutating func append(_ mark: Mark) {
    if let last = marks.last, last.at > mark.at {
      let index = marks.lastIndex { $0.at <= mark.at }.map { $0 + 1 } ?? 0
      marks.insert(mark, at: index)
    } else {
      marks.append(mark)
    }
    if marks.count > Self.capacity { marks.removeFirst(marks.count - Self.capacity) }
  }

  /// The containers that appear, in the order they first did.
  public var containers: [String] {
    var seen: [String] = []
    for case let name? in marks.map(\.container) where !seen.contains(name) { seen.append(name) }
    return seen
  }
}
