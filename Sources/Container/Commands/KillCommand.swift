/// `kill`: the shell builtin and busybox's applet share this implementation.
enum KillCommand {
  /// Runs `kill ARGS`; `report` prints a diagnostic in the caller's wording.
  static func run(
    machine: inout Machine, inv: Invocation, report: (inout Machine, String) -> Void,
    flavor: ShellFlavor
  ) throws(ShellControl) -> Int32 {
    var operands = inv.operands[...]
    var signal: Signal? = .term
    var check = false
    if operands.first == "-l" || operands.first == "-L" {
      operands.removeFirst()
      if let value = operands.first {
        if let number = Int32(value), let s = Signal(rawValue: number > 128 ? number - 128 : number)
        {
          machine.out(inv, s.name + "\n")
        } else if let s = Signal(parsing: value) {
          machine.out(inv, "\(s.rawValue)\n")
        } else {
          report(&machine, "kill: invalid signal number or name: \(value)")
          return 1
        }
        return 0
      }
      machine.out(inv, signalList(flavor: flavor))
      return 0
    }
    if let first = operands.first, first.hasPrefix("-"), first.count > 1 {
      operands.removeFirst()
      var name = String(first.dropFirst())
      if name == "s" || name == "n" {
        name = operands.popFirst() ?? ""
      }
      if name == "0" {
        check = true
        signal = nil
      } else if let parsed = Signal(parsing: name) {
        signal = parsed
      } else if name != "-" {
        report(
          &machine,
          flavor == .bash
            ? "kill: \(name): invalid signal specification"
            : "kill: invalid signal number or name: \(name)")
        return flavor == .ash ? 1 : 2
      }
    }
    if operands.first == "--" { operands.removeFirst() }
    guard !operands.isEmpty else {
      switch flavor {
      case .dash:
        report(
          &machine,
          "kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]"
        )
      case .bash:
        report(
          &machine,
          "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]"
        )
      case .ash: report(&machine, "kill: usage: kill [-s SIGNAL | -SIGNAL] PID...")
      }
      return flavor == .ash ? 1 : 2
    }
    var status: Int32 = 0
    for operand in operands {
      guard let pid = Int32(operand) else {
        report(
          &machine,
          flavor == .bash
            ? "kill: \(operand): arguments must be process or job IDs"
            : "kill: Illegal number: \(operand)")
        status = flavor == .dash ? 2 : 1
        continue
      }
      if check {
        if !machine.kernel.isAlive(pid, at: machine.now) {
          report(&machine, noSuchProcess(pid, flavor: flavor))
          status = 1
        }
        continue
      }
      guard let signal,
        machine.kernel.deliver(signal, to: pid, from: inv.pid, at: machine.now) == .delivered
      else {
        report(&machine, noSuchProcess(pid, flavor: flavor))
        status = 1
        continue
      }
    }
    return status
  }

  static func noSuchProcess(_ pid: Int32, flavor: ShellFlavor) -> String {
    switch flavor {
    case .dash: "kill: No such process"
    case .bash: "kill: (\(pid)) - No such process"
    case .ash: "kill: can't kill pid \(pid): No such process"
    }
  }

  /// `kill -l` output.
  static func signalList(flavor: ShellFlavor) -> String {
    switch flavor {
    case .dash, .ash:
      return Signal.allCases.map(\.name).joined(separator: "\n") + "\n"
    case .bash:
      var lines: [String] = []
      var row: [String] = []
      for signal in Signal.allCases {
        let number = signal.rawValue < 10 ? " \(signal.rawValue)" : "\(signal.rawValue)"
        var cell = "\(number)) SIG\(signal.name)"
        cell += String(repeating: " ", count: max(0, 12 - ("SIG" + signal.name).count))
        row.append(cell)
        if row.count == 5 {
          lines.append(row.joined(separator: "\t").trimmingTrailingSpaces())
          row = []
        }
      }
      if !row.isEmpty { lines.append(row.joined(separator: "\t").trimmingTrailingSpaces()) }
      return lines.joined(separator: "\n") + "\n"
    }
  }
}
