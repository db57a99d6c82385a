/// When a command's terminal output appeared: by this much time after it started, the first
/// `length` UTF-8 bytes of its combined output were written.
///
/// Lets the interactive shell show a long command's output as it comes instead of at the end.
public struct OutputMark: Equatable, Sendable {
  /// Time since the command started.
  public var at: Duration
  /// Bytes of the combined output written by then.
  public var length: Int

  public init(at: Duration, length: Int) {
    self.at = at
    self.length = length
  }
}
