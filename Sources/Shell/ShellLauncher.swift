import Cluster
import Kubectl

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process-facing entry points the `kubetutor` executable calls.
///
/// This is the one place that reads the process's environment (cwd, `$HOME`, whether stdin is a
/// terminal, the terminal width) and wires the real disk, clock and terminal into a
/// ``ShellSession``.
public enum ShellLauncher {
  /// Where `run` reads its lines from.
  public enum ScriptSource: Equatable, Sendable {
    case standardInput
    case file(String)

    /// `-` or nothing means stdin; anything else is a path.
    public init(argument: String?) {
      if let argument, argument != "-" { self = .file(argument) } else { self = .standardInput }
    }
  }

  /// Whether stdin and stdout are both terminals: the interactive shell needs both.
  public static var isInteractiveTerminal: Bool {
    isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
  }

  /// `kubetutor run`: runs the lines of a script deterministically and prints the transcript.
  ///
  /// - Returns: 0 once the input was read to the end (whatever the commands did), `exit`'s
  ///   status if the script ran `exit`, 1 if the script cannot be opened.
  public static func runScript(_ source: ScriptSource, lesson: LessonSelection = LessonSelection())
    -> Int32
  {
    var descriptor = STDIN_FILENO
    if case .file(let path) = source {
      descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        let reason = String(cString: strerror(errno))
        var errors = FileDescriptorSink(stdout: STDERR_FILENO, stderr: STDERR_FILENO)
        errors.write("kubetutor: cannot read '\(path)': \(reason)\n", to: .stderr)
        errors.flush()
        return 1
      }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var output = FileDescriptorSink.transcript
    if let notice = lesson.notice { output.write(notice, to: .stderr) }
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: DiskFiles(), workingDirectory: currentDirectory, homeDirectory: homeDirectory ?? "/",
        clock: .scripted, screen: .transcript, lesson: lesson))
    var reader = StreamLineReader(descriptor: descriptor)
    return ShellLoop.run(session: &session, reader: &reader, output: &output)
  }

  /// `kubetutor shell` on a terminal: libedit, the wall clock times `speed`, history in the
  /// learner's state directory (``StateDirectory``).
  ///
  /// Falls back to ``runScript(_:lesson:)`` on stdin when stdin or stdout is not a terminal.
  public static func interactive(lesson: LessonSelection = LessonSelection(), speed: Double = 1)
    -> Int32
  {
    guard isInteractiveTerminal else { return runScript(.standardInput, lesson: lesson) }
    var output = FileDescriptorSink()
    output.write(HelpText.banner, to: .stdout)
    if let notice = lesson.notice { output.write(notice, to: .stdout) }
    output.flush()
    let clock = SystemWallClock()
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: DiskFiles(), workingDirectory: currentDirectory, homeDirectory: homeDirectory ?? "/",
        cluster: ClusterConfig(epoch: clock.now()), clock: .wallClock(clock, speed: speed),
        screen: .terminal, columns: terminalColumns, lesson: lesson, writer: DiskFileWriter()))
    var reader = EditLineReader(
      historyPath: StateDirectory.historyFile(environment: stateEnvironment))
    return ShellLoop.run(session: &session, reader: &reader, output: &output)
  }

  private static var currentDirectory: String {
    guard let path = getcwd(nil, 0) else { return "/" }
    defer { free(path) }
    return String(cString: path)
  }

  /// The variables ``StateDirectory`` reads, from the process environment.
  private static var stateEnvironment: [String: String] {
    var environment: [String: String] = [:]
    for name in ["XDG_STATE_HOME", "HOME"] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
  }

  private static var homeDirectory: String? {
    guard let home = getenv("HOME"), home.pointee != 0 else { return nil }
    return String(cString: home)
  }

  private static var terminalColumns: Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }
}
