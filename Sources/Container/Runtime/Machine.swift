/// The world as one exec (or PID 1's script) sees it while it runs: the kernel, a local virtual
/// clock with a deadline, a step budget, and the exec's captured output.
///
/// The interpreter is synchronous: `sleep` advances `now`; queries about other processes are
/// answered as of `now`.
struct Machine: Sendable {
  var kernel: Kernel
  /// The local clock.
  var now: Instant {
    didSet { kernel.fs.clock = now }
  }
  /// When the exec is cut off (nil = no limit, bounded by the step budget alone).
  var deadline: Instant?
  /// Commands run so far (set back to 0 after a background job that looped, so the job's
  /// caller goes on).
  var steps = 0
  /// Commands run so far, background jobs included: never set back, so a run that starts job
  /// after looping job still ends (at twice ``stepLimit``).
  var totalSteps = 0
  /// Nesting of processes, functions, `eval` and `.` (bounds recursion, which would
  /// otherwise exhaust the real stack).
  var depth = 0
  /// Deepest nesting allowed.
  static let maximumDepth = ContainerLimits.nestingDepth
  /// Commands allowed before the run is declared a busy loop.
  var stepLimit: Int
  /// Commands allowed in a row while the clock stands still: a loop that never lets time pass
  /// (`while :; do :; done`) is declared busy after as many as one exec may run, well before
  /// the larger budget of PID 1's long run (which its sleeps spread over hours).
  static let busyStepLimit = 200_000
  /// ``steps`` when the clock last moved.
  var stepsWhenTimeMoved = 0
  /// The memory budget, as the kernel's OOM killer would enforce it, which keeps the simulator's
  /// own memory bounded: bytes a run may write (output, pipes, files), and the size of any one
  /// value or command line.
  var memoryLimit = ContainerLimits.memoryBytes
  /// Words one command line may have (`set -- "$@" "$@"` in a loop).
  static let maximumWords = ContainerLimits.commandWords
  /// Bytes written so far (retained: output, pipe buffers, files); checked at every step, so one
  /// step overshoots by at most its own output.
  var produced = 0
  /// Buffers behind command substitutions and pipes.
  var buffers: [String] = []
  /// Readable inputs (stdin of the exec, files opened with `<`, pipe ends).
  var inputs: [InputCursor] = []
  /// What the exec wrote to its stdout / stderr, and both interleaved (as a TTY shows them).
  var stdout = ""
  var stderr = ""
  var combined = ""
  /// When each part of ``combined`` was written (see ``OutputMark``), from ``start``.
  var marks: [OutputMark] = []
  /// When the run started.
  let start: Instant
  /// The files the run's commands read (real paths, in first-read order): what a lesson
  /// checks to know the learner looked at a file, whatever command they used.
  var filesRead: [String] = []
  /// Whether the exec has a terminal (`ls` prints columns then).
  var tty = false
  /// The terminal's width (kubectl passes the real one to an interactive exec).
  var columns = 80
  /// Whether writes to PID 1's stdout/stderr come from PID 1 itself (its own log) rather
  /// than from an exec writing to `/proc/1/fd/1`.
  var isInitRun = false

  init(kernel: Kernel, now: Instant, deadline: Instant?, stepLimit: Int = ContainerLimits.execSteps)
  {
    self.kernel = kernel
    self.now = now
    self.start = now
    self.kernel.fs.clock = now
    self.deadline = deadline
    self.stepLimit = stepLimit
  }

  /// The contents of the regular file at `path`, noted in ``filesRead``.
  mutating func readFile(_ path: String) throws(FileSystemError) -> String {
    let text = try kernel.fs.read(path)
    let real = (try? kernel.fs.canonicalPath(path)) ?? path
    if !filesRead.contains(real) { filesRead.append(real) }
    return text
  }

  // MARK: - Time and budget

