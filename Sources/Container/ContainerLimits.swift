/// Every bound of a simulated container, in one place (README.md, "Limits").
///
/// Each is met the way a real container meets its own: the OOM killer, a full disk, a fork
/// that fails, a shell's nesting limit; a command that would loop for ever is cut off like one
/// that runs too long. None of them crashes or hangs the simulator.
public enum ContainerLimits {
  /// Bytes one run (an exec, a line of an interactive shell, PID 1's script) may produce:
  /// output, pipes, files, and the size of any one value or command line. Past it the run is
  /// killed as the OOM killer kills it (exit status 137).
  public static let memoryBytes = 16 << 20
  /// Words one command line may have (`set -- "$@" "$@"` in a loop): past it, the OOM kill.
  public static let commandWords = 1 << 18
  /// Commands one exec (or one interactive line) may run: past it, it is a busy loop, cut off
  /// like a command still running at the time limit.
  public static let execSteps = 200_000
  /// Commands PID 1's script may run ahead of time (a server's loop, over its horizon).
  public static let initSteps = 1_000_000
  /// Nesting of functions, `eval`, `.` and child shells: `maximum function nesting level
  /// exceeded (64)`, and `fork: Resource temporarily unavailable` for a child past it.
  public static let nestingDepth = 64
  /// Nesting of the shell grammar (`$( $( … ) )`, brackets, compound commands): the shell's
  /// syntax error (`nesting too deep`).
  public static let syntaxDepth = 64
  /// Nesting of an arithmetic expression (`$(( ((…)) ))`): past it, a syntax error.
  public static let arithmeticDepth = 200
  /// Nesting of a `test`/`[` expression (`( ( … ) )`): past it, `expression too complex`.
  public static let testDepth = 100
  /// A `grep` pattern's length times the length of a line it is matched against: past it,
  /// grep's `memory exhausted` (a 30 000-character pattern on a 30 000-character line).
  public static let regexWork = 10_000_000
  /// Jobs one run may start in the background (`&`), as a pids limit would bound them: past
  /// it, the shell's `Cannot fork` (a fork bomb ends there, quickly).
  public static let backgroundJobs = 1024
  /// Bytes of file contents a container's file system may hold, its image's files included:
  /// past it, `No space left on device`.
  public static let diskBytes = 64 << 20
  /// File contents PID 1's precomputed run may record for replay; past it the container jumps
  /// to the final state instead (internal: nothing the learner sees changes).
  public static let journalBytes = 16 << 20
}
