/// `sh`/`dash`/`bash`/busybox `ash` run as a program: `-c STRING`, a script file, or stdin.
enum ShellProgram {
  /// Runs a non-interactive shell in the invocation's process.
  static func run(flavor: ShellFlavor, machine: inout Machine, invocation inv: inout Invocation)
    throws(ShellControl) -> Int32
  {
    if let i = machine.kernel.index(of: inv.pid) {
      machine.kernel.processes[i].role = .shell
      machine.kernel.processes[i].commandLine = inv.args.joined(separator: " ")
    }
    var index = 1
    var commandString: String?
    var errexit = false
    var xtrace = false
    var nounset = false
    let args = inv.args
    while index < args.count, args[index].hasPrefix("-") || args[index].hasPrefix("+"),
      args[index].count > 1
    {
      let option = args[index]
      index += 1
      if option == "--" { break }
      if option == "--login" || option == "--norc" || option == "--noprofile" || option == "--posix"
      {
        continue
      }
      if option == "-o" || option == "+o" {
        if index < args.count {
          if args[index] == "errexit" { errexit = true }
          if args[index] == "pipefail" {}
          index += 1
        }
        continue
      }
      for flag in option.dropFirst() {
        switch flag {
        case "c": commandString = ""
        case "e": errexit = true
        case "x": xtrace = true
        case "u": nounset = true
        case "i", "l", "s": break
        default:
          let name = flavor == .bash ? "bash" : FilePath.basename(args[0])
          machine.err(
            inv,
            flavor == .bash
              ? "\(args[0]): -\(flag): invalid option\n" : "\(name): 0: Illegal option -\(flag)\n")
          return 2
        }
      }
    }
    var source: String
    var arg0 = args.first ?? "sh"
    var positional: [String] = []
    var mode = ShellMessage.Mode.commandString
    if commandString != nil {
      guard index < args.count else {
        machine.err(
          inv,
          flavor == .bash
            ? "\(arg0): -c: option requires an argument\n" : "\(arg0): 0: -c requires an argument\n"
        )
        return 2
      }
      source = args[index]
      if index + 1 < args.count {
        arg0 = args[index + 1]
        positional = Array(args[(index + 2)...])
      }
    } else if index < args.count {
      let scriptPath = args[index]
      positional = Array(args[(index + 1)...])
      do {
        source = try machine.readFile(FilePath.normalize(scriptPath, cwd: inv.cwd))
      } catch {
        switch flavor {
        case .dash: machine.err(inv, "\(arg0): 0: cannot open \(scriptPath): No such file\n")
        case .bash: machine.err(inv, "\(arg0): \(scriptPath): \(error.kind.posixDescription)\n")
        case .ash:
          machine.err(inv, "\(arg0): can't open '\(scriptPath)': \(error.kind.posixDescription)\n")
        }
        return flavor == .bash ? 127 : 2
      }
      arg0 = scriptPath
      mode = .script(scriptPath)
    } else {
      source = machine.stdin(inv)
    }
    var env = inv.env
    if env["PATH"] == nil { env["PATH"] = ExecutableLookup.defaultPath }
    var shell = Interpreter(
      flavor: flavor, arg0: arg0, positional: positional, environment: env, cwd: inv.cwd,
      pid: inv.pid, mode: mode)
    shell.errexit = errexit
    shell.xtrace = xtrace
    shell.nounset = nounset
    return try shell.run(source: source, machine: &machine, fds: inv.fds)
  }
}
