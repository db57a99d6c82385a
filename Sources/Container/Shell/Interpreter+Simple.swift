/// Simple commands: expansion, assignments, redirections and dispatch to functions, builtins
/// and executables.
extension Interpreter {
  mutating func executeSimple(_ command: SimpleCommand, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Int32
  {
    try step(&machine)
    currentLine = command.line
    var argv: [String] = []
    for word in command.words {
      guard let fields = try expandFields(word, machine: &machine, fds: fds) else {
        return try expansionFailed()
      }
      argv += fields
    }
    // A command line larger than the memory budget (`export x=$x$x`, `set -- "$@" "$@"` in a
    // loop) is where such a script would run out of memory: builtins store these words directly.
    if argv.count > Machine.maximumWords
      || argv.reduce(0, { $0 + $1.utf8.count }) > machine.memoryLimit
    {
      throw .outOfMemory
    }
    var assignments: [(String, String)] = []
    for assignment in command.assignments {
      guard let value = try expandString(assignment.value, machine: &machine, fds: fds) else {
        return try expansionFailed()
      }
      assignments.append((assignment.name, value))
    }
    if xtrace, !argv.isEmpty {
      machine.write("+ " + argv.joined(separator: " ") + "\n", fd: 2, fds)
    }
    guard let fds = try applyRedirections(command.redirections, machine: &machine, fds: fds) else {
      let status: Int32 = flavor == .dash ? 2 : 1
      lastStatus = status
      if argv.isEmpty || Builtins.special.contains(argv[0]) {
        if mode != .interactive, flavor != .bash { throw .exit(2) }
      }
      return status
    }
    if argv.isEmpty {
      for (name, value) in assignments { setVariable(name, value) }
      // The status is that of the last command substitution, or 0.
      let status = commandSubstitutionStatus ?? 0
      lastStatus = status
      return status
    }
    commandSubstitutionStatus = nil
    let name = argv[0]
    if let body = functions[name] {
      for (variable, value) in assignments { setVariable(variable, value) }
      return try callFunction(body, arguments: Array(argv.dropFirst()), machine: &machine, fds: fds)
    }
    if let builtin = Builtins.lookup(name, flavor: flavor) {
      for (variable, value) in assignments { setVariable(variable, value) }
      var invocation = Invocation(
        args: argv, env: environment, cwd: cwd, fds: fds, pid: pid,
        style: flavor == .ash ? .busybox : .gnu, path: name)
      let status = reportDiskFull(
        name, try builtin.run(&self, &machine, &invocation), machine: &machine, fds: fds)
      lastStatus = status
      return status
    }
    var env = environment
    for (variable, value) in assignments { env[variable] = value }
    let status = reportDiskFull(
      name, try runExternal(argv, env: env, machine: &machine, fds: fds), machine: &machine,
      fds: fds)
    lastStatus = status
    return status
  }

  /// A command whose output could not be written to a full file system says so, and fails.
  private func reportDiskFull(
    _ name: String, _ status: Int32, machine: inout Machine, fds: FDTable
  ) -> Int32 {
    guard machine.diskFull else { return status }
    machine.diskFull = false
    let reason = FileSystemError.Kind.noSpace.posixDescription
    report(.custom("\(name): write error: \(reason)"), machine: &machine, fds: fds)
    return 1
  }

  private mutating func expansionFailed() throws(ShellControl) -> Int32 {
    lastStatus = lastStatus == 0 ? 1 : lastStatus
    if mode != .interactive { throw .exit(lastStatus == 0 ? 2 : lastStatus) }
    return lastStatus
  }

  /// Runs a shell function with new positional parameters.
  mutating func callFunction(
    _ body: ShellCommand, arguments: [String], machine: inout Machine, fds: FDTable
  ) throws(ShellControl) -> Int32 {
    guard machine.enter() else {
      report(
        .custom("maximum function nesting level exceeded (\(Machine.maximumDepth))"),
        machine: &machine, fds: fds)
      throw .exit(2)
    }
    defer { machine.leave() }
    let saved = positional
    positional = arguments
    defer { positional = saved }
    do {
      return try execute(body, machine: &machine, fds: fds)
    } catch {
      if case .returnFromFunction(let code) = error {
        lastStatus = code
        return code
      }
      throw error
    }
  }

  /// Finds and runs an executable (PATH search unless the name has a slash).
  mutating func runExternal(
    _ argv: [String], env: [String: String], machine: inout Machine, fds: FDTable
  ) throws(ShellControl) -> Int32 {
    let name = argv[0]
    let searchPath = variables["PATH"] ?? ExecutableLookup.defaultPath
    var lookup: ExecutableLookup.Result
    if let cached = commandPaths[name], cached.searchPath == searchPath,
      machine.kernel.fs.node(at: cached.path)?.isExecutable == true
    {
      lookup = .found(cached.path)
    } else {
      lookup = ExecutableLookup.find(name, path: searchPath, cwd: cwd, fs: machine.kernel.fs)
      if case .found(let path) = lookup, !name.contains("/") {
        commandPaths[name] = (path, searchPath)
      }
    }
    switch lookup {
    case .found(let path):
      var child = ProcessLaunch(argv: argv, path: path, env: env, cwd: cwd, fds: fds, parent: pid)
      return try child.run(machine: &machine)
    case .notFound:
      report(.notFound(name), machine: &machine, fds: fds)
      return 127
    case .noSuchFile:
      report(.noSuchFileToExecute(name), machine: &machine, fds: fds)
      return 127
    case .notExecutable:
      report(.permissionDenied(name), machine: &machine, fds: fds)
      return 126
    case .isDirectory:
      report(.isADirectory(name), machine: &machine, fds: fds)
      return 126
    }
  }

  // MARK: - Redirections

  /// Applies redirections to a copy of `fds`; nil (after printing why) if one fails.
  mutating func applyRedirections(
    _ redirections: [Redirection], machine: inout Machine, fds: FDTable
  ) throws(ShellControl) -> FDTable? {
    guard !redirections.isEmpty else { return fds }
    var result = fds
    for redirection in redirections {
      if redirection.op == .hereDocument || redirection.op == .hereString {
        guard var text = try expandString(redirection.target, machine: &machine, fds: fds) else {
          return nil
        }
        if redirection.op == .hereString { text += "\n" }
        result[redirection.fd] = .input(machine.makeInput(text))
        continue
      }
      guard let target = try expandString(redirection.target, machine: &machine, fds: fds) else {
        return nil
      }
      switch redirection.op {
      case .duplicateOutput, .duplicateInput:
        if target == "-" {
          result[redirection.fd] = .closed
        } else if let number = Int(target) {
          result[redirection.fd] = result[number]
        } else if redirection.op == .duplicateOutput, redirection.fd == 1 {
          // `>&file` is bash's `&>file`-like form: both streams to the file.
          guard let channel = openForWriting(target, append: false, machine: &machine, fds: result)
          else { return nil }
          result[1] = channel
          result[2] = channel
        } else {
          report(.custom("\(target): Bad file descriptor"), machine: &machine, fds: fds)
          return nil
        }
      case .input, .readWrite:
        if let special = specialChannel(target, fds: result) {
          result[redirection.fd] = special == .null ? .input(machine.makeInput("")) : special
          continue
        }
        let path = FilePath.normalize(target, cwd: cwd)
        do {
          let text = try machine.readFile(path)
          result[redirection.fd] = .input(machine.makeInput(text))
        } catch {
          report(.cannotOpen(target, error.kind), machine: &machine, fds: fds)
          return nil
        }
      case .output, .append, .clobber:
        guard
          let channel = openForWriting(
            target, append: redirection.op == .append, machine: &machine, fds: result)
        else { return nil }
        result[redirection.fd] = channel
      case .hereDocument, .hereString:
        break
      }
    }
    return result
  }

  /// Opens `target` for writing: special files map to channels, regular files are created
  /// or truncated now.
  private func openForWriting(_ target: String, append: Bool, machine: inout Machine, fds: FDTable)
    -> Channel?
  {
    if let special = specialChannel(target, fds: fds) { return special }
    let path = FilePath.normalize(target, cwd: cwd)
    if let canonical = try? machine.kernel.fs.canonicalPath(path),
      let special = specialChannel(canonical, fds: fds)
    {
      return special
    }
    do {
      try machine.kernel.fs.write(path, contents: "", append: true)
      if !append { try machine.kernel.fs.write(path, contents: "", append: false) }
      return .file((try? machine.kernel.fs.canonicalPath(path)) ?? path)
    } catch {
      report(.cannotCreate(target, error.kind), machine: &machine, fds: fds)
      return nil
    }
  }

  /// Channels behind device paths: `/dev/null`, `/dev/stdout`, `/proc/1/fd/1` (PID 1's
  /// stdout, i.e. the container log)…
  func specialChannel(_ target: String, fds: FDTable) -> Channel? {
    let path = FilePath.normalize(target, cwd: cwd)
    switch path {
    case "/dev/null": return .null
    case "/dev/stdout", "/proc/self/fd/1", "/dev/fd/1": return fds[1]
    case "/dev/stderr", "/proc/self/fd/2", "/dev/fd/2": return fds[2]
    case "/dev/stdin", "/proc/self/fd/0", "/dev/fd/0": return fds[0]
    case "/dev/tty", "/dev/console": return .execStdout
    case "/proc/1/fd/1": return pid == 1 ? fds[1] : .log(.stdout)
    case "/proc/1/fd/2": return pid == 1 ? fds[2] : .log(.stderr)
    default: return nil
    }
  }
}
