/// A running (simulated) container: its file system, processes, log and servers.
///
/// A value type driven by the caller's clock: every method takes the instant it happens at,
/// and nothing moves on its own. PID 1 is computed ahead from its start (up to `horizon`):
/// its log lines carry their instants and its exit is scheduled when known (`exit`). Signals
/// change that plan: nginx shuts down, a PID 1 script with a `trap` is recomputed with the
/// signal delivered, and PID 1 without a handler ignores SIGTERM (only SIGKILL ends it).
public struct SimulatedContainer: Sendable {
  /// How far ahead PID 1's run is computed by default (6 h); a PID 1 still running then is
  /// treated as never exiting on its own, and a looping script logs nothing after it.
  public static let defaultHorizon: Duration = .seconds(6 * 3600)
  /// Commands PID 1's precomputed run may execute (bounds a busy loop).
  static let initStepLimit = ContainerLimits.initSteps

  /// Everything the container holds, behind one reference: the kubelet keeps a container (and
  /// the one before its last restart) in every snapshot of the cluster, and a copy that is not
  /// changed then costs a word, not the whole state.
  private var state: CopyOnWriteBox<State>

  /// The stored state of a container (see ``SimulatedContainer``'s properties of the same names).
  private struct State: Sendable {
    let config: ContainerConfig
    let startedAt: Instant
    let horizon: Duration
    var kernel: Kernel
    /// Kept only while PID 1 is a shell script, whose run is recomputed from it when a signal
    /// arrives; any other PID 1 drops it, so that its live file system is the only copy of
    /// the container's own files.
    var initialFilesystem: FileSystem?
    var startError: String?
    var plan: [FileChange] = []
    var applied = 0
    var commandsRun = 0
    var plannedBytes = 0
    /// The size of the file system it started with (what its processes write is on top).
    var baseBytes = 0
  }

  /// The configuration it was created with, but for its `extraFiles` (empty here: they are in
  /// the file system).
  public var config: ContainerConfig {
    state.value.config
  }
  /// When PID 1 started.
  public var startedAt: Instant {
    state.value.startedAt
  }
  /// How far ahead PID 1's run is computed.
  public var horizon: Duration {
    state.value.horizon
  }
  var kernel: Kernel {
    get { state.value.kernel }
    _modify { yield &state.value.kernel }
  }
  /// Why PID 1 could not be started, in the runtime's words (the pod shows StartError).
  public private(set) var startError: String? {
    get { state.value.startError }
    _modify { yield &state.value.startError }
  }
  /// PID 1's file changes, computed ahead with its run, in time order.
  private var plan: [FileChange] {
    get { state.value.plan }
    _modify { yield &state.value.plan }
  }
  /// How many of PID 1's file changes are still kept (for tests: a plan played to its end is
  /// dropped unless PID 1 is a shell).
  var plannedChangesKept: Int { plan.count }
  /// How many of them the clock has reached (they are in the live file system).
  private var applied: Int {
    get { state.value.applied }
    _modify { yield &state.value.applied }
  }
  /// Commands its processes have run so far: PID 1's computed runs and every exec. The cluster
  /// bounds how many one outer command may cost (``Cluster/limitWork(to:)``).
  public private(set) var commandsRun: Int {
    get { state.value.commandsRun }
    _modify { yield &state.value.commandsRun }
  }
  /// The file system's size once PID 1's computed run has made all its changes.
  private var plannedBytes: Int {
    get { state.value.plannedBytes }
    _modify { yield &state.value.plannedBytes }
  }

