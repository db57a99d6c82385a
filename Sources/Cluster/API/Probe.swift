/// A container probe (`core/v1.Probe`): one handler and the timing the kubelet's prober runs it on.
///
/// Fields are kept as written; the API server's defaults (`timeoutSeconds: 1`, `periodSeconds: 10`,
/// thresholds 1 and 3) are filled in by ``Defaulting`` so `-o yaml` shows them as a cluster does.
public struct Probe: Codable, Hashable, Sendable {
  public var exec: ExecAction?
  public var httpGet: HTTPGetAction?
  public var tcpSocket: TCPSocketAction?
  public var grpc: GRPCAction?
  public var initialDelaySeconds: Int32?
  public var timeoutSeconds: Int32?
  public var periodSeconds: Int32?
  public var successThreshold: Int32?
  public var failureThreshold: Int32?
  public var terminationGracePeriodSeconds: Int64?

  public init(
    exec: ExecAction? = nil, httpGet: HTTPGetAction? = nil, tcpSocket: TCPSocketAction? = nil,
    initialDelaySeconds: Int32? = nil, periodSeconds: Int32? = nil,
    failureThreshold: Int32? = nil
  ) {
    self.exec = exec
    self.httpGet = httpGet
    self.tcpSocket = tcpSocket
    self.initialDelaySeconds = initialDelaySeconds
    self.periodSeconds = periodSeconds
    self.failureThreshold = failureThreshold
  }

  /// The handler the prober runs, in the order validation counts them; nil when none is set.
  public var action: ProbeAction? {
    if let exec { return .exec(exec.command ?? []) }
    if let httpGet { return .httpGet(httpGet) }
    if let tcpSocket { return .tcpSocket(tcpSocket) }
    if let grpc { return .grpc(grpc) }
    return nil
  }

  /// The period in seconds after defaulting (a zero period would stop the clock).
  var period: Int64 { Int64(max(1, periodSeconds ?? 10)) }
  var timeout: Int64 { Int64(max(1, timeoutSeconds ?? 1)) }
  var initialDelay: Int64 { Int64(max(0, initialDelaySeconds ?? 0)) }
  var successesNeeded: Int { Int(max(1, successThreshold ?? 1)) }
  var failuresNeeded: Int { Int(max(1, failureThreshold ?? 3)) }
}

/// The typed choice of a probe handler, as the prober dispatches it.
public enum ProbeAction: Hashable, Sendable {
  case exec([String])
  case httpGet(HTTPGetAction)
  case tcpSocket(TCPSocketAction)
  case grpc(GRPCAction)
}

/// A gRPC health check (`core/v1.GRPCAction`).
public struct GRPCAction: Codable, Hashable, Sendable {
  public var port: Int32?
  public var service: String?
}

/// Which of a container's three probes.
public enum ProbeKind: String, CaseIterable, Hashable, Sendable {
  case startup
  case liveness
  case readiness

  /// The word the kubelet puts in `Unhealthy` events (`Liveness probe failed: …`).
  public var title: String {
    switch self {
    case .startup: "Startup"
    case .liveness: "Liveness"
    case .readiness: "Readiness"
    }
  }

  /// The container field that holds this probe.
  public var fieldName: String { rawValue + "Probe" }
}

extension ContainerSpec {
  /// The container's probe of that kind, if it has one.
  public func probe(_ kind: ProbeKind) -> Probe? {
    switch kind {
    case .startup: startupProbe
    case .liveness: livenessProbe
    case .readiness: readinessProbe
    }
  }
}
