/// System information and time: `env printenv hostname date uname id whoami true false pwd nproc sleep`.
enum SystemCommands {
  static let all: [Program] = [
    env, printenv, hostname, date, uname, id, whoami, trueProgram, falseProgram, pwd, nproc, sleep,
    which,
  ]

  /// `which NAME…`: the first match in PATH for each name.
  static let which = Program(name: "which") { machine, inv throws(ShellControl) in
    var status: Int32 = 0
    for name in inv.operands where !name.hasPrefix("-") {
      if case .found(let path) = ExecutableLookup.find(
        name, path: inv.env["PATH"] ?? ExecutableLookup.defaultPath, cwd: inv.cwd,
        fs: machine.kernel.fs)
      {
        machine.out(inv, path + "\n")
      } else {
        status = 1
      }
    }
    return status
  }

  static let env = Program(name: "env") { machine, inv throws(ShellControl) in
    var environment = inv.env
    var rest = inv.operands[...]
    while let first = rest.first {
      if first == "-i" || first == "-" {
        environment = [:]
        rest.removeFirst()
      } else if first == "-u", rest.count > 1 {
        rest.removeFirst()
        environment[rest.removeFirst()] = nil
      } else if let equals = first.firstIndex(of: "="), first.first != "=" {
        environment[String(first[..<equals])] = String(first[first.index(after: equals)...])
        rest.removeFirst()
      } else {
        break
      }
    }
    guard let command = rest.first else {
      machine.out(
        inv, orderedNames(environment, machine).map { "\($0)=\(environment[$0] ?? "")\n" }.joined())
      return 0
    }
    switch ExecutableLookup.find(
      command, path: environment["PATH"] ?? ExecutableLookup.defaultPath, cwd: inv.cwd,
      fs: machine.kernel.fs)
    {
    case .found(let path):
      var sub = inv
      sub.args = Array(rest)
      sub.env = environment
      sub.path = path
      sub.style = .gnu
      return try ProcessLaunch.execute(&sub, machine: &machine, depth: 0)
    case .notExecutable, .isDirectory:
      machine.err(
        inv,
        inv.style == .gnu
          ? "env: '\(command)': Permission denied\n"
          : "env: can't execute '\(command)': Permission denied\n")
      return 126
    case .notFound, .noSuchFile:
      machine.err(
        inv,
        inv.style == .gnu
          ? "env: '\(command)': No such file or directory\n"
          : "env: can't execute '\(command)': No such file or directory\n")
      return 127
    }
  }

  /// Variable names in the container's environment order, then any others (set by a
  /// shell) sorted.
  static func orderedNames(_ environment: [String: String], _ machine: Machine) -> [String] {
    let base = machine.kernel.environment.map(\.name).filter { environment[$0] != nil }
    let known = Set(base)
    return base + environment.keys.filter { !known.contains($0) }.sorted()
  }

  static let printenv = Program(name: "printenv") { machine, inv throws(ShellControl) in
    if inv.operands.isEmpty {
      machine.out(
        inv, orderedNames(inv.env, machine).map { "\($0)=\(inv.env[$0] ?? "")\n" }.joined())
      return 0
    }
    var status: Int32 = 0
    for name in inv.operands {
      if let value = inv.env[name] { machine.out(inv, value + "\n") } else { status = 1 }
    }
    return status
  }

  static let hostname = Program(name: "hostname") { machine, inv throws(ShellControl) in
    if inv.operands.contains("-i") {
      machine.out(inv, machine.kernel.ipAddress + "\n")
    } else {
      machine.out(inv, machine.kernel.hostname + "\n")
    }
    return 0
  }

