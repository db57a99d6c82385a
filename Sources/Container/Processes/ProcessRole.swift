/// What a simulated process is, which decides how it reacts to signals and requests.
public enum ProcessRole: Equatable, Sendable {
  /// nginx's master process (PID 1 in the nginx image).
  case nginxMaster
  /// An nginx worker.
  case nginxWorker
  /// gunicorn's arbiter (PID 1 in the httpbin image).
  case gunicornMaster
  /// A gunicorn worker.
  case gunicornWorker
  /// A shell interpreting a script (its traps decide signal handling).
  case shell
  /// A TCP listener that accepts connections and never answers (`nc -l -p PORT`).
  case silentListener(port: Int)
  /// Any other program (default signal actions).
  case program
}
