/// The observed state of a pod (`core/v1.PodStatus`), written by the scheduler and the kubelet.
public struct PodStatus: Codable, Hashable, Sendable {
  public var observedGeneration: Int64?
  public var phase: PodPhase?
  public var conditions: [PodCondition]?
  public var message: String?
  public var reason: String?
  public var nominatedNodeName: String?
  public var hostIP: String?
  public var hostIPs: [HostIP]?
  public var podIP: String?
  public var podIPs: [HostIP]?
  public var startTime: KubeTime?
  public var initContainerStatuses: [ContainerStatus]?
  public var containerStatuses: [ContainerStatus]?
  public var qosClass: String?
  public var ephemeralContainerStatuses: JSONValue?
  public var resize: String?
  public var resourceClaimStatuses: JSONValue?

  public init(phase: PodPhase? = nil) { self.phase = phase }

  /// The condition of the given type, if the status has it.
  public func condition(_ type: String) -> PodCondition? {
    conditions?.first { $0.type == type }
  }
}

/// The pod phase (`core/v1.PodPhase`).
public enum PodPhase: String, Codable, Hashable, Sendable {
  case pending = "Pending"
  case running = "Running"
  case succeeded = "Succeeded"
  case failed = "Failed"
  case unknown = "Unknown"

  /// Whether the phase is terminal (the pod will never run again).
  public var isTerminal: Bool { self == .succeeded || self == .failed }
}

/// An IP address entry of `hostIPs`/`podIPs`.
public struct HostIP: Codable, Hashable, Sendable {
  public var ip: String

  public init(ip: String) { self.ip = ip }
}

/// A pod condition. `lastProbeTime` is always printed, as `null` when unset, like the API server.
public struct PodCondition: Codable, Hashable, Sendable {
  public var type: String
  public var observedGeneration: Int64?
  public var status: String
  public var lastProbeTime: KubeTime?
  public var lastTransitionTime: KubeTime?
  public var reason: String?
  public var message: String?

  public init(
    type: String, status: String, lastTransitionTime: KubeTime?, reason: String? = nil,
    message: String? = nil, observedGeneration: Int64? = nil
  ) {
    self.type = type
    self.status = status
    self.lastTransitionTime = lastTransitionTime
    self.reason = reason
    self.message = message
    self.observedGeneration = observedGeneration
  }

  private enum CodingKeys: String, CodingKey {
    case type, observedGeneration, status, lastProbeTime, lastTransitionTime, reason, message
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(type, forKey: .type)
    try c.encodeIfPresent(observedGeneration, forKey: .observedGeneration)
    try c.encode(status, forKey: .status)
    try c.encode(lastProbeTime, forKey: .lastProbeTime)  // Go prints a zero metav1.Time as null
    try c.encode(lastTransitionTime, forKey: .lastTransitionTime)
    try c.encodeIfPresent(reason, forKey: .reason)
    try c.encodeIfPresent(message, forKey: .message)
  }
}

/// The state of one container as the kubelet reports it (`core/v1.ContainerStatus`).
public struct ContainerStatus: Codable, Hashable, Sendable {
  public var name: String
  public var state: ContainerState
  public var lastState: ContainerState
  public var ready: Bool
  public var restartCount: Int32
  public var image: String
  public var imageID: String
  public var containerID: String?
  public var started: Bool?
  public var allocatedResources: JSONValue?
  public var resources: JSONValue?
  public var volumeMounts: [VolumeMountStatus]?
  public var user: JSONValue?
  public var allocatedResourcesStatus: JSONValue?
  public var stopSignal: String?

  public init(
    name: String, state: ContainerState, lastState: ContainerState = ContainerState(), ready: Bool,
    restartCount: Int32, image: String, imageID: String, containerID: String? = nil,
    started: Bool? = nil
  ) {
    self.name = name
    self.state = state
    self.lastState = lastState
    self.ready = ready
    self.restartCount = restartCount
    self.image = image
    self.imageID = imageID
    self.containerID = containerID
    self.started = started
  }
}

/// The mount status the kubelet reports per container (1.31+).
public struct VolumeMountStatus: Codable, Hashable, Sendable {
  public var name: String
  public var mountPath: String
  public var readOnly: Bool?
  public var recursiveReadOnly: String?

  public init(name: String, mountPath: String, readOnly: Bool?, recursiveReadOnly: String?) {
    self.name = name
    self.mountPath = mountPath
    self.readOnly = readOnly
    self.recursiveReadOnly = recursiveReadOnly
  }
}

/// One of waiting, running or terminated (`core/v1.ContainerState`); all unset prints as `{}`.
public struct ContainerState: Codable, Hashable, Sendable {
  public var waiting: ContainerStateWaiting?
  public var running: ContainerStateRunning?
  public var terminated: ContainerStateTerminated?

  public init(
    waiting: ContainerStateWaiting? = nil, running: ContainerStateRunning? = nil,
    terminated: ContainerStateTerminated? = nil
  ) {
    self.waiting = waiting
    self.running = running
    self.terminated = terminated
  }
}

/// A container waiting to run, with the kubelet's reason.
public struct ContainerStateWaiting: Codable, Hashable, Sendable {
  public var reason: String?
  public var message: String?

  public init(reason: String?, message: String? = nil) {
    self.reason = reason
    self.message = message
  }
}

/// A running container and when its process started.
public struct ContainerStateRunning: Codable, Hashable, Sendable {
  public var startedAt: KubeTime?

  public init(startedAt: KubeTime?) { self.startedAt = startedAt }
}

/// A container whose process has exited.
public struct ContainerStateTerminated: Codable, Hashable, Sendable {
  public var exitCode: Int32
  public var signal: Int32?
  public var reason: String?
  public var message: String?
  public var startedAt: KubeTime?
  public var finishedAt: KubeTime?
  public var containerID: String?

  public init(
    exitCode: Int32, signal: Int32? = nil, reason: String?, message: String? = nil,
    startedAt: KubeTime?, finishedAt: KubeTime?, containerID: String?
  ) {
    self.exitCode = exitCode
    self.signal = signal
    self.reason = reason
    self.message = message
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.containerID = containerID
  }
}