  /// Creates the container's file system from the image plus `extraFiles` and starts PID 1.
  ///
  /// - Parameters:
  ///   - config: What to run.
  ///   - startedAt: When PID 1 starts.
  ///   - horizon: How far ahead PID 1's run is computed (bounds the work for endless scripts).
  public init(
    config: ContainerConfig, startedAt: Instant,
    horizon: Duration = SimulatedContainer.defaultHorizon
  ) {
    var fs = config.image.filesystem
    fs.capacity = Self.capacity(used: fs.usedBytes, free: config.nodeDiskFree)
    for path in config.mountPoints where !fs.isDirectory(path) {
      try? fs.createDirectory(path, intermediates: true)
    }
    for path in config.extraFiles.keys.sorted() {
      fs.install(.file(config.extraFiles[path] ?? ""), at: path)
    }
    if !fs.exists("/etc/hostname") {
      fs.install(.file(config.hostname + "\n"), at: "/etc/hostname")
    }
    if let workingDir = config.workingDir {
      try? fs.createDirectory(workingDir, intermediates: true)
    }
    let kernel = Kernel(
      fs: fs, image: config.image, hostname: config.hostname, ipAddress: config.ipAddress,
      startedAt: startedAt, environment: config.environment)
    // The files are in the file system now; a copy kept in the configuration would be a second
    // table per container for as long as it lives.
    var stored = config
    stored.extraFiles = [:]
    state = CopyOnWriteBox(
      State(
        config: stored, startedAt: startedAt, horizon: horizon, kernel: kernel,
        initialFilesystem: fs, baseBytes: fs.usedBytes))
    startInit(from: fs)
  }

  // MARK: - State

  /// Bytes its processes have written to its file system (or will have, once PID 1's computed
  /// run is done): what it takes of the node's disk.
  public var diskBytes: Int {
    max(0, max(kernel.fs.usedBytes, plannedBytes) - state.value.baseBytes)
  }

  /// Lets its next writes use no more than `free` bytes beyond what it has written (the node's
  /// disk has only that left), and never more than ``ContainerLimits/diskBytes`` in all.
  public mutating func limitDisk(free: Int) {
    kernel.fs.capacity = Self.capacity(used: kernel.fs.usedBytes, free: free)
  }

  /// What a file system holding `used` bytes may grow to with `free` left on the node (which
  /// may be `Int.max`: no node-wide bound).
  static func capacity(used: Int, free: Int) -> Int {
    min(ContainerLimits.diskBytes, used + min(max(0, free), ContainerLimits.diskBytes))
  }

  /// The container's file system at `instant`, with PID 1's changes up to then.
  public func filesystem(at instant: Instant) -> FileSystem {
    var copy = self
    copy.catchUp(to: instant)
    return copy.kernel.fs
  }

  /// Applies PID 1's precomputed file changes up to `instant` to the live file system, so an
  /// exec sees `touch`, `rm` and `>>` of the entrypoint when they happen, not all at once.
  mutating func catchUp(to instant: Instant) {
    while applied < plan.count, plan[applied].at <= instant {
      kernel.fs.apply(plan[applied])
      applied += 1
    }
    // A plan played to its end is needed again only to recompute a shell's run (which keeps
    // its initial file system for that); any other container lets it go.
    if applied == plan.count, applied > 0, state.value.initialFilesystem == nil {
      plan = []
      applied = 0
    }
  }

  /// The journal of a run as a plan: in time order (a background job's changes are recorded
  /// when it runs, ahead of the foreground's), ending in a jump to the final state if the
  /// journal ran out of budget.
  private static func plan(of fs: FileSystem) -> [FileChange] {
    var changes = (fs.journal ?? []).enumerated().sorted {
      ($0.element.at, $0.offset) < ($1.element.at, $1.offset)
    }.map(\.element)
    if let index = changes.firstIndex(where: { $0.edit == .gaveUp }) {
      changes.insert(
        FileChange(at: changes[index].at, path: "/", edit: .replaceAll(fs.allNodes)),
        at: index + 1)
    }
    return changes
  }

  /// Whether PID 1 is alive at `instant`.
  public func isRunning(at instant: Instant) -> Bool {
    startError == nil && kernel.isAlive(1, at: instant)
  }

  /// PID 1's exit, once known or scheduled (nil while it runs with no end in sight).
  public var exit: ContainerExit? {
    guard let process = kernel.processes.first(where: { $0.pid == 1 }), let at = process.exitAt
    else { return nil }
    return ContainerExit(at: at, exitCode: process.waitStatus, signal: process.killedBy)
  }

  /// PID 1's stdout and stderr lines up to `until` (what `kubectl logs` prints).
  public func logs(until instant: Instant) -> [LogEntry] {
    kernel.mergedLog(until: instant)
  }