  static let date = Program(name: "date") { machine, inv throws(ShellControl) in
    let time = CivilTime(machine.now)
    guard let format = inv.operands.first(where: { $0.hasPrefix("+") }) else {
      machine.out(inv, time.dateCommand + "\n")
      return 0
    }
    var output = ""
    var chars = format.dropFirst().makeIterator()
    while let c = chars.next() {
      guard c == "%", let spec = chars.next() else {
        output.append(c)
        continue
      }
      switch spec {
      case "Y": output += String(time.year)
      case "m": output += CivilTime.pad(time.month)
      case "d": output += CivilTime.pad(time.day)
      case "H": output += CivilTime.pad(time.hour)
      case "M": output += CivilTime.pad(time.minute)
      case "S": output += CivilTime.pad(time.second)
      case "s": output += String(machine.now.unixSeconds)
      case "N": output += CivilTime.pad(time.millisecond, 3) + "000000"
      case "T":
        output +=
          "\(CivilTime.pad(time.hour)):\(CivilTime.pad(time.minute)):\(CivilTime.pad(time.second))"
      case "F": output += "\(time.year)-\(CivilTime.pad(time.month))-\(CivilTime.pad(time.day))"
      case "Z": output += "UTC"
      case "z": output += "+0000"
      case "a": output += CivilTime.weekdayNames[time.weekday]
      case "b": output += CivilTime.monthNames[time.month - 1]
      case "%": output += "%"
      default: output += "%" + String(spec)
      }
    }
    machine.out(inv, output + "\n")
    return 0
  }

  static let uname = Program(name: "uname") { machine, inv throws(ShellControl) in
    let scan = ArgumentScanner(inv.operands, known: "asnrvmpio")
    let version = "#52-Ubuntu SMP PREEMPT_DYNAMIC Thu Dec  5 13:09:44 UTC 2024"
    if scan.flags.contains("a") {
      machine.out(
        inv, "Linux \(machine.kernel.hostname) \(Image.kernelRelease) \(version) x86_64 GNU/Linux\n"
      )
      return 0
    }
    var parts: [String] = []
    if scan.flags.isEmpty || scan.flags.contains("s") { parts.append("Linux") }
    if scan.flags.contains("n") { parts.append(machine.kernel.hostname) }
    if scan.flags.contains("r") { parts.append(Image.kernelRelease) }
    if scan.flags.contains("v") { parts.append(version) }
    if scan.flags.contains("m") || scan.flags.contains("p") || scan.flags.contains("i") {
      parts.append("x86_64")
    }
    if scan.flags.contains("o") { parts.append("GNU/Linux") }
    machine.out(inv, parts.joined(separator: " ") + "\n")
    return 0
  }

  static let id = Program(name: "id") { machine, inv throws(ShellControl) in
    if inv.operands.contains("-u") {
      machine.out(inv, "0\n")
      return 0
    }
    if inv.operands.contains("-un") || inv.operands.contains("-nu") {
      machine.out(inv, "root\n")
      return 0
    }
    let groups = inv.style == .busybox ? "0(root),10(wheel)" : "0(root)"
    machine.out(inv, "uid=0(root) gid=0(root) groups=\(groups)\n")
    return 0
  }

  static let whoami = Program(name: "whoami") { machine, inv throws(ShellControl) in
    machine.out(inv, "root\n")
    return 0
  }

  static let trueProgram = Program(name: "true") { _, _ throws(ShellControl) in 0 }
  static let falseProgram = Program(name: "false") { _, _ throws(ShellControl) in 1 }

  static let pwd = Program(name: "pwd") { machine, inv throws(ShellControl) in
    machine.out(inv, inv.cwd + "\n")
    return 0
  }

  static let nproc = Program(name: "nproc") { machine, inv throws(ShellControl) in
    machine.out(inv, "2\n")
    return 0
  }

  /// `sleep N[smhd]…`, fractions and `infinity`: advances the local clock.
  static let sleep = Program(name: "sleep") { machine, inv throws(ShellControl) in
    guard !inv.operands.isEmpty else {
      machine.report(inv, .missingOperand)
      return 1
    }
    var total: Int64 = 0
    for operand in inv.operands {
      guard let ms = SleepDuration.milliseconds(operand) else {
        machine.err(
          inv,
          inv.style == .gnu
            ? "sleep: invalid time interval '\(operand)'\nTry 'sleep --help' for more information.\n"
            : "sleep: invalid number '\(operand)'\n")
        return 1
      }
      total = total > Int64.max / 4 || ms > Int64.max / 4 ? Int64.max / 4 : total + ms
    }
    try machine.advance(by: .milliseconds(total))
    return 0
  }
}
