/// How and when a container's PID 1 ended (or is scheduled to end).
public struct ContainerExit: Equatable, Sendable {
  /// When PID 1 exits.
  public var at: Instant
  /// Its exit code as the runtime reports it (128 + signal when killed by a signal).
  public var exitCode: Int32
  /// The signal that killed it, if it did not exit on its own.
  public var signal: Signal?

  /// Creates an exit record.
  public init(at: Instant, exitCode: Int32, signal: Signal?) {
    self.at = at
    self.exitCode = exitCode
    self.signal = signal
  }
}
