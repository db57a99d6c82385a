/// Process tools (busybox applets; Debian's nginx image has none of them): `ps killall kill pidof`.
enum ProcessCommands {
  static let all: [Program] = [ps, killall, kill, pidof]

  /// busybox `ps`: `PID   USER     TIME  COMMAND`, every process alive at the local time.
  static let ps = Program(name: "ps") { machine, inv throws(ShellControl) in
    var output = "PID   USER     TIME  COMMAND\n"
    for process in machine.kernel.alive(at: machine.now) {
      let pid = String(process.pid)
      let user =
        process.user.count >= 8
        ? String(process.user.prefix(8))
        : process.user + String(repeating: " ", count: 8 - process.user.count)
      // TIME is CPU time, which the simulated processes never use.
      let time = "0:00"
      output +=
        String(repeating: " ", count: max(0, 5 - pid.count)) + pid + " " + user + " "
        + String(repeating: " ", count: max(0, 5 - time.count)) + time + " " + process.commandLine
        + "\n"
    }
    machine.out(inv, output)
    return 0
  }

  /// busybox `killall [-q] [-SIG] NAME…`; `-0` only checks that such a process exists.
  static let killall = Program(name: "killall") { machine, inv throws(ShellControl) in
    var signal: Signal? = .term
    var quiet = false
    var names: [String] = []
    var rest = inv.operands[...]
    while let arg = rest.popFirst() {
      if arg == "-q" {
        quiet = true
      } else if arg == "-l" {
        machine.out(inv, KillCommand.signalList(flavor: .ash))
        return 0
      } else if arg == "-s", let name = rest.popFirst() {
        signal = Signal(parsing: name)
      } else if arg.hasPrefix("-"), arg.count > 1 {
        let name = String(arg.dropFirst())
        if name == "0" {
          signal = nil
        } else if let parsed = Signal(parsing: name) {
          signal = parsed
        } else {
          machine.err(inv, "killall: bad signal name '\(name)'\n")
          return 1
        }
      } else {
        names.append(arg)
      }
    }
    guard !names.isEmpty else {
      machine.err(
        inv,
        "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: killall [-lq] [-SIG] PROCESS_NAME...\n"
      )
      return 1
    }
    var status: Int32 = 0
    for name in names {
      let pids = machine.kernel.pids(named: name, at: machine.now).filter { $0 != inv.pid }
      if pids.isEmpty {
        if !quiet { machine.err(inv, "killall: \(name): no process killed\n") }
        status = 1
        continue
      }
      guard let signal else { continue }
      for pid in pids {
        _ = machine.kernel.deliver(signal, to: pid, from: inv.pid, at: machine.now)
      }
    }
    return status
  }

  /// busybox `kill` applet (same as ash's builtin).
  static let kill = Program(name: "kill") { machine, inv throws(ShellControl) in
    try KillCommand.run(
      machine: &machine, inv: inv,
      report: { machine, text in
        machine.err(inv, text + "\n")
      }, flavor: .ash)
  }

  /// `pidof NAME`: PIDs, newest first.
  static let pidof = Program(name: "pidof") { machine, inv throws(ShellControl) in
    var found: [Int32] = []
    for name in inv.operands where !name.hasPrefix("-") {
      found += machine.kernel.pids(named: name, at: machine.now).filter { $0 != inv.pid }
    }
    guard !found.isEmpty else { return 1 }
    machine.out(inv, found.sorted(by: >).map { String($0) }.joined(separator: " ") + "\n")
    return 0
  }
}
