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
  /// Whether the row has the wide columns (`-o wide`).
  let wide: Bool

  /// The row of `pod` at `now`; the wide columns (IP, node…) are read only when `wide`, as
  /// each is one more load from memory no other column touches.
  init(_ pod: Pod, now: Instant, wide: Bool = true) {
    self.wide = wide
    // Fields are read through `pod` (and the status arrays by index) one at a time, never by
    // copying a whole spec, status or container status out: at 10,000 pods, retaining every
    // string those copies hold was half of `get pods`, and made it grow faster than the pods.
    var reason = pod.status?.phase?.rawValue ?? ""
    if let r = pod.status?.reason, !r.isEmpty { reason = r }
    // Only a pod the scheduler has not placed can be gated, and it stays Pending: the others'
    // conditions are not read (with thousands of pods, each read is a cache miss).
    if pod.status?.phase == .pending,
      pod.status?.conditions?.contains(where: {
        $0.type == "PodScheduled" && $0.reason == "SchedulingGated"
      }) == true
    {
      reason = "SchedulingGated"
    }
    var sidecars: Set<String> = []
    if pod.hasInitContainers {
      let initSpecs = pod.spec.initContainers ?? []
      for i in initSpecs.indices where initSpecs[i].isSidecar {
        sidecars.insert(initSpecs[i].name)
      }
    }
    let total = pod.containerCount + sidecars.count
    var ready = 0
    var restarts: Int32 = 0
    var sidecarRestarts: Int32 = 0
    var lastRestart: Instant?
    var lastSidecarRestart: Instant?
    var initializing = false
    let initStatuses = pod.status?.initContainerStatuses ?? []
    for i in initStatuses.indices {
      restarts += initStatuses[i].restartCount
      let finished = initStatuses[i].lastState.terminated?.finishedAt?.instant
      lastRestart = Self.later(lastRestart, finished)
      let isSidecar = !sidecars.isEmpty && sidecars.contains(initStatuses[i].name)
      if isSidecar {
        sidecarRestarts += initStatuses[i].restartCount
        lastSidecarRestart = Self.later(lastSidecarRestart, finished)
      }
      if initStatuses[i].state.terminated?.exitCode == 0 { continue }
      if isSidecar && initStatuses[i].started == true {
        if initStatuses[i].ready { ready += 1 }
        continue
      }
      if let t = initStatuses[i].state.terminated {
        if let r = t.reason, !r.isEmpty {
          reason = "Init:" + r
        } else if let signal = t.signal, signal != 0 {
          reason = "Init:Signal:\(signal)"
        } else {
          reason = "Init:ExitCode:\(t.exitCode)"
        }
      } else if let r = initStatuses[i].state.waiting?.reason, !r.isEmpty, r != "PodInitializing" {
        reason = "Init:" + r
      } else {
        reason = "Init:\(i)/\(pod.spec.initContainers?.count ?? 0)"
      }
      initializing = true
      break
    }
    if !initializing || pod.status?.condition("Initialized")?.status == "True" {
      restarts = sidecarRestarts
      lastRestart = lastSidecarRestart
      var hasRunning = false
      let statuses = pod.status?.containerStatuses ?? []
      for i in statuses.indices.reversed() {
        restarts += statuses[i].restartCount
        lastRestart = Self.later(
          lastRestart, statuses[i].lastState.terminated?.finishedAt?.instant)
        if let r = statuses[i].state.waiting?.reason, !r.isEmpty {
          reason = r
        } else if let r = statuses[i].state.terminated?.reason, !r.isEmpty {
          reason = r
        } else if let t = statuses[i].state.terminated {
          reason = (t.signal ?? 0) != 0 ? "Signal:\(t.signal ?? 0)" : "ExitCode:\(t.exitCode)"
        } else if statuses[i].ready && statuses[i].state.running != nil {
          hasRunning = true
          ready += 1
        }
      }
      if reason == "Completed" && hasRunning {
        reason = pod.status?.condition("Ready")?.status == "True" ? "Running" : "NotReady"
      }
    }
    let terminating = pod.metadata.deletionTimestamp != nil
    if terminating && pod.status?.reason == "NodeLost" {
      reason = "Unknown"
    } else if terminating && !(pod.status?.phase?.isTerminal ?? false) {
      reason = "Terminating"
    }
    name = pod.metadata.name ?? ""
    self.ready = "\(ready)/\(total)"
    self.status = reason
    if restarts != 0, let lastRestart {
      self.restarts = "\(restarts) (\(HumanDuration.string(now - lastRestart)) ago)"
    } else {
      self.restarts = "\(restarts)"
    }
    age = HumanDuration.age(of: pod.metadata.creationTimestamp?.instant, now: now)
    guard wide else {
      (ip, node, nominatedNode, readinessGates) = ("", "", "", "")
      return
    }
    ip = pod.status?.podIPs?.first?.ip ?? "<none>"
    node = pod.spec.nodeName ?? "<none>"
    nominatedNode = pod.status?.nominatedNodeName ?? "<none>"
    readinessGates = "<none>"
  }

  private static func later(_ a: Instant?, _ b: Instant?) -> Instant? {
    guard let b else { return a }
    guard let a else { return b }
    return max(a, b)
  }

  /// The cells in column order.
  func cells() -> [String] {
    let base = [name, ready, status, restarts, age]
    return wide ? base + [ip, node, nominatedNode, readinessGates] : base
  }

  static let headers = ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]
  static let wideHeaders = headers + ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"]
}
