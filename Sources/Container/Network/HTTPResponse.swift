/// A server's answer.
public struct HTTPResponse: Equatable, Sendable {
  /// The status code.
  public var status: Int
  /// The reason phrase (`OK`, `Not Found`).
  public var reason: String
  /// Response headers in order.
  public var headers: [HTTPHeader]
  /// The body (empty for HEAD).
  public var body: String
  /// How long the server took (httpbin's `/delay/N` takes N seconds).
  public var elapsed: Duration

  /// Creates a response.
  public init(status: Int, reason: String, headers: [HTTPHeader], body: String, elapsed: Duration) {
    self.status = status
    self.reason = reason
    self.headers = headers
    self.body = body
    self.elapsed = elapsed
  }

  /// The status line, e.g. `HTTP/1.1 200 OK`.
  public var statusLine: String { "HTTP/1.1 \(status) \(reason)" }

  static func reason(for status: Int) -> String {
    switch status {
    case 200: "OK"
    case 201: "CREATED"
    case 204: "NO CONTENT"
    case 301: "Moved Permanently"
    case 302: "FOUND"
    case 400: "BAD REQUEST"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Not Allowed"
    case 418: "I'M A TEAPOT"
    case 500: "INTERNAL SERVER ERROR"
    case 502: "BAD GATEWAY"
    case 503: "SERVICE UNAVAILABLE"
    default: "UNKNOWN"
    }
  }
}
