/// Starts an executable file as a new process and runs it to completion on the local clock.
///
/// The file's `program` tag selects a simulated program; busybox applets dispatch on
/// `argv[0]`; `#!` scripts run their interpreter; other files run under `/bin/sh`.
struct ProcessLaunch {
  var argv: [String]
  var path: String
  var env: [String: String]
  var cwd: String
  var fds: FDTable
  var parent: Int32
  /// Use this PID instead of spawning a new process (PID 1's start, `exec`).
  var reusePID: Int32?

  init(
    argv: [String], path: String, env: [String: String], cwd: String, fds: FDTable, parent: Int32,
    reusePID: Int32? = nil
  ) {
    self.argv = argv
    self.path = path
    self.env = env
    self.cwd = cwd
    self.fds = fds
    self.parent = parent
    self.reusePID = reusePID
  }

  /// Runs the process; its exit is recorded at the local time it finishes. A run cut off by
  /// the time limit leaves the process running.
  mutating func run(machine: inout Machine) throws(ShellControl) -> Int32 {
    let name = FilePath.basename(argv.first ?? path)
    guard machine.enter() else {
      machine.write("\(name): fork: Resource temporarily unavailable\n", fd: 2, fds)
      return 254
    }
    defer { machine.leave() }
    let pid =
      reusePID
      ?? machine.kernel.spawn(
        name: name, commandLine: argv.joined(separator: " "), parent: parent, at: machine.now)
    var invocation = Invocation(
      args: argv, env: env, cwd: cwd, fds: fds, pid: pid, style: .gnu, path: path)
    let status = try ProcessLaunch.execute(&invocation, machine: &machine, depth: 0)
    machine.kernel.scheduleExit(pid, at: machine.now, code: status)
    return status
  }

  /// Runs the file at `invocation.path` in the invocation's process (like `execve`).
  static func execute(_ invocation: inout Invocation, machine: inout Machine, depth: Int)
    throws(ShellControl) -> Int32
  {
    guard let node = machine.kernel.fs.node(at: invocation.path) else {
      machine.err(invocation, "\(invocation.name): \(invocation.path): No such file or directory\n")
      return 127
    }
    if let programName = node.program {
      if programName == "busybox" {
        invocation.style = .busybox
        var applet = invocation.name
        if applet == "busybox" {
          guard invocation.args.count > 1 else {
            machine.out(
              invocation,
              "BusyBox v\(machine.kernel.image.programVersions["busybox"] ?? "1.37.0") (2024-09-26 21:31:42 UTC) multi-call binary.\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n"
            )
            return 0
          }
          invocation.args.removeFirst()
          applet = invocation.name
        }
        if applet == "sh" || applet == "ash" {
          return try ShellProgram.run(flavor: .ash, machine: &machine, invocation: &invocation)
        }
        guard let program = Programs.table[applet] else {
          if BusyboxImage.applets.contains(applet) {
            return try Programs.unsimulated.run(&machine, &invocation)
          }
          machine.err(invocation, "\(applet): applet not found\n")
          return 127
        }
        return try program.run(&machine, &invocation)
      }
      switch programName {
      case "dash":
        return try ShellProgram.run(flavor: .dash, machine: &machine, invocation: &invocation)
      case "bash":
        return try ShellProgram.run(flavor: .bash, machine: &machine, invocation: &invocation)
      default:
        guard let program = Programs.table[programName] else {
          return try Programs.unsimulated.run(&machine, &invocation)
        }
        return try program.run(&machine, &invocation)
      }
    }
    // A script: run its interpreter (bounded, a script may name another script).
    guard depth < 4 else {
      machine.err(invocation, "\(invocation.name): too many levels of interpreters\n")
      return 126
    }
    var interpreterArgs = ["/bin/sh"]
    if node.contents.hasPrefix("#!") {
      let firstLine = node.contents.dropFirst(2).prefix { $0 != "\n" }
      interpreterArgs = firstLine.split(separator: " ", maxSplits: 1).map {
        String($0).trimmingCharactersInSet()
      }
    }
    guard let interpreter = interpreterArgs.first,
      let interpreterNode = machine.kernel.fs.node(at: interpreter), interpreterNode.isExecutable
    else {
      machine.err(
        invocation,
        "\(invocation.name): \(invocation.args.first ?? invocation.path): \(interpreterArgs.first ?? "?"): bad interpreter: No such file or directory\n"
      )
      return 126
    }
    invocation.args =
      interpreterArgs + [invocation.args.first ?? invocation.path] + invocation.args.dropFirst()
    invocation.path = interpreter
    return try execute(&invocation, machine: &machine, depth: depth + 1)
  }
}