  /// The processes alive at `instant`, by PID.
  public func processes(at instant: Instant) -> [ProcessSnapshot] {
    kernel.alive(at: instant).map {
      ProcessSnapshot(
        pid: $0.pid, parentPID: $0.parentPID, user: $0.user, commandLine: $0.commandLine,
        startedAt: $0.startedAt)
    }
  }

  /// The signal the runtime sends to stop this container (image STOPSIGNAL, else SIGTERM).
  public var stopSignal: Signal { config.image.stopSignal }

  /// Replaces the file at `path` (for the cluster's projected files); parents are created.
  public mutating func installFile(_ path: String, contents: String) {
    kernel.fs.install(.file(contents), at: path)
  }

  // MARK: - Signals

  /// Delivers `signal` to `pid` at `instant` (the runtime's stop signal, SIGKILL…).
  public mutating func signal(_ signal: Signal, pid: Int32, at instant: Instant) {
    guard kernel.isAlive(pid, at: instant) else { return }
    catchUp(to: instant)
    _ = kernel.deliver(signal, to: pid, from: nil, at: instant)
    if pid == 1, signal.isCatchable, let index = kernel.index(of: 1),
      kernel.processes[index].role == .shell
    {
      recomputeInit()
    }
  }

  // MARK: - HTTP

  /// Sends an HTTP request to this container's servers at `instant`.
  public mutating func httpRequest(_ request: HTTPRequest, at instant: Instant) -> HTTPResult {
    catchUp(to: instant)
    return kernel.serve(request, at: instant)
  }

  /// Whether something listens on `port` at `instant` that never answers (`nc -l`).
  public func neverAnswers(onPort port: Int, at instant: Instant) -> Bool {
    kernel.silentListener(onPort: port, at: instant) != nil
  }

  /// Whether a TCP connection to `port` on this container's IP would be accepted at `instant`.
  public func acceptsConnection(onPort port: Int, at instant: Instant) -> Bool {
    kernel.acceptsConnection(onPort: port, at: instant)
  }

  // MARK: - Exec

  /// Runs `argv` in the container the way `kubectl exec` and exec hooks do.
  ///
  /// `argv[0]` is resolved by the runtime against the container's PATH (no shell). The
  /// command runs on a local clock from `instant` until it ends or `timeLimit` passes.
  ///
  /// - Parameter columns: the width of the terminal kubectl passes on with a TTY (for `ls`).
  public mutating func exec(
    _ argv: [String], stdin: String, tty: Bool, at instant: Instant, timeLimit: Duration,
    columns: Int = 80
  ) -> ExecResult {
    guard let name = argv.first else {
      return notStarted(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\": executable file not found in $PATH: unknown",
        code: 126)
    }
    guard isRunning(at: instant) else {
      return notStarted(
        "OCI runtime exec failed: exec failed: cannot exec in a stopped container: unknown",
        code: 126)
    }
    catchUp(to: instant)
    let path: String
    switch ExecutableLookup.find(
      name, path: environmentValue("PATH") ?? ExecutableLookup.defaultPath, cwd: workingDirectory,
      fs: kernel.fs)
    {
    case .found(let found): path = found
    case .notFound:
      return notStarted(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(name)\": executable file not found in $PATH: unknown",
        code: 126)
    case .noSuchFile:
      return notStarted(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(name)\": stat \(name): no such file or directory: unknown",
        code: 127)
    case .notExecutable, .isDirectory:
      return notStarted(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(name)\": permission denied: unknown",
        code: 126)
    }
    let env = environmentDictionary
    let signalsBefore = kernel.pid1Signals.count
    let firstPID = kernel.nextPID
    var machine = Machine(kernel: kernel, now: instant, deadline: instant + timeLimit)
    machine.memoryLimit = config.memoryLimit
    kernel = Kernel.placeholder
    machine.tty = tty
    machine.columns = max(20, columns)
    let stdinChannel = Channel.input(machine.makeInput(stdin))
    let fds = FDTable(entries: [
      0: stdinChannel, 1: .execStdout, 2: tty ? .execStdout : .execStderr,
    ])
    var launch = ProcessLaunch(
      argv: argv, path: path, env: env, cwd: workingDirectory, fds: fds, parent: 0)
    var outcome = ExecResult.Outcome.completed
    var code: Int32 = 0
    defer { commandsRun += machine.totalSteps }
    do {
      code = try launch.run(machine: &machine)
    } catch .outOfMemory {
      code = 137  // killed by the OOM killer
    } catch {
      outcome = .timedOut
      if let deadline = machine.deadline { machine.now = deadline }
      code = 0
    }
    kernel = machine.kernel
    // The exec's own processes that have ended are gone for good; keeping them would make every
    // later look-up slower (a probe runs an exec every few seconds for hours).
    kernel.processes.removeAll {
      $0.pid >= firstPID && ($0.exitAt.map { $0 <= machine.now } ?? false)
    }
    // `kill 1` from inside the exec: let a PID 1 script's traps see the signal.
    if kernel.pid1Signals.count > signalsBefore, let index = kernel.index(of: 1),
      kernel.processes[index].role == .shell
    {
      recomputeInit()
    }
    var end = machine.now
    // The container stopping takes the exec with it.
    if let pid1Exit = exit?.at, pid1Exit >= instant, pid1Exit < end {
      end = pid1Exit
      outcome = .completed
      code = 137
    }
    var result = ExecResult(
      stdout: machine.stdout, stderr: machine.stderr, combined: machine.combined, exitCode: code,
      elapsed: end - instant, outcome: outcome)
    result.marks = machine.marks
    result.filesRead = machine.filesRead
    return result
  }

