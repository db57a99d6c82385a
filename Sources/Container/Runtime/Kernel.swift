/// The mutable world inside one container: file system, processes, PID 1's log.
///
/// Internal; `SimulatedContainer` is its public face. Process reactions to signals live here
/// (and in `Kernel+Nginx`), so a signal from the runtime and one from `kill` inside an exec
/// take the same path.
struct Kernel: Sendable {
  var fs: FileSystem
  var processes: [SimulatedProcess] = []
  var nextPID: Int32 = 1
  /// Lines written to PID 1's stdout/stderr, in write order (sorted by instant when read).
  var log: [LogEntry] = []
  var image: Image
  var hostname: String
  var ipAddress: String
  var startedAt: Instant
  /// Base environment of every process (image ENV, then the pod's env).
  var environment: [EnvVar]
  /// Lines other processes wrote to PID 1's stdout/stderr (`> /proc/1/fd/1` in a hook).
  var injectedLog: [LogEntry] = []
  /// Partial lines per log stream, waiting for their newline.
  var pendingLog: [String: String] = [:]
  /// Signals delivered to a PID 1 shell script, replayed when its run is recomputed.
  var pid1Signals: [PendingSignal] = []

  /// A signal and when it arrived.
  struct PendingSignal: Equatable, Sendable {
    var at: Instant
    var signal: Signal
    var sender: Int32?
  }

  /// The outcome of sending a signal.
  enum Delivery: Equatable {
    case delivered
    case noSuchProcess
  }

  // MARK: - Processes

  /// Index of the process with `pid` (binary search: PIDs are allocated in increasing order
  /// and appended, so the table stays sorted; a long-running script spawns thousands).
  func index(of pid: Int32) -> Int? {
    var low = 0
    var high = processes.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let value = processes[mid].pid
      if value == pid { return mid }
      if value < pid { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }

  /// Whether `pid` exists at `instant` (PID 1's death takes every process with it).
  func isAlive(_ pid: Int32, at instant: Instant) -> Bool {
    guard let i = index(of: pid), processes[i].isAlive(at: instant) else { return false }
    if pid != 1, let first = index(of: 1), !processes[first].isAlive(at: instant) { return false }
    return true
  }

  /// Processes alive at `instant`, by PID.
  func alive(at instant: Instant) -> [SimulatedProcess] {
    processes.filter { isAlive($0.pid, at: instant) }.sorted { $0.pid < $1.pid }
  }

  /// Registers a new process and returns its PID.
  mutating func spawn(
    name: String, commandLine: String, role: ProcessRole = .program, parent: Int32,
    at instant: Instant
  ) -> Int32 {
    let pid = nextPID
    nextPID += 1
    processes.append(
      SimulatedProcess(
        pid: pid, parentPID: parent, user: "root", commandLine: commandLine, name: name, role: role,
        startedAt: instant, exitAt: nil, exitCode: nil, killedBy: nil))
    return pid
  }

  /// Records that `pid` exits at `instant` with `code` (or killed by `signal`), unless it
  /// already exited earlier.
  mutating func scheduleExit(_ pid: Int32, at instant: Instant, code: Int32, signal: Signal? = nil)
  {
    guard let i = index(of: pid) else { return }
    if let existing = processes[i].exitAt, existing <= instant { return }
    processes[i].exitAt = instant
    processes[i].exitCode = signal == nil ? code : nil
    processes[i].killedBy = signal
    if pid == 1 { truncateLog(after: instant) }
  }

  /// Drops PID 1's own log lines written after it died (its run was computed ahead).
  mutating func truncateLog(after instant: Instant) {
    log.removeAll { $0.at > instant }
  }

  // MARK: - Log

  /// Appends text written to PID 1's stream at `instant`, split into lines.
  mutating func appendLog(
    _ text: String, stream: LogEntry.Stream, at instant: Instant, injected: Bool = false
  ) {
    let key = stream.rawValue + (injected ? "+" : "")
    let buffer = (pendingLog[key] ?? "") + text
    var lines = LineSplitter.lines(buffer)
    let complete = buffer.last.map(LineSplitter.isNewline) ?? true
    pendingLog[key] = complete ? nil : lines.popLast()
    // A dictionary keeps its storage once written: most writes end their line, and a container
    // that has no line open then holds no table at all.
    if pendingLog.isEmpty { pendingLog = [:] }
    for line in lines {
      let entry = LogEntry(at: instant, stream: stream, text: Self.sharedLogLines[line] ?? line)
      if injected { injectedLog.append(entry) } else { log.append(entry) }
    }
  }

  /// PID 1's log and the lines injected into it, ordered by instant (stable).
  func mergedLog(until instant: Instant) -> [LogEntry] {
    let all = (log + injectedLog).enumerated().filter { $0.element.at <= instant }
    return all.sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
  }

  /// Log lines every container of an image writes the same, by their text: a container keeps
  /// the shared constant instead of a copy of its own (every nginx container logs these).
  static let sharedLogLines = Dictionary(
    NginxImage.entrypointLog.map { ($0, $0) }, uniquingKeysWith: { first, _ in first })

  /// Appends one complete line.
  mutating func logLine(_ text: String, stream: LogEntry.Stream, at instant: Instant) {
    log.append(LogEntry(at: instant, stream: stream, text: text))
  }

  // MARK: - Signals

  /// Sends `signal` to `pid` at `instant`; the process reacts according to its role.
  ///
  /// PID 1 ignores catchable signals it has no handler for (the kernel's rule for init), so
  /// `sleep 3600` as PID 1 survives SIGTERM and only SIGKILL ends it.
  mutating func deliver(_ signal: Signal, to pid: Int32, from sender: Int32?, at instant: Instant)
    -> Delivery
  {
    guard isAlive(pid, at: instant), let i = index(of: pid) else { return .noSuchProcess }
    if signal == .kill {
      killTree(pid, signal: .kill, at: instant)
      return .delivered
    }
    switch processes[i].role {
    case .nginxMaster:
      nginxMasterReceived(signal, pid: pid, from: sender, at: instant)
    case .gunicornMaster:
      gunicornMasterReceived(signal, pid: pid, at: instant)
    case .shell where pid == 1:
      pid1Signals.append(PendingSignal(at: instant, signal: signal, sender: sender))
    case .nginxWorker, .gunicornWorker, .shell, .program, .silentListener:
      if pid != 1 && signal.terminatesByDefault && signal.isCatchable {
        killTree(pid, signal: signal, at: instant)
      }
    }
    return .delivered
  }

  /// Ends `pid` (and, for PID 1, the container) by `signal`.
  mutating func killTree(_ pid: Int32, signal: Signal, at instant: Instant) {
    scheduleExit(pid, at: instant, code: 128 + signal.rawValue, signal: signal)
  }

  /// Processes alive at `instant` whose name is `name` (killall, pidof).
  func pids(named name: String, at instant: Instant) -> [Int32] {
    alive(at: instant).filter { $0.name == name }.map(\.pid)
  }
}
