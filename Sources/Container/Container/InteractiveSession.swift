/// An interactive shell in a container (`kubectl exec -it POD -- /bin/bash`): one line at a time.
///
/// Keeps the shell's state (working directory, variables, last status) between lines. A line
/// that leaves a construct open (`while true; do`) is kept and `needsMoreInput` asks for more
/// (the caller shows `continuationPrompt`). Output is what the terminal shows: stdout and
/// stderr interleaved, with `\n` line ends (the caller may turn them into `\r\n`).
public struct InteractiveSession: Sendable {
  /// The outcome of one line.
  public struct Step: Equatable, Sendable {
    /// What the terminal shows.
    public var output: String
    /// Virtual time the line took.
    public var elapsed: Duration
    /// The session's exit status once the shell exited (`exit`, `exit 3`).
    public var exited: Int32?
    /// The line opened a construct that more lines must close.
    public var needsMoreInput: Bool
    /// When the parts of ``output`` were written.
    public var marks: [OutputMark] = []
    /// The files the line's commands read (real paths, in first-read order).
    public var filesRead: [String] = []

    /// A line that did nothing.
    public static let nothing = Step(output: "", elapsed: .zero, exited: nil, needsMoreInput: false)
  }

  /// Which shell this is.
  public let flavor: ShellFlavor
  var shell: Interpreter
  private var pending = ""
  private var linesRead = 0
  /// The exit status once the shell has exited.
  public private(set) var exitStatus: Int32?

  /// Starts an interactive shell for `argv` (`/bin/bash`, `sh`, `ash`) in `container` at
  /// `instant`; nil if `argv` is not a plain shell invocation (run it with `exec` instead).
  public init?(argv: [String], container: inout SimulatedContainer, at instant: Instant) {
    guard let name = argv.first,
      argv.dropFirst().allSatisfy({ ["-i", "-l", "--login", "-il"].contains($0) })
    else { return nil }
    container.catchUp(to: instant)
    guard container.isRunning(at: instant),
      case .found(let path) = ExecutableLookup.find(
        name, path: container.environmentValue("PATH") ?? ExecutableLookup.defaultPath,
        cwd: container.workingDirectory, fs: container.kernel.fs),
      let node = container.kernel.fs.node(at: path), let program = node.program
    else { return nil }
    let flavor: ShellFlavor
    switch program {
    case "bash": flavor = .bash
    case "dash": flavor = .dash
    case "busybox" where ["sh", "ash"].contains(FilePath.basename(name)): flavor = .ash
    default: return nil
    }
    self.flavor = flavor
    let pid = container.kernel.spawn(
      name: FilePath.basename(name), commandLine: argv.joined(separator: " "), role: .shell,
      parent: 0, at: instant)
    var env = container.environmentDictionary
    if flavor == .bash { env["SHLVL"] = "1" }
    shell = Interpreter(
      flavor: flavor, arg0: flavor == .bash ? "bash" : FilePath.basename(name), environment: env,
      cwd: container.workingDirectory, pid: pid, mode: .interactive)
    shell.variables["TERM"] = "xterm"
    shell.exported.insert("TERM")
  }

  /// The primary prompt: bash `root@HOST:/# ` (cwd with `~` for HOME), dash `# `,
  /// busybox `/ # `.
  public func prompt(hostname: String) -> String {
    let home = shell.variables["HOME"] ?? "/root"
    var cwd = shell.cwd
    if cwd == home {
      cwd = "~"
    } else if cwd.hasPrefix(home + "/") {
      cwd = "~" + cwd.dropFirst(home.count)
    }
    switch flavor {
    case .bash: return "root@\(hostname):\(cwd)# "
    case .dash: return "# "
    case .ash: return "\(cwd) # "
    }
  }

  /// The prompt shown while a construct is open (PS2).
  public var continuationPrompt: String { "> " }

  /// The width of the learner's terminal, as kubectl passes it on (for `ls`).
  public var columns = 80

  /// The shell's current directory.
  public var workingDirectory: String { shell.cwd }

  /// Whether lines typed so far wait for more (an open quote, loop or here-document, a
  /// trailing backslash): the prompt is then the continuation prompt.
  public var isContinuing: Bool { !pending.isEmpty }

