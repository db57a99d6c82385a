/// What came back from a simulated HTTP request.
public enum HTTPResult: Equatable, Sendable {
  /// The server answered.
  case response(HTTPResponse)
  /// Nothing listens on that port (or the server is shutting down).
  case connectionRefused
  /// Something accepted the connection and never answers: the client waits until it gives up.
  case noAnswer
}