  // MARK: - Internals

  var workingDirectory: String { config.workingDir ?? config.image.workingDir }

  var environmentDictionary: [String: String] {
    var result: [String: String] = [:]
    for variable in config.environment { result[variable.name] = variable.value }
    return result
  }

  func environmentValue(_ name: String) -> String? {
    config.environment.last { $0.name == name }?.value
  }

  private func notStarted(_ message: String, code: Int32) -> ExecResult {
    ExecResult(
      stdout: message + "\r\n", stderr: "", combined: message + "\r\n", exitCode: code,
      elapsed: .zero, outcome: .notStarted(reason: message))
  }

  /// Starts PID 1 and computes its run up to the horizon.
  private mutating func startInit(from initialFilesystem: FileSystem) {
    let argv = config.processArguments
    guard let name = argv.first else {
      startError =
        "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: no command specified: unknown"
      kernel.processes.append(
        SimulatedProcess(
          pid: 1, parentPID: 0, user: "root", commandLine: "", name: "", role: .program,
          startedAt: startedAt, exitAt: startedAt, exitCode: 128, killedBy: nil))
      return
    }
    let lookup = ExecutableLookup.find(
      name, path: environmentValue("PATH") ?? ExecutableLookup.defaultPath, cwd: workingDirectory,
      fs: kernel.fs)
    guard case .found(let path) = lookup else {
      let detail: String
      switch lookup {
      case .noSuchFile: detail = "exec: \"\(name)\": stat \(name): no such file or directory"
      case .notExecutable, .isDirectory: detail = "exec: \"\(name)\": permission denied"
      default: detail = "exec: \"\(name)\": executable file not found in $PATH"
      }
      startError =
        "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: \(detail): unknown"
      kernel.processes.append(
        SimulatedProcess(
          pid: 1, parentPID: 0, user: "root", commandLine: argv.joined(separator: " "), name: name,
          role: .program, startedAt: startedAt, exitAt: startedAt, exitCode: 128, killedBy: nil))
      return
    }
    var journaled = kernel
    journaled.fs.journal = []
    (journaled, commandsRun) = SimulatedContainer.runInit(
      argv: argv, path: path, kernel: journaled, env: environmentDictionary, cwd: workingDirectory,
      at: startedAt, horizon: horizon, memoryLimit: config.memoryLimit)
    plannedBytes = journaled.fs.usedBytes
    plan = Self.plan(of: journaled.fs)
    journaled.fs = initialFilesystem
    kernel = journaled
    if let index = kernel.index(of: 1), kernel.processes[index].role != .shell {
      state.value.initialFilesystem = nil
    }
    catchUp(to: startedAt)
  }

