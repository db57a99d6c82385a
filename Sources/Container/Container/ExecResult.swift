/// The result of running a command in a container (`kubectl exec`, an exec hook).
public struct ExecResult: Equatable, Sendable {
  /// How the exec ended.
  public enum Outcome: Equatable, Sendable {
    /// The command exited (normally, or killed when the container stopped: exit code 137).
    case completed
    /// The time limit was reached (or the command looped without advancing time); it
    /// is still running as far as the container is concerned.
    case timedOut
    /// The runtime could not start the command; `reason` is containerd's message.
    case notStarted(reason: String)
  }

  /// Everything written to stdout (with a TTY, stderr too).
  public var stdout: String
  /// Everything written to stderr (empty with a TTY).
  public var stderr: String
  /// stdout and stderr interleaved in write order, as a terminal shows them.
  public var combined: String
  /// The exit status (126/127 when the runtime could not start the command).
  public var exitCode: Int32
  /// Virtual time the command took.
  public var elapsed: Duration
  /// How the exec ended.
  public var outcome: Outcome
  /// When the parts of ``combined`` were written.
  public var marks: [OutputMark] = []
  /// The files its commands read (real paths, in first-read order).
  public var filesRead: [String] = []

  /// Creates a result.
  public init(
    stdout: String, stderr: String, combined: String, exitCode: Int32, elapsed: Duration,
    outcome: Outcome
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.combined = combined
    self.exitCode = exitCode
    self.elapsed = elapsed
    self.outcome = outcome
  }
}
