import Cluster
import Container

/// One pod as a `kubectl get pods` row: the API server's printPod (kubectl-formats.md §3).
struct PodRow: Equatable, Sendable {
  var name: String
  var ready: String
  var status: String
  var restarts: String
  var age: String
  var ip: String
  var node: String
  var nominatedNode: String
  var readinessGates: String

  init(_ pod: Pod, now: Instant) {
    let spec = pod.spec
    let status = pod.status ?? PodStatus()
    var reason = status.phase?.rawValue ?? ""
    if let r = status.reason, !r.isEmpty { reason = r }
    if status.conditions?.contains(where: {
      $0.type == "PodScheduled" && $0.reason == "SchedulingGated"
    }) == true {
      reason = "SchedulingGated"
    }
    let initSpecs = spec.initContainers ?? []
    let sidecars = Set(initSpecs.filter(\.isSidecar).map(\.name))
    let total = spec.containers.count + sidecars.count
    var ready = 0
    var restarts: Int32 = 0
    var sidecarRestarts: Int32 = 0
    var lastRestart: Instant?
    var lastSidecarRestart: Instant?
    var initializing = false
    for (i, container) in (status.initContainerStatuses ?? []).enumerated() {
      restarts += container.restartCount
      lastRestart = Self.later(lastRestart, container.lastState.terminated?.finishedAt?.instant)
      let isSidecar = sidecars.contains(container.name)
      if isSidecar {
        sidecarRestarts += container.restartCount
        lastSidecarRestart = Self.later(
          lastSidecarRestart, container.lastState.terminated?.finishedAt?.instant)
      }
      if let t = container.state.terminated, t.exitCode == 0 { continue }
      if isSidecar && container.started == true {
        if container.ready { ready += 1 }
        continue
      }
      if let t = container.state.terminated {
        if let r = t.reason, !r.isEmpty {
          reason = "Init:" + r
        } else if let signal = t.signal, signal != 0 {
          reason = "Init:Signal:\(signal)"
        } else {
          reason = "Init:ExitCode:\(t.exitCode)"
        }
      } else if let w = container.state.waiting, let r = w.reason, !r.isEmpty,
        r != "PodInitializing"
      {
        reason = "Init:" + r
      } else {
        reason = "Init:\(i)/\(initSpecs.count)"
      }
      initializing = true
      break
    }
    if !initializing || status.condition("Initialized")?.status == "True" {
      restarts = sidecarRestarts
      lastRestart = lastSidecarRestart
      var hasRunning = false
      for container in (status.containerStatuses ?? []).reversed() {
        restarts += container.restartCount
        lastRestart = Self.later(lastRestart, container.lastState.terminated?.finishedAt?.instant)
        if let w = container.state.waiting, let r = w.reason, !r.isEmpty {
          reason = r
        } else if let t = container.state.terminated, let r = t.reason, !r.isEmpty {
          reason = r
        } else if let t = container.state.terminated {
          reason = (t.signal ?? 0) != 0 ? "Signal:\(t.signal ?? 0)" : "ExitCode:\(t.exitCode)"
        } else if container.ready && container.state.running != nil {
          hasRunning = true
          ready += 1
        }
      }
      if reason == "Completed" && hasRunning {
        reason = status.condition("Ready")?.status == "True" ? "Running" : "NotReady"
      }
    }
    if pod.metadata.deletionTimestamp != nil && status.reason == "NodeLost" {
      reason = "Unknown"
    } else if pod.metadata.deletionTimestamp != nil && !(status.phase?.isTerminal ?? false) {
      reason = "Terminating"
    }
    name = pod.name
    self.ready = "\(ready)/\(total)"
    self.status = reason
    if restarts != 0, let lastRestart {
      self.restarts = "\(restarts) (\(HumanDuration.string(now - lastRestart)) ago)"
    } else {
      self.restarts = "\(restarts)"
    }
    age = HumanDuration.age(of: pod.metadata.creationTimestamp?.instant, now: now)
    ip = status.podIPs?.first?.ip ?? "<none>"
    node = spec.nodeName ?? "<none>"
    nominatedNode = status.nominatedNodeName ?? "<none>"
    readinessGates = "<none>"
  }

  private static func later(_ a: Instant?, _ b: Instant?) -> Instant? {
    guard let b else { return a }
    guard let a else { return b }
    return max(a, b)
  }

  /// The cells in column order.
  func cells(wide: Bool) -> [String] {
    let base = [name, ready, status, restarts, age]
    return wide ? base + [ip, node, nominatedNode, readinessGates] : base
  }

  static let headers = ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]
  static let wideHeaders = headers + ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"]
}
