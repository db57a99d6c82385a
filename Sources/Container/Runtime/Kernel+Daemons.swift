/// How nginx and gunicorn start and react to signals (their real log lines, on the virtual clock).
extension Kernel {
  /// Worker processes nginx starts (`worker_processes auto` on a 2-CPU node).
  static let nginxWorkerCount = 2

  /// nginx's version in this image (`nginx/1.27.3`).
  var nginxVersion: String { image.programVersions["nginx"] ?? "1.27.3" }

  /// Makes `pid` the nginx master: startup notices on stderr, workers, `/run/nginx.pid`.
  mutating func startNginxMaster(pid: Int32, arguments: [String], at instant: Instant) {
    if let i = index(of: pid) {
      processes[i].role = .nginxMaster
      processes[i].name = "nginx"
      processes[i].commandLine = "nginx: master process " + arguments.joined(separator: " ")
    }
    func notice(_ text: String) { nginxNotice(pid, text, at: instant) }
    notice("using the \"epoll\" event method")
    notice("nginx/\(nginxVersion)")
    notice("built by gcc 12.2.0 (Debian 12.2.0-14) ")
    notice(Self.osNotice)
    notice("getrlimit(RLIMIT_NOFILE): 1048576:1048576")
    notice("start worker processes")
    if nextPID < 29 { nextPID = 29 }
    for _ in 0..<Kernel.nginxWorkerCount {
      let worker = spawn(
        name: "nginx", commandLine: "nginx: worker process", role: .nginxWorker, parent: pid,
        at: instant)
      if let i = index(of: worker) { processes[i].user = "nginx" }
      notice(Self.workerStartedNotice(worker))
    }
    fs.install(.file("\(pid)\n"), at: "/run/nginx.pid")
  }

  /// nginx's `OS:` startup notice.
  static let osNotice = "OS: Linux " + Image.kernelRelease
  /// nginx's `start worker process N` notices for the PIDs its workers get (29 and up), made
  /// once and shared by every container.
  private static let workerStartedNotices: [Int: String] = Dictionary(
    uniqueKeysWithValues: (29..<64).map { ($0, "start worker process \($0)") })

  /// nginx's `start worker process N` notice for `worker`.
  static func workerStartedNotice(_ worker: Int32) -> String {
    workerStartedNotices[Int(worker)] ?? "start worker process \(worker)"
  }

  /// Appends an nginx `[notice]` line of `pid` to PID 1's log. Only the text after the time
  /// stamp and PID is stored (a constant every container shares, or a short string kept
  /// inline); the rest is added when the line is read.
  mutating func nginxNotice(_ pid: Int32, _ text: String, at instant: Instant) {
    log.append(LogEntry(at: instant, stream: .stderr, prefix: .nginxNotice, pid: pid, body: text))
  }

  /// nginx's master reacting to a signal: QUIT = graceful, TERM/INT = fast, HUP = reload.
  mutating func nginxMasterReceived(
    _ signal: Signal, pid: Int32, from sender: Int32?, at instant: Instant
  ) {
    let workers = alive(at: instant).filter { $0.role == .nginxWorker && $0.parentPID == pid }.map(
      \.pid)
    let from = sender.map { " from \($0)" } ?? ""
    func notice(_ who: Int32, _ text: String, _ at: Instant = instant) {
      nginxNotice(who, text, at: at)
    }
    switch signal {
    case .quit, .term, .int:
      if let i = index(of: pid), processes[i].exitAt != nil { return }
      let graceful = signal == .quit
      notice(
        pid,
        "signal \(signal.rawValue) (SIG\(signal.name)) received\(from), \(graceful ? "shutting down" : "exiting")"
      )
      let end = instant + .milliseconds(graceful ? 20 : 5)
      for worker in workers {
        if graceful { notice(worker, "gracefully shutting down") }
        notice(worker, "exiting")
        notice(worker, "exit")
      }
      for (n, worker) in workers.enumerated() {
        let exitAt = instant + .milliseconds(Int64(n + 1) * (graceful ? 5 : 1))
        scheduleExit(worker, at: exitAt, code: 0)
        notice(pid, "signal 17 (SIGCHLD) received from \(worker)", exitAt)
        notice(pid, "worker process \(worker) exited with code 0", exitAt)
      }
      notice(pid, "exit", end)
      scheduleExit(pid, at: end, code: 0)
    case .hup:
      notice(pid, "signal 1 (SIGHUP) received\(from), reconfiguring")
      notice(pid, "reconfiguring")
      notice(pid, "using the \"epoll\" event method")
      notice(pid, "start worker processes")
      for _ in 0..<Kernel.nginxWorkerCount {
        let worker = spawn(
          name: "nginx", commandLine: "nginx: worker process", role: .nginxWorker, parent: pid,
          at: instant)
        notice(pid, Self.workerStartedNotice(worker))
      }
      for worker in workers {
        notice(worker, "gracefully shutting down")
        notice(worker, "exiting")
        notice(worker, "exit")
        scheduleExit(worker, at: instant + .milliseconds(5), code: 0)
      }
    case .usr1:
      notice(pid, "signal 10 (SIGUSR1) received\(from), reopening logs")
      notice(pid, "reopening logs")
    default:
      if pid != 1 && signal.terminatesByDefault { killTree(pid, signal: signal, at: instant) }
    }
  }

