/// What `ps` knows about a process at one instant (public view of `SimulatedProcess`).
public struct ProcessSnapshot: Equatable, Sendable {
  /// Process ID.
  public var pid: Int32
  /// Parent process ID (0 for PID 1 and exec sessions).
  public var parentPID: Int32
  /// User name (`root`, `nginx` for nginx workers).
  public var user: String
  /// Command line as `ps` shows it.
  public var commandLine: String
  /// When the process started.
  public var startedAt: Instant
}
