import Cluster
import Container

/// What `kubectl get pods` would say of a pod, for the shell's own reports (`ff`).
public struct PodSummary: Equatable, Sendable {
  public var namespace: String
  public var name: String
  /// READY, e.g. `1/1`.
  public var ready: String
  /// STATUS, e.g. `Running`, `CrashLoopBackOff`.
  public var status: String
  /// The restart count, without the "(Xs ago)" part.
  public var restarts: String

  /// A summary with the given columns.
  public init(namespace: String, name: String, ready: String, status: String, restarts: String) {
    self.namespace = namespace
    self.name = name
    self.ready = ready
    self.status = status
    self.restarts = restarts
  }

  /// What `kubectl get pods` would say of `pod` at `now`.
  public init(_ pod: Pod, now: Instant) {
    let row = PodRow(pod, now: now, wide: false)
    namespace = pod.namespace
    name = pod.name
    ready = row.ready
    status = row.status
    restarts = String(row.restarts.prefix { $0 != " " })
  }
}
