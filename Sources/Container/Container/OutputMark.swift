/// When a command's terminal output appeared: by this much time after it started, the first
/// `length` UTF-8 bytes of its combined output were written.
///
/// Lets the interactive shell show a long command's output as it comes instead of at the end.
public struct OutputMark: Equatable, Sendable {
  /// Time since the command started.
  public var at: Duration
  /// Bytes of the combined output written by then.
  public var length: Int
  /// Whether the bytes since the previous mark went to stderr (never with a TTY).
  public var isError: Bool

  public init(at: Duration, length: Int, isError: Bool = false) {
    self.at = at
    self.length = length
    self.isError = isError
  }
}
