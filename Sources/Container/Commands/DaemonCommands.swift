/// Long-running servers and the nginx entrypoint: `nginx`, `gunicorn`, `/docker-entrypoint.sh`.
enum DaemonCommands {
  static let all: [Program] = [nginx, gunicorn, dockerEntrypoint]

  /// Runs until the exec's deadline: how a foreground server "never returns".
  private static func serveForever(_ machine: inout Machine) throws(ShellControl) -> Int32 {
    try machine.advance(by: .seconds(86_400 * 365 * 10))
    return 0
  }

  static let nginx = Program(name: "nginx") { machine, inv throws(ShellControl) in
    let version = machine.kernel.nginxVersion
    var rest = inv.operands[...]
    var signalName: String?
    while let arg = rest.popFirst() {
      switch arg {
      case "-v":
        machine.err(inv, "nginx version: nginx/\(version)\n")
        return 0
      case "-V":
        machine.err(
          inv,
          "nginx version: nginx/\(version)\nbuilt by gcc 12.2.0 (Debian 12.2.0-14) \nbuilt with OpenSSL 3.0.15 3 Sep 2024\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid --lock-path=/run/nginx.lock\n"
        )
        return 0
      case "-t", "-T":
        if arg == "-T" {
          machine.out(
            inv,
            "# configuration file /etc/nginx/nginx.conf:\n"
              + ((try? machine.kernel.fs.read("/etc/nginx/nginx.conf")) ?? ""))
        }
        machine.err(
          inv,
          "nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n"
        )
        return 0
      case "-s":
        guard let name = rest.popFirst() else {
          machine.err(inv, "nginx: option \"-s\" requires parameter\n")
          return 1
        }
        signalName = name
      case "-g", "-c", "-p", "-e":
        _ = rest.popFirst()
      case "-q":
        break
      default:
        machine.err(
          inv, "nginx: invalid option: \"\(arg.hasPrefix("-") ? String(arg.dropFirst()) : arg)\"\n")
        return 1
      }
    }
    if let signalName {
      let signals: [String: Signal] = [
        "quit": .quit, "stop": .term, "reload": .hup, "reopen": .usr1,
      ]
      guard let signal = signals[signalName] else {
        machine.err(inv, "nginx: invalid option: \"-s \(signalName)\"\n")
        return 1
      }
      let pidFile = "/run/nginx.pid"
      guard let text = try? machine.kernel.fs.read(pidFile) else {
        machine.err(
          inv, "nginx: [error] open() \"\(pidFile)\" failed (2: No such file or directory)\n")
        return 1
      }
      guard let pid = Int32(text.trimmingCharactersInSet()) else {
        machine.err(
          inv,
          "nginx: [error] invalid PID number \"\(text.trimmingCharactersInSet())\" in \"\(pidFile)\"\n"
        )
        return 1
      }
      machine.err(
        inv,
        CivilTime(machine.now).nginxErrorLogPrefix("notice", pid: inv.pid)
          + "signal process started\n"
      )
      if machine.kernel.deliver(signal, to: pid, from: inv.pid, at: machine.now) != .delivered {
        machine.err(
          inv,
          CivilTime(machine.now).nginxErrorLogPrefix("error", pid: inv.pid)
            + "kill(\(pid), \(signal.rawValue)) failed (3: No such process)\n"
        )
        return 1
      }
      return 0
    }
    let masterRunning = machine.kernel.alive(at: machine.now).contains {
      $0.role == .nginxMaster && $0.exitAt == nil
    }
    if masterRunning {
      let emerg = CivilTime(machine.now).nginxErrorLogPrefix("emerg", pid: inv.pid)
      machine.err(
        inv,
        emerg
          + "bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n"
          + emerg + "still could not bind()\nnginx: [emerg] still could not bind()\n")
      try machine.advance(by: .milliseconds(2500))
      return 1
    }
    machine.kernel.startNginxMaster(pid: inv.pid, arguments: inv.args, at: machine.now)
    return try serveForever(&machine)
  }

  static let gunicorn = Program(name: "gunicorn") { machine, inv throws(ShellControl) in
    if inv.operands.contains("-v") || inv.operands.contains("--version") {
      machine.out(inv, "gunicorn (version 19.9.0)\n")
      return 0
    }
    var bind = "127.0.0.1:8000"
    var worker = "sync"
    var rest = inv.operands[...]
    while let arg = rest.popFirst() {
      if arg == "-b" || arg == "--bind" { bind = rest.popFirst() ?? bind }
      if arg == "-k" || arg == "--worker-class" { worker = rest.popFirst() ?? worker }
    }
    let workerClass = worker == "gevent" ? "gevent" : worker
    if machine.kernel.alive(at: machine.now).contains(where: {
      $0.role == .gunicornMaster && $0.exitAt == nil
    }) {
      let t = CivilTime(machine.now).gunicornLog
      machine.err(
        inv,
        "[\(t)] [\(inv.pid)] [INFO] Starting gunicorn 19.9.0\n[\(t)] [\(inv.pid)] [ERROR] Connection in use: ('0.0.0.0', 80)\n"
      )
      return 1
    }
    machine.kernel.startGunicorn(
      pid: inv.pid, bind: bind, workerClass: workerClass, at: machine.now)
    return try serveForever(&machine)
  }

  /// The nginx image's `/docker-entrypoint.sh`: its configuration chatter, then `exec "$@"`.
  static let dockerEntrypoint = Program(name: "docker-entrypoint") {
    machine, inv throws(ShellControl) in
    let args = Array(inv.args.dropFirst())
    guard let command = args.first else { return 0 }
    if command == "nginx" || command == "nginx-debug",
      inv.env["NGINX_ENTRYPOINT_QUIET_LOGS"]?.isEmpty ?? true
    {
      for line in NginxImage.entrypointLog { machine.out(inv, line + "\n") }
    }
    switch ExecutableLookup.find(
      command, path: inv.env["PATH"] ?? ExecutableLookup.defaultPath, cwd: inv.cwd,
      fs: machine.kernel.fs)
    {
    case .found(let path):
      if let i = machine.kernel.index(of: inv.pid) {
        machine.kernel.processes[i].name = FilePath.basename(command)
        machine.kernel.processes[i].commandLine = args.joined(separator: " ")
      }
      var sub = inv
      sub.args = args
      sub.path = path
      return try ProcessLaunch.execute(&sub, machine: &machine, depth: 0)
    default:
      machine.err(inv, "/docker-entrypoint.sh: exec: line 47: \(command): not found\n")
      return 127
    }
  }
}
