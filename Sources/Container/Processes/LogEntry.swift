/// One line PID 1 wrote to its stdout or stderr (what `kubectl logs` shows).
public struct LogEntry: Equatable, Sendable {
  /// Which stream the line went to.
  public enum Stream: String, Equatable, Sendable {
    case stdout
    case stderr
  }

  /// When it was written.
  public var at: Instant
  /// The stream written to.
  public var stream: Stream
  /// The line without its trailing newline.
  public var text: String

  /// Creates a log entry.
  public init(at: Instant, stream: Stream, text: String) {
    self.at = at
    self.stream = stream
    self.text = text
  }
}