  /// Runs PID 1 from `instant` on `kernel` until it ends or the horizon; returns the kernel
  /// then and the commands the run took.
  private static func runInit(
    argv: [String], path: String, kernel: Kernel, env: [String: String], cwd: String,
    at instant: Instant, horizon: Duration, memoryLimit: Int
  ) -> (Kernel, Int) {
    var kernel = kernel
    if kernel.index(of: 1) == nil {
      kernel.nextPID = 1
      _ = kernel.spawn(
        name: FilePath.basename(argv[0]), commandLine: argv.joined(separator: " "), parent: 0,
        at: instant)
    }
    var machine = Machine(
      kernel: kernel, now: instant, deadline: instant + horizon, stepLimit: initStepLimit)
    machine.memoryLimit = memoryLimit
    machine.isInitRun = true
    let fds = FDTable(entries: [
      0: .input(machine.makeInput("")), 1: .log(.stdout), 2: .log(.stderr),
    ])
    var launch = ProcessLaunch(
      argv: argv, path: path, env: env, cwd: cwd, fds: fds, parent: 0, reusePID: 1)
    do {
      _ = try launch.run(machine: &machine)
    } catch .outOfMemory {
      machine.kernel.scheduleExit(1, at: machine.now, code: 137)  // the OOM killer
    } catch {
      // Still running at the horizon (a server, `sleep infinity`, an endless loop).
    }
    // The run's log and processes are kept for the container's life: copied out at their size,
    // without the spare room their growth left (a cluster keeps thousands of them).
    machine.kernel.log = machine.kernel.log.withUnsafeBufferPointer { Array($0) }
    machine.kernel.processes = machine.kernel.processes.withUnsafeBufferPointer { Array($0) }
    return (machine.kernel, machine.totalSteps)
  }

  /// Recomputes a PID 1 script's run with the signals it has received so far (its traps
  /// decide what they do), keeping the file system as it is now.
  private mutating func recomputeInit() {
    let argv = config.processArguments
    guard let initialFilesystem = state.value.initialFilesystem,
      case .found(let path) = ExecutableLookup.find(
        argv.first ?? "", path: environmentValue("PATH") ?? ExecutableLookup.defaultPath,
        cwd: workingDirectory, fs: initialFilesystem)
    else { return }
    var scratch = kernel
    scratch.fs = initialFilesystem
    scratch.fs.journal = []
    scratch.log = []
    scratch.pendingLog = [:]
    scratch.processes = []
    scratch.nextPID = 1
    let (result, commands) = SimulatedContainer.runInit(
      argv: argv, path: path, kernel: scratch, env: environmentDictionary, cwd: workingDirectory,
      at: startedAt, horizon: horizon, memoryLimit: config.memoryLimit)
    commandsRun += commands
    plannedBytes = result.fs.usedBytes
    kernel.log = result.log
    // The run is the same as before up to the signal, so the changes already applied are the
    // new plan's first ones too; what it does after replaces the old plan.
    plan = Self.plan(of: result.fs)
    applied = min(applied, plan.count)
    guard let newInit = result.processes.first(where: { $0.pid == 1 }),
      let index = kernel.index(of: 1)
    else { return }
    kernel.processes[index].exitAt = newInit.exitAt
    kernel.processes[index].exitCode = newInit.exitCode
    kernel.processes[index].killedBy = newInit.killedBy
  }
}

extension Kernel {
  /// An empty kernel standing in while the real one is moved into a `Machine` (keeps the
  /// file system uniquely referenced so writes do not copy it).
  static var placeholder: Kernel {
    Kernel(
      fs: FileSystem(), image: Image.placeholder, hostname: "", ipAddress: "",
      startedAt: Instant(milliseconds: 0), environment: [])
  }
}

extension Image {
  static let placeholder = Image(
    reference: "", repository: "", tag: "", digest: "", sizeBytes: 0, kind: .busybox,
    entrypoint: [], cmd: [], env: [], workingDir: "/", stopSignal: .term, exposedPorts: [],
    shellFlavor: .ash, programVersions: [:], filesystem: FileSystem())
}