  /// Ctrl-C: drops a half-typed command, as bash does, and `$?` becomes 130.
  public mutating func cancelPending() {
    linesRead += LineSplitter.count(pending)
    pending = ""
    shell.lastStatus = 130
  }

  /// Runs one input line at `instant` in `container`, with at most `timeLimit` of virtual time.
  public mutating func run(
    line: String, in container: inout SimulatedContainer, at instant: Instant, timeLimit: Duration
  ) -> Step {
    if let exitStatus {
      return Step(output: "", elapsed: .zero, exited: exitStatus, needsMoreInput: false)
    }
    pending += line + "\n"
    // An odd number of backslashes at the end escapes the newline: the command goes on.
    if line.reversed().prefix(while: { $0 == "\\" }).count % 2 == 1 {
      return Step(output: "", elapsed: .zero, exited: nil, needsMoreInput: true)
    }
    return runPending(in: &container, at: instant, timeLimit: timeLimit, atEnd: false)
  }

  /// The input ended (Ctrl-D) in the middle of a command: bash runs what it has, a here-document
  /// ending there with a warning, or reports the syntax error. Nil when nothing was pending.
  public mutating func finishPending(
    in container: inout SimulatedContainer, at instant: Instant, timeLimit: Duration
  ) -> Step? {
    guard !pending.isEmpty, exitStatus == nil else { return nil }
    if pending.hasSuffix("\\\n") { pending.removeLast(2) }  // a final backslash escapes nothing
    var warning = ""
    if flavor == .bash {
      do throws(ShellSyntaxError) {
        _ = try Parser.parse(pending, hereDocumentsMustEnd: true)
      } catch {
        if case .unexpectedEnd(let delimiter?) = error.kind, (try? Parser.parse(pending)) != nil {
          warning =
            "bash: warning: here-document at line \(linesRead + 1) delimited by end-of-file (wanted `\(delimiter)')\n"
        }
      }
    }
    var step = runPending(in: &container, at: instant, timeLimit: timeLimit, atEnd: true)
    step.output = warning + step.output
    return step
  }

  private mutating func runPending(
    in container: inout SimulatedContainer, at instant: Instant, timeLimit: Duration, atEnd: Bool
  ) -> Step {
    let script: Script
    do throws(ShellSyntaxError) {
      script = try Parser.parse(pending, hereDocumentsMustEnd: !atEnd)
    } catch {
      if error.needsMoreInput && !atEnd {
        return Step(output: "", elapsed: .zero, exited: nil, needsMoreInput: true)
      }
      var shifted = error
      shifted.line += linesRead
      let message = ShellMessage.syntax(shifted).render(
        flavor: flavor, arg0: shell.arg0, line: shifted.line, mode: .interactive)
      linesRead += LineSplitter.count(pending)
      pending = ""
      shell.lastStatus = 2
      return Step(output: message, elapsed: .zero, exited: nil, needsMoreInput: false)
    }
    shell.lineOffset = linesRead
    linesRead += LineSplitter.count(pending)
    pending = ""
    container.catchUp(to: instant)
    var machine = Machine(kernel: container.kernel, now: instant, deadline: instant + timeLimit)
    machine.memoryLimit = container.config.memoryLimit
    container.kernel = Kernel.placeholder
    machine.tty = true
    machine.columns = max(20, columns)
    let fds = FDTable(entries: [0: .input(machine.makeInput("")), 1: .execStdout, 2: .execStdout])
    var exited: Int32?
    do {
      _ = try shell.execute(script, machine: &machine, fds: fds)
    } catch {
      switch error {
      case .exit(let code):
        exited = code
        if flavor == .bash { machine.write("exit\n", to: .execStdout) }
      case .timeLimitReached, .budgetExhausted:
        if let deadline = machine.deadline { machine.now = deadline }
        machine.write("^C\n", to: .execStdout)
        shell.lastStatus = 130
      case .outOfMemory:
        // The shell itself grew past the budget: the OOM killer ends it, and the exec with it.
        exited = 137
      case .breakLoop, .continueLoop, .returnFromFunction:
        break
      }
    }
    if let exited {
      exitStatus = exited
      machine.kernel.scheduleExit(shell.pid, at: machine.now, code: exited)
    }
    container.kernel = machine.kernel
    return Step(
      output: machine.combined, elapsed: machine.now - instant, exited: exited,
      needsMoreInput: false, marks: machine.marks, filesRead: machine.filesRead)
  }
}
