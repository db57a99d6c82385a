/// A container's lifecycle hooks (`core/v1.Lifecycle`).
public struct Lifecycle: Codable, Hashable, Sendable {
  public var postStart: LifecycleHandler?
  public var preStop: LifecycleHandler?
  public var stopSignal: String?

  public init(postStart: LifecycleHandler? = nil, preStop: LifecycleHandler? = nil) {
    self.postStart = postStart
    self.preStop = preStop
  }
}

/// One hook's handler: exactly one of `exec`, `httpGet`, `sleep` (or the deprecated `tcpSocket`).
public struct LifecycleHandler: Codable, Hashable, Sendable {
  public var exec: ExecAction?
  public var httpGet: HTTPGetAction?
  public var tcpSocket: TCPSocketAction?
  public var sleep: SleepAction?

  public init(
    exec: ExecAction? = nil, httpGet: HTTPGetAction? = nil, tcpSocket: TCPSocketAction? = nil,
    sleep: SleepAction? = nil
  ) {
    self.exec = exec
    self.httpGet = httpGet
    self.tcpSocket = tcpSocket
    self.sleep = sleep
  }

  /// The handler the kubelet runs, in the order validation counts them.
  public var action: HookAction? {
    if let exec { return .exec(exec.command ?? []) }
    if let httpGet { return .httpGet(httpGet) }
    if let tcpSocket { return .tcpSocket(tcpSocket) }
    if let sleep { return .sleep(seconds: sleep.seconds ?? 0) }
    return nil
  }
}

/// The typed choice of a hook handler, as the kubelet dispatches it.
public enum HookAction: Hashable, Sendable {
  case exec([String])
  case httpGet(HTTPGetAction)
  case tcpSocket(TCPSocketAction)
  case sleep(seconds: Int64)
}

/// Runs a command in the container, without a shell (`core/v1.ExecAction`).
public struct ExecAction: Codable, Hashable, Sendable {
  public var command: [String]?

  public init(command: [String]?) { self.command = command }
}

/// An HTTP GET the kubelet sends (`core/v1.HTTPGetAction`).
public struct HTTPGetAction: Codable, Hashable, Sendable {
  public var path: String?
  public var port: IntOrString?
  public var host: String?
  public var scheme: String?
  public var httpHeaders: [HTTPHeader]?

  public init(
    path: String? = nil, port: IntOrString? = nil, host: String? = nil, scheme: String? = nil
  ) {
    self.path = path
    self.port = port
    self.host = host
    self.scheme = scheme
  }
}

/// A header of an HTTP hook request.
public struct HTTPHeader: Codable, Hashable, Sendable {
  public var name: String
  public var value: String

  private enum CodingKeys: String, CodingKey { case name, value }

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
    value = try c.decodeIfPresent(String.self, forKey: .value) ?? ""
  }
}

/// The deprecated TCP handler: accepted by the API server, rejected by the kubelet at run time.
public struct TCPSocketAction: Codable, Hashable, Sendable {
  public var port: IntOrString?
  public var host: String?
}

/// Sleeps in the kubelet for a number of seconds (`core/v1.SleepAction`).
public struct SleepAction: Codable, Hashable, Sendable {
  public var seconds: Int64?

  public init(seconds: Int64?) { self.seconds = seconds }
}
