/// One line PID 1 wrote to its stdout or stderr (what `kubectl logs` shows).
public struct LogEntry: Equatable, Sendable {
  /// Which stream the line went to.
  public enum Stream: String, Equatable, Sendable {
    case stdout
    case stderr
  }

  /// How a line's text begins when that beginning is computed from `at` and `pid` instead of
  /// stored: every nginx container writes the same startup notices but for their time stamps,
  /// and storing only the rest lets all of them share one constant per notice.
  enum Prefix: UInt8, Sendable {
    /// The text is `body` as it is.
    case none
    /// nginx's error log: `2025/01/01 10:00:00 [notice] 1#1: ` before `body`.
    case nginxNotice
  }

  /// When it was written (a computed beginning's time stamp follows it).
  public var at: Instant
  /// The stream written to.
  public var stream: Stream
  private var prefix: Prefix
  private var pid: Int32
  private var body: String

  /// The line without its trailing newline.
  public var text: String {
    get {
      switch prefix {
      case .none: body
      case .nginxNotice: CivilTime(at).nginxErrorLogPrefix("notice", pid: pid) + body
      }
    }
    set {
      prefix = .none
      body = newValue
    }
  }

  /// Creates a log entry.
  public init(at: Instant, stream: Stream, text: String) {
    self.at = at
    self.stream = stream
    prefix = .none
    pid = 0
    body = text
  }

  /// A line whose beginning is computed from its time and `pid` (see ``Prefix``).
  init(at: Instant, stream: Stream, prefix: Prefix, pid: Int32, body: String) {
    self.at = at
    self.stream = stream
    self.prefix = prefix
    self.pid = pid
    self.body = body
  }

  /// Equal when written at the same time to the same stream with the same text, however the
  /// text is kept.
  public static func == (lhs: LogEntry, rhs: LogEntry) -> Bool {
    lhs.at == rhs.at && lhs.stream == rhs.stream
      && (lhs.prefix == rhs.prefix && lhs.pid == rhs.pid && lhs.body == rhs.body
        || lhs.text == rhs.text)
  }
}
