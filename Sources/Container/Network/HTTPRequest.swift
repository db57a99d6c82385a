/// An HTTP request to a simulated server (the kubelet's httpGet hook, `curl`, `wget`).
public struct HTTPRequest: Equatable, Sendable {
  /// The method (`GET`, `HEAD`).
  public var method: String
  /// `http` or `https`.
  public var scheme: String
  /// Host as given (an IP, `localhost`, the pod name).
  public var host: String
  /// The TCP port.
  public var port: Int
  /// Path with query, starting with `/`.
  public var path: String
  /// Header name/value pairs in order.
  public var headers: [HTTPHeader]
  /// The client's IP address (appears in access logs).
  public var clientIP: String

  /// Creates a request.
  public init(
    method: String = "GET", scheme: String = "http", host: String, port: Int, path: String,
    headers: [HTTPHeader] = [], clientIP: String = "127.0.0.1"
  ) {
    self.method = method
    self.scheme = scheme
    self.host = host
    self.port = port
    self.path = path.isEmpty ? "/" : path
    self.headers = headers
    self.clientIP = clientIP
  }

  /// The value of header `name` (case-insensitive).
  public func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }
}
