/// The shell builtins, as a table; `lookup` applies per-flavour availability.
enum Builtins {
  /// POSIX special builtins (errors in their redirections abort a non-interactive shell).
  static let special: Set<String> = [
    ":", ".", "break", "continue", "eval", "exec", "exit", "export", "readonly", "return", "set",
    "shift", "trap", "unset",
  ]

  /// The builtin `name` in a shell of `flavor`, if it is one there.
  static func lookup(_ name: String, flavor: ShellFlavor) -> Builtin? {
    if name == "source" && flavor == .dash { return nil }
    return table[name]
  }

  /// Builtins by name.
  static let table: [String: Builtin] = {
    var table: [String: Builtin] = [:]
    for builtin in all { table[builtin.name] = builtin }
    return table
  }()

  static let all: [Builtin] = [
    Builtin(name: ":") { _, _, _ throws(ShellControl) in 0 },
    Builtin(name: "true") { _, _, _ throws(ShellControl) in 0 },
    Builtin(name: "false") { _, _, _ throws(ShellControl) in 1 },
    Builtin(name: "echo") { shell, machine, inv throws(ShellControl) in
      machine.out(inv, EchoFormatter.render(inv.operands, escapesByDefault: shell.flavor == .dash))
      return 0
    },
    Builtin(name: "printf") { shell, machine, inv throws(ShellControl) in
      guard let format = inv.operands.first else {
        shell.report(
          .custom(
            shell.flavor == .bash
              ? "printf: usage: printf [-v var] format [arguments]"
              : "printf: usage: printf format [arg ...]"), machine: &machine, fds: inv.fds)
        return 2
      }
      let (output, error) = PrintfFormatter.render(
        format: format, arguments: Array(inv.operands.dropFirst()))
      machine.out(inv, output)
      if let error {
        shell.report(.custom(error), machine: &machine, fds: inv.fds)
        return 1
      }
      return 0
    },
    Builtin(name: "pwd") { shell, machine, inv throws(ShellControl) in
      machine.out(inv, shell.cwd + "\n")
      return 0
    },
    Builtin(name: "cd") { shell, machine, inv throws(ShellControl) in
      var target =
        inv.operands.first(where: { $0 != "-L" && $0 != "-P" })
        ?? (shell.variables["HOME"] ?? "/root")
      var printNew = false
      if target == "-" {
        target = shell.variables["OLDPWD"] ?? shell.cwd
        printNew = true
      }
      let path = FilePath.normalize(target, cwd: shell.cwd)
      guard machine.kernel.fs.isDirectory(path) else {
        let kind: FileSystemError.Kind =
          machine.kernel.fs.exists(path) ? .notADirectory : .noSuchFile
        shell.report(.cdFailed(target, kind), machine: &machine, fds: inv.fds)
        return shell.flavor == .dash ? 2 : 1
      }
      shell.variables["OLDPWD"] = shell.cwd
      shell.cwd = path
      shell.variables["PWD"] = path
      if printNew { machine.out(inv, path + "\n") }
      return 0
    },
    Builtin(name: "export") { shell, machine, inv throws(ShellControl) in
      let operands = inv.operands.filter { $0 != "-p" }
      if operands.isEmpty {
        for name in shell.exported.sorted() {
          guard let value = shell.variables[name] else { continue }
          machine.out(
            inv,
            shell.flavor == .bash
              ? "declare -x \(name)=\"\(value)\"\n" : "export \(name)='\(value)'\n")
        }
        return 0
      }
      for operand in operands {
        if let equals = operand.firstIndex(of: "=") {
          let name = String(operand[..<equals])
          shell.variables[name] = String(operand[operand.index(after: equals)...])
          shell.exported.insert(name)
        } else {
          shell.exported.insert(operand)
        }
      }
      return 0
    },
    Builtin(name: "readonly") { shell, _, inv throws(ShellControl) in
      for operand in inv.operands {
        if let equals = operand.firstIndex(of: "=") {
          shell.variables[String(operand[..<equals])] = String(
            operand[operand.index(after: equals)...])
        }
      }
      return 0
    },
    Builtin(name: "local") { shell, _, inv throws(ShellControl) in
      for operand in inv.operands {
        if let equals = operand.firstIndex(of: "=") {
          shell.variables[String(operand[..<equals])] = String(
            operand[operand.index(after: equals)...])
        } else if shell.variables[operand] == nil {
          shell.variables[operand] = ""
        }
      }
      return 0
    },
    Builtin(name: "unset") { shell, _, inv throws(ShellControl) in
      let functionsOnly = inv.operands.contains("-f")
      for name in inv.operands where !name.hasPrefix("-") {
        if functionsOnly {
          shell.functions[name] = nil
        } else {
          shell.variables[name] = nil
          shell.exported.remove(name)
        }
      }
      return 0
    },
    Builtin(name: "set") { shell, machine, inv throws(ShellControl) in
      var operands = inv.operands[...]
      if operands.isEmpty {
        for name in shell.variables.keys.sorted() {
          machine.out(inv, "\(name)='\(shell.variables[name] ?? "")'\n")
        }
        return 0
      }
      while let option = operands.first, option.hasPrefix("-") || option.hasPrefix("+") {
        operands.removeFirst()
        if option == "--" {
          shell.positional = Array(operands)
          return 0
        }
        let enable = option.hasPrefix("-")
        if option == "-o" || option == "+o" {
          if let name = operands.popFirst() {
            switch name {
            case "errexit": shell.errexit = enable
            case "nounset": shell.nounset = enable
            case "xtrace": shell.xtrace = enable
            case "pipefail" where shell.flavor != .dash: break
            default:
              shell.report(
                .custom("set: Illegal option -o \(name)"), machine: &machine, fds: inv.fds)
              return 2
            }
          }
          continue
        }
        for flag in option.dropFirst() {
          switch flag {
          case "e": shell.errexit = enable
          case "u": shell.nounset = enable
          case "x": shell.xtrace = enable
          case "f", "m", "v", "C", "a", "b", "h", "n": break
          default:
            shell.report(
              .illegalOption(builtin: "set", "\(option.first ?? "-")\(flag)"), machine: &machine,
              fds: inv.fds)
            return 2
          }
        }
      }
      if !operands.isEmpty { shell.positional = Array(operands) }
      return 0
    },
    Builtin(name: "shift") { shell, machine, inv throws(ShellControl) in
      let count = Int(inv.operands.first ?? "1") ?? -1
      guard count >= 0, count <= shell.positional.count else {
        shell.report(.custom("shift: can't shift that many"), machine: &machine, fds: inv.fds)
        if shell.flavor == .dash { throw .exit(2) }
        return 1
      }
      shell.positional.removeFirst(count)
      return 0
    },
    Builtin(name: "exit") { shell, machine, inv throws(ShellControl) in
      guard let text = inv.operands.first else { throw .exit(shell.lastStatus) }
      guard let code = Int(text) else {
        shell.report(.badNumber(builtin: "exit", text), machine: &machine, fds: inv.fds)
        throw .exit(2)
      }
      throw .exit(Int32(truncatingIfNeeded: code & 0xFF))
    },
    Builtin(name: "return") { shell, _, inv throws(ShellControl) in
      let code =
        inv.operands.first.flatMap { Int($0) }.map { Int32(truncatingIfNeeded: $0 & 0xFF) }
        ?? shell.lastStatus
      throw .returnFromFunction(code)
    },
    Builtin(name: "break") { shell, _, inv throws(ShellControl) in
      guard shell.loopDepth > 0 else { return 0 }
      throw .breakLoop(max(1, Int(inv.operands.first ?? "1") ?? 1))
    },
    Builtin(name: "continue") { shell, _, inv throws(ShellControl) in
      guard shell.loopDepth > 0 else { return 0 }
      throw .continueLoop(max(1, Int(inv.operands.first ?? "1") ?? 1))
    },
    Builtin(name: "test") { shell, machine, inv throws(ShellControl) in
      testBuiltin(&shell, &machine, inv, operands: inv.operands)
    },
    Builtin(name: "[") { shell, machine, inv throws(ShellControl) in
      guard inv.operands.last == "]" else {
        shell.report(.custom("[: missing ]"), machine: &machine, fds: inv.fds)
        return 2
      }
      return testBuiltin(&shell, &machine, inv, operands: Array(inv.operands.dropLast()))
    },
    Builtin(name: "read") { shell, machine, inv throws(ShellControl) in
      var names: [String] = []
      var raw = false
      var operands = inv.operands[...]
      while let option = operands.popFirst() {
        switch option {
        case "-r": raw = true
        case "-p":
          if let prompt = operands.popFirst() { machine.err(inv, prompt) }
        case "-t", "-n", "-d", "-u": _ = operands.popFirst()
        case "-s": break
        default: names.append(option)
        }
      }
      if names.isEmpty { names = ["REPLY"] }
      guard var line = machine.readInputLine(fd: 0, inv.fds) else {
        for name in names { shell.variables[name] = "" }
        return 1
      }
      if !raw { line = line.replacingBackslashes() }
      let ifs = Set(shell.variables["IFS"] ?? " \t\n")
      var rest = Substring(line)
      while let c = rest.first, ifs.contains(c) { rest.removeFirst() }
      for (index, name) in names.enumerated() {
        if index == names.count - 1 {
          var value = rest
          while let c = value.last, ifs.contains(c) { value.removeLast() }
          shell.variables[name] = String(value)
        } else {
          let field = rest.prefix { !ifs.contains($0) }
          shell.variables[name] = String(field)
          rest = rest.dropFirst(field.count)
          while let c = rest.first, ifs.contains(c) { rest.removeFirst() }
        }
      }
      return 0
    },
    Builtin(name: "kill") { shell, machine, inv throws(ShellControl) in
      try KillCommand.run(
        machine: &machine, inv: inv,
        report: { machine, text in
          shell.report(.custom(text), machine: &machine, fds: inv.fds)
        }, flavor: shell.flavor)
    },
    Builtin(name: "trap") { shell, machine, inv throws(ShellControl) in
      var operands = inv.operands
      if operands.first == "--" { operands.removeFirst() }
      if operands.isEmpty {
        if let action = shell.exitTrap { machine.out(inv, "trap -- '\(action)' EXIT\n") }
        for signal in shell.traps.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
          machine.out(inv, "trap -- '\(shell.traps[signal] ?? "")' \(signal.name)\n")
        }
        return 0
      }
      if operands == ["-l"] {
        machine.out(inv, KillCommand.signalList(flavor: shell.flavor))
        return 0
      }
      var action: String? = operands.removeFirst()
      if action == "-" { action = nil }
      if operands.isEmpty, let only = action,
        Signal(parsing: only) != nil || only == "EXIT" || only == "0"
      {
        // `trap SIG` resets, like `trap - SIG`.
        operands = [only]
        action = nil
      }
      var status: Int32 = 0
      for name in operands {
        if name == "EXIT" || name == "0" {
          shell.exitTrap = action
          continue
        }
        guard let signal = Signal(parsing: name) else {
          shell.report(.badTrap(name), machine: &machine, fds: inv.fds)
          status = 1
          continue
        }
        shell.traps[signal] = action
      }
      return status
    },
    Builtin(name: "wait") { shell, machine, inv throws(ShellControl) in
      try WaitCommand.run(shell: &shell, machine: &machine, inv: inv)
    },
    Builtin(name: "type") { shell, machine, inv throws(ShellControl) in
      var status: Int32 = 0
      for name in inv.operands {
        switch shell.describeCommand(name, fs: machine.kernel.fs) {
        case .builtin: machine.out(inv, "\(name) is a shell builtin\n")
        case .function: machine.out(inv, "\(name) is a function\n")
        case .keyword: machine.out(inv, "\(name) is a shell keyword\n")
        case .file(let path): machine.out(inv, "\(name) is \(path)\n")
        case .none:
          status = 1
          switch shell.flavor {
          case .dash:
            machine.out(inv, "\(name): not found\n")
            status = 127
          case .bash:
            shell.report(.custom("type: \(name): not found"), machine: &machine, fds: inv.fds)
          case .ash:
            machine.out(inv, "\(name): not found\n")
            status = 127
          }
        }
      }
      return status
    },
    Builtin(name: "command") { shell, machine, inv throws(ShellControl) in
      var operands = inv.operands
      if operands.first == "-v" || operands.first == "-V" {
        let verbose = operands.removeFirst() == "-V"
        var status: Int32 = 0
        for name in operands {
          switch shell.describeCommand(name, fs: machine.kernel.fs) {
          case .builtin, .function, .keyword:
            machine.out(inv, verbose ? "\(name) is a shell builtin\n" : "\(name)\n")
          case .file(let path): machine.out(inv, verbose ? "\(name) is \(path)\n" : "\(path)\n")
          case .none: status = 1
          }
        }
        return status
      }
      if operands.first == "-p" { operands.removeFirst() }
      guard let name = operands.first else { return 0 }
      if let builtin = Builtins.lookup(name, flavor: shell.flavor) {
        var sub = inv
        sub.args = operands
        return try builtin.run(&shell, &machine, &sub)
      }
      return try shell.runExternal(operands, env: inv.env, machine: &machine, fds: inv.fds)
    },
    Builtin(name: "eval") { shell, machine, inv throws(ShellControl) in
      let source = inv.operands.joined(separator: " ")
      let script: Script
      do throws(ShellSyntaxError) {
        script = try Parser.parse(source)
      } catch {
        shell.report(.syntax(error), machine: &machine, fds: inv.fds)
        return 2
      }
      guard machine.enter() else {
        shell.report(.custom("eval: nesting too deep"), machine: &machine, fds: inv.fds)
        return 2
      }
      defer { machine.leave() }
      return try shell.execute(script, machine: &machine, fds: inv.fds)
    },
    Builtin(name: ".") { shell, machine, inv throws(ShellControl) in
      try sourceFile(&shell, &machine, inv)
    },
    Builtin(name: "source") { shell, machine, inv throws(ShellControl) in
      try sourceFile(&shell, &machine, inv)
    },
    Builtin(name: "exec") { shell, machine, inv throws(ShellControl) in
      let operands = inv.operands
      guard !operands.isEmpty else { return 0 }
      switch ExecutableLookup.find(
        operands[0], path: shell.variables["PATH"] ?? ExecutableLookup.defaultPath, cwd: shell.cwd,
        fs: machine.kernel.fs)
      {
      case .found(let path):
        if let i = machine.kernel.index(of: shell.pid) {
          machine.kernel.processes[i].role = .program
          machine.kernel.processes[i].name = FilePath.basename(operands[0])
          machine.kernel.processes[i].commandLine = operands.joined(separator: " ")
        }
        var sub = Invocation(
          args: operands, env: inv.env, cwd: shell.cwd, fds: inv.fds, pid: shell.pid, style: .gnu,
          path: path)
        let status = try ProcessLaunch.execute(&sub, machine: &machine, depth: 0)
        throw .exit(status)
      default:
        let status = try shell.runExternal(operands, env: inv.env, machine: &machine, fds: inv.fds)
        throw .exit(status)
      }
    },
    Builtin(name: "umask") { _, machine, inv throws(ShellControl) in
      if inv.operands.isEmpty { machine.out(inv, "0022\n") }
      return 0
    },
    Builtin(name: "hash") { _, _, _ throws(ShellControl) in 0 },
    Builtin(name: "times") { _, machine, inv throws(ShellControl) in
      machine.out(inv, "0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n")
      return 0
    },
  ]

  private static func testBuiltin(
    _ shell: inout Interpreter, _ machine: inout Machine, _ inv: Invocation, operands: [String]
  ) -> Int32 {
    let (status, error) = TestExpression.evaluate(operands, fs: machine.kernel.fs, cwd: shell.cwd)
    if let error {
      shell.report(.custom("\(inv.args[0]): \(error)"), machine: &machine, fds: inv.fds)
    }
    return status
  }

  private static func sourceFile(
    _ shell: inout Interpreter, _ machine: inout Machine, _ inv: Invocation
  ) throws(ShellControl) -> Int32 {
    guard let name = inv.operands.first else { return 0 }
    let path =
      name.contains("/")
      ? FilePath.normalize(name, cwd: shell.cwd)
      : {
        if case .found(let found) = ExecutableLookup.find(
          name, path: shell.variables["PATH"] ?? "", cwd: shell.cwd, fs: machine.kernel.fs)
        {
          return found
        }
        return FilePath.normalize(name, cwd: shell.cwd)
      }()
    guard machine.enter() else {
      shell.report(.custom("\(name): nesting too deep"), machine: &machine, fds: inv.fds)
      return 2
    }
    defer { machine.leave() }
    guard let text = try? machine.readFile(path) else {
      shell.report(.cannotOpen(name, .noSuchFile), machine: &machine, fds: inv.fds)
      if shell.mode != .interactive { throw .exit(2) }
      return 1
    }
    let script: Script
    do {
      script = try Parser.parse(text)
    } catch {
      shell.report(.syntax(error), machine: &machine, fds: inv.fds)
      return 2
    }
    return try shell.execute(script, machine: &machine, fds: inv.fds)
  }
}