  /// Makes `pid` gunicorn's arbiter with one worker (httpbin's CMD).
  mutating func startGunicorn(pid: Int32, bind: String, workerClass: String, at instant: Instant) {
    if let i = index(of: pid) {
      processes[i].role = .gunicornMaster
      processes[i].name = "gunicorn"
    }
    let t = CivilTime(instant).gunicornLog
    logLine(
      "[\(t)] [\(pid)] [INFO] Starting gunicorn \(image.programVersions["gunicorn"] ?? "19.9.0")",
      stream: .stderr, at: instant)
    logLine(
      "[\(t)] [\(pid)] [INFO] Listening at: http://\(bind) (\(pid))", stream: .stderr, at: instant)
    logLine("[\(t)] [\(pid)] [INFO] Using worker: \(workerClass)", stream: .stderr, at: instant)
    if nextPID < 8 { nextPID = 8 }
    let commandLine = processes.first { $0.pid == pid }?.commandLine ?? "gunicorn"
    let worker = spawn(
      name: "gunicorn", commandLine: commandLine, role: .gunicornWorker, parent: pid, at: instant)
    logLine(
      "[\(t)] [\(worker)] [INFO] Booting worker with pid: \(worker)", stream: .stderr, at: instant)
  }

  /// gunicorn's arbiter: TERM/INT/QUIT stop it (exit 0), HUP reloads workers.
  mutating func gunicornMasterReceived(_ signal: Signal, pid: Int32, at instant: Instant) {
    let t = CivilTime(instant).gunicornLog
    let workers = alive(at: instant).filter { $0.role == .gunicornWorker }.map(\.pid)
    switch signal {
    case .term, .int, .quit:
      if let i = index(of: pid), processes[i].exitAt != nil { return }
      logLine(
        "[\(t)] [\(pid)] [INFO] Handling signal: \(signal.name.lowercased())", stream: .stderr,
        at: instant)
      for worker in workers {
        logLine(
          "[\(t)] [\(worker)] [INFO] Worker exiting (pid: \(worker))", stream: .stderr, at: instant)
        scheduleExit(worker, at: instant + .milliseconds(100), code: 0)
      }
      let end = instant + .milliseconds(200)
      logLine(
        "[\(CivilTime(end).gunicornLog)] [\(pid)] [INFO] Shutting down: Master", stream: .stderr,
        at: end)
      scheduleExit(pid, at: end, code: 0)
    case .hup:
      logLine("[\(t)] [\(pid)] [INFO] Handling signal: hup", stream: .stderr, at: instant)
      logLine("[\(t)] [\(pid)] [INFO] Hang up: Master", stream: .stderr, at: instant)
    default:
      if pid != 1 && signal.terminatesByDefault { killTree(pid, signal: signal, at: instant) }
    }
  }
}
