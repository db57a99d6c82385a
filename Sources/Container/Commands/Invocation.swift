/// One run of a program: its arguments, environment, directory and file descriptors.
struct Invocation: Sendable {
  /// `argv`, including `argv[0]`.
  var args: [String]
  /// The exported environment.
  var env: [String: String]
  var cwd: String
  var fds: FDTable
  /// The process's PID.
  var pid: Int32
  /// Whose wording the program's messages use (GNU coreutils or busybox).
  var style: ToolStyle
  /// The executable's path.
  var path: String

  /// The program name used in its messages (busybox applets and coreutils print their
  /// basename).
  var name: String { FilePath.basename(args.first ?? path) }

  /// Arguments after `argv[0]`.
  var operands: [String] { Array(args.dropFirst()) }

  /// An absolute, normalized version of `path` relative to the working directory.
  func absolute(_ path: String) -> String { FilePath.normalize(path, cwd: cwd) }
}

extension Machine {
  /// Writes to the invocation's stdout.
  mutating func out(_ inv: Invocation, _ text: String) { write(text, fd: 1, inv.fds) }
  /// Writes to the invocation's stderr.
  mutating func err(_ inv: Invocation, _ text: String) { write(text, fd: 2, inv.fds) }
  /// Reads the invocation's whole stdin.
  mutating func stdin(_ inv: Invocation) -> String { readAll(fd: 0, inv.fds) }
}
