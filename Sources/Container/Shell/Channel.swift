/// Where a file descriptor of a simulated process points.
enum Channel: Equatable, Sendable {
  /// The exec session's stdout (what `kubectl exec` prints).
  case execStdout
  /// The exec session's stderr.
  case execStderr
  /// `/dev/null`.
  case null
  /// A file in the container's file system, already opened (writes append).
  case file(String)
  /// An in-memory buffer (command substitution, pipes), by index in `Machine.buffers`.
  case buffer(Int)
  /// PID 1's stdout or stderr: the container log.
  case log(LogEntry.Stream)
  /// A readable input, by index in `Machine.inputs`.
  case input(Int)
  /// A closed descriptor (`>&-`).
  case closed
}
