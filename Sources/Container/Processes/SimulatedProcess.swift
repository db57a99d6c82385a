/// A process in a simulated container, with a known (or unknown) end.
///
/// Processes are not stepped: each has the instant it started and, once known, the instant it
/// exits. "Is it alive at T?" is answered from those two instants, so any component can ask
/// about any moment of its local clock.
public struct SimulatedProcess: Equatable, Sendable {
  /// Process ID.
  public var pid: Int32
  /// Parent process ID.
  public var parentPID: Int32
  /// User name.
  public var user: String
  /// The command line as `ps` shows it (nginx rewrites its own, e.g. `nginx: worker process`).
  public var commandLine: String
  /// The program name matched by `killall`/`pidof` (the executable's basename).
  public var name: String
  /// What kind of process it is.
  public var role: ProcessRole
  /// When it started.
  public var startedAt: Instant
  /// When the process exits, if known.
  public var exitAt: Instant?
  /// Exit status (0–255) when it exits normally.
  public var exitCode: Int32?
  /// The signal that killed it, if any.
  public var killedBy: Signal?

  /// Whether the process exists at `instant` (started, not yet exited).
  public func isAlive(at instant: Instant) -> Bool {
    startedAt <= instant && (exitAt.map { instant < $0 } ?? true)
  }

  /// The status a parent sees: the exit code, or 128 + signal number when killed.
  public var waitStatus: Int32 {
    if let killedBy { return 128 + killedBy.rawValue }
    return exitCode ?? 0
  }
}