  /// Advances the local clock; stops at the deadline and unwinds the run.
  mutating func advance(by duration: Duration) throws(ShellControl) {
    let target = now + duration
    if let deadline, target >= deadline {
      now = deadline
      throw .timeLimitReached
    }
    if duration > .zero { stepsWhenTimeMoved = steps }
    now = target
  }

  /// Advances to `instant` (no-op if it is in the past).
  mutating func advance(to instant: Instant) throws(ShellControl) {
    if instant > now { try advance(by: instant - now) }
  }

  /// Counts one command (or `count` commands' worth of work) against the step budget.
  mutating func step(count: Int = 1) throws(ShellControl) {
    steps += count
    totalSteps += count
    if steps > stepLimit || steps - stepsWhenTimeMoved > Machine.busyStepLimit
      || totalSteps > 2 * stepLimit
    {
      throw .budgetExhausted
    }
    if produced > memoryLimit { throw .outOfMemory }
  }

  /// Enters one level of nesting; false (after which the caller fails) when too deep.
  mutating func enter() -> Bool {
    guard depth < Machine.maximumDepth else { return false }
    depth += 1
    return true
  }

  /// Leaves a level entered with `enter()`.
  mutating func leave() { depth -= 1 }

  /// Jobs started in the background so far.
  var backgroundJobs = 0
  /// A write to a file failed because the file system is full: the command that wrote says
  /// so when it ends (`write error: No space left on device`).
  var diskFull = false

  /// Counts one background job against ``ContainerLimits/backgroundJobs``; false (the fork
  /// fails) once the run has started that many.
  mutating func forkBackgroundJob() -> Bool {
    backgroundJobs += 1
    return backgroundJobs <= ContainerLimits.backgroundJobs
  }

  // MARK: - Output

  /// Writes `text` to the channel behind `fd`.
  mutating func write(_ text: String, fd: Int, _ fds: FDTable) {
    write(text, to: fds[fd])
  }

  /// Writes `text` to `channel`.
  mutating func write(_ text: String, to channel: Channel) {
    guard !text.isEmpty else { return }
    produced += text.utf8.count
    switch channel {
    case .execStdout:
      stdout += text
      combined += text
      mark(isError: false)
    case .execStderr:
      stderr += text
      combined += text
      mark(isError: true)
    case .null, .closed, .input:
      break
    case .file(let path):
      do {
        try kernel.fs.write(path, contents: text, append: true)
      } catch {
        if error.kind == .noSpace { diskFull = true }
      }
    case .buffer(let index):
      if buffers.indices.contains(index) { buffers[index] += text }
    case .log(let stream):
      kernel.appendLog(text, stream: stream, at: now, injected: !isInitRun)
    }
  }

  /// Notes that ``combined`` has grown, now.
  private mutating func mark(isError: Bool) {
    let mark = OutputMark(at: now - start, length: combined.utf8.count, isError: isError)
    if let last = marks.last, last.at == mark.at, last.isError == isError {
      marks[marks.count - 1] = mark
    } else {
      marks.append(mark)
    }
  }

  /// Allocates an empty buffer.
  mutating func makeBuffer() -> Int {
    buffers.append("")
    return buffers.count - 1
  }

  /// Allocates a readable input holding `text`.
  mutating func makeInput(_ text: String) -> Int {
    inputs.append(InputCursor(text))
    return inputs.count - 1
  }

  // MARK: - Input

  /// Reads one line from the channel behind `fd`; nil at end of input.
  mutating func readInputLine(fd: Int, _ fds: FDTable) -> String? {
    guard case .input(let index) = fds[fd], inputs.indices.contains(index) else { return nil }
    return inputs[index].nextLine()
  }

  /// Reads everything left on the channel behind `fd`.
  mutating func readAll(fd: Int, _ fds: FDTable) -> String {
    guard case .input(let index) = fds[fd], inputs.indices.contains(index) else { return "" }
    return inputs[index].readAll()
  }
}
