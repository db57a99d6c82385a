/// A POSIX-sh interpreter (dash, bash or busybox-ash flavoured) walking the `Script` AST.
///
/// Synchronous, on the machine's local virtual clock: `sleep` advances time, a step budget
/// stops busy loops, and the exec's deadline stops everything else. Pipelines run their
/// stages one after the other through buffers. A value type: subshells are copies.
struct Interpreter: Sendable {
  var flavor: ShellFlavor
  /// `$0`, also the prefix of messages.
  var arg0: String
  var positional: [String]
  var variables: [String: String]
  var exported: Set<String>
  var functions: [String: ShellCommand] = [:]
  var cwd: String
  var lastStatus: Int32 = 0
  /// The largest value assigned to a variable since the last step (checked against the budget).
  var largestAssignment = 0
  /// `set -e`.
  var errexit = false
  /// `set -u`.
  var nounset = false
  /// `set -x`.
  var xtrace = false
  /// Trap actions by signal (an empty action ignores the signal).
  var traps: [Signal: String] = [:]
  var exitTrap: String?
  /// This shell's PID (`$$`).
  var pid: Int32
  var mode: ShellMessage.Mode
  var lastBackgroundPID: Int32?
  /// Background jobs: PID and, if known, when they end.
  var jobs: [(pid: Int32, end: Instant?)] = []
  /// Line of the command being run (dash and bash print it).
  var currentLine = 1
  /// Added to parsed line numbers (an interactive dash counts lines across the session).
  var lineOffset = 0
  /// Nesting of `if`/`while` conditions and `&&`/`||` left sides, where `set -e` is off.
  var conditionDepth = 0
  var functionDepth = 0
  var loopDepth = 0
  /// How many of PID 1's received signals this shell has already acted on.
  var handledSignals = 0
  /// Resolved command paths (the shell's hash table), rechecked before use.
  var commandPaths: [String: (path: String, searchPath: String)] = [:]
  /// Exit status of the last command substitution (the status of `X=$(cmd)`).
  var commandSubstitutionStatus: Int32?
  /// The source line being parsed (bash echoes it in syntax errors).
  var sourceLines: [String] = []

  /// Creates a shell for process `pid`.
  init(
    flavor: ShellFlavor, arg0: String, positional: [String] = [], environment: [String: String],
    cwd: String, pid: Int32, mode: ShellMessage.Mode
  ) {
    self.flavor = flavor
    self.arg0 = arg0
    self.positional = positional
    self.variables = environment
    self.exported = Set(environment.keys)
    self.cwd = cwd
    self.pid = pid
    self.mode = mode
    if variables["PWD"] == nil {
      variables["PWD"] = cwd
      exported.insert("PWD")
    }
    if variables["IFS"] == nil { variables["IFS"] = " \t\n" }
    if flavor == .bash, variables["HOSTNAME"] == nil {
      variables["HOSTNAME"] = environment["HOSTNAME"]
    }
  }

  // MARK: - Entry points

  /// Parses and runs `source`; returns the exit status. Syntax errors print a message and
  /// return 2. Only the time limit and the step budget escape as errors.
  mutating func run(source: String, machine: inout Machine, fds: FDTable) throws(ShellControl)
    -> Int32
  {
    let script: Script
    sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    do {
      script = try Parser.parse(source)
    } catch {
      var shifted = error
      shifted.line += lineOffset
      let badLine = sourceLines.indices.contains(error.line - 1) ? sourceLines[error.line - 1] : nil
      machine.write(
        ShellMessage.syntax(shifted).render(
          flavor: flavor, arg0: arg0, line: shifted.line, mode: mode, sourceLine: badLine), fd: 2,
        fds)
      lastStatus = 2
      return 2
    }
    return try runToCompletion(script, machine: &machine, fds: fds)
  }

  /// Runs a parsed script as a whole shell run: `exit` ends it, the EXIT trap runs last.
  mutating func runToCompletion(_ script: Script, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Int32
  {
    var status: Int32
    do {
      status = try execute(script, machine: &machine, fds: fds)
    } catch {
      switch error {
      case .exit(let code): status = code
      case .breakLoop, .continueLoop: status = lastStatus
      case .returnFromFunction(let code): status = code
      case .timeLimitReached, .budgetExhausted, .outOfMemory: throw error
      }
    }
    lastStatus = status
    if let action = exitTrap {
      exitTrap = nil
      do {
        _ = try runTrapAction(action, machine: &machine, fds: fds)
      } catch {
        if case .exit(let code) = error { status = code }
        if error == .timeLimitReached || error == .budgetExhausted || error == .outOfMemory {
          throw error
        }
      }
    }
    return status
  }

  // MARK: - Lists

  mutating func execute(_ script: Script, machine: inout Machine, fds: FDTable) throws(ShellControl)
    -> Int32
  {
    for item in script.items {
      if item.background {
        try runInBackground(item.andOr, machine: &machine, fds: fds)
        lastStatus = 0
      } else {
        lastStatus = try execute(item.andOr, machine: &machine, fds: fds)
      }
      try checkSignals(machine: &machine, fds: fds)
    }
    return lastStatus
  }

  private mutating func execute(_ list: AndOrList, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Int32
  {
    let hasMore = !list.rest.isEmpty
    if hasMore { conditionDepth += 1 }
    var status = try execute(list.first, machine: &machine, fds: fds)
    if hasMore { conditionDepth -= 1 }
    var ranLast = list.rest.isEmpty
    for (index, (connector, pipeline)) in list.rest.enumerated() {
      let isLast = index == list.rest.count - 1
      guard (connector == .and) == (status == 0) else {
        continue
      }
      if !isLast { conditionDepth += 1 }
      status = try execute(pipeline, machine: &machine, fds: fds)
      if !isLast { conditionDepth -= 1 }
      ranLast = isLast
    }
    lastStatus = status
    if errexit && status != 0 && conditionDepth == 0 && ranLast && !list.first.negated {
      throw .exit(status)
    }
    return status
  }

  private mutating func execute(_ pipeline: Pipeline, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Int32
  {
    var status: Int32
    if pipeline.negated { conditionDepth += 1 }
    if pipeline.commands.count == 1 {
      status = try execute(pipeline.commands[0], machine: &machine, fds: fds)
    } else {
      var input = fds[0]
      status = 0
      for (index, command) in pipeline.commands.enumerated() {
        var stageFDs = fds
        stageFDs[0] = input
        let isLast = index == pipeline.commands.count - 1
        var buffer = -1
        if !isLast {
          buffer = machine.makeBuffer()
          stageFDs[1] = .buffer(buffer)
        }
        var subshell = self
        status = try subshell.runSubshell(
          { (shell: inout Interpreter, machine: inout Machine) throws(ShellControl) -> Int32 in
            try shell.execute(command, machine: &machine, fds: stageFDs)
          }, machine: &machine)
        if !isLast { input = .input(machine.makeInput(machine.buffers[buffer])) }
      }
    }
    if pipeline.negated {
      conditionDepth -= 1
      status = status == 0 ? 1 : 0
    }
    lastStatus = status
    return status
  }

  /// Runs `body` as a subshell: `exit` ends only the subshell.
  mutating func runSubshell(
    _ body: (inout Interpreter, inout Machine) throws(ShellControl) -> Int32, machine: inout Machine
  ) throws(ShellControl) -> Int32 {
    do {
      return try body(&self, &machine)
    } catch {
      switch error {
      case .exit(let code), .returnFromFunction(let code): return code
      case .breakLoop, .continueLoop: return lastStatus
      case .timeLimitReached, .budgetExhausted, .outOfMemory: throw error
      }
    }
  }

  /// Runs an and-or list in the background: on a copy of the clock, recording when it ends.
  private mutating func runInBackground(_ list: AndOrList, machine: inout Machine, fds: FDTable)
    throws(ShellControl)
  {
    guard machine.forkBackgroundJob() else {
      report(.cannotFork, machine: &machine, fds: fds)
      return
    }
    let start = machine.now
    let savedDeadline = machine.deadline
    // The job may outlive the exec; give it a generous horizon of its own.
    machine.deadline = start + .seconds(86_400)
    let jobPID = machine.kernel.spawn(
      name: arg0, commandLine: arg0, role: .shell, parent: pid, at: start)
    var copy = self
    copy.pid = jobPID
    var bgFDs = fds
    if case .input = fds[0] {} else { bgFDs[0] = .null }
    var end: Instant? = nil
    do {
      let status = try copy.runSubshell(
        { (shell: inout Interpreter, machine: inout Machine) throws(ShellControl) -> Int32 in
          try shell.execute(list, machine: &machine, fds: bgFDs)
        }, machine: &machine)
      end = machine.now
      machine.kernel.scheduleExit(jobPID, at: machine.now, code: status)
    } catch {
      if error == .budgetExhausted {
        machine.steps = 0
        machine.stepsWhenTimeMoved = 0
      }
    }
    machine.now = start
    machine.deadline = savedDeadline
    lastBackgroundPID = jobPID
    jobs.append((jobPID, end))
  }

  // MARK: - Compound commands

  mutating func execute(_ command: ShellCommand, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Int32
  {
    switch command {
    case .simple(let simple):
      return try executeSimple(simple, machine: &machine, fds: fds)
    case .ifClause(let branches, let elseBody, let redirections):
      guard let fds = try applyRedirections(redirections, machine: &machine, fds: fds) else {
        return 1
      }
      for branch in branches {
        conditionDepth += 1
        let condition = try execute(branch.condition, machine: &machine, fds: fds)
        conditionDepth -= 1
        if condition == 0 { return try execute(branch.body, machine: &machine, fds: fds) }
      }
      if let elseBody { return try execute(elseBody, machine: &machine, fds: fds) }
      lastStatus = 0
      return 0
    case .loop(let condition, let body, let until, let redirections):
      guard let fds = try applyRedirections(redirections, machine: &machine, fds: fds) else {
        return 1
      }
      var status: Int32 = 0
      loopDepth += 1
      defer { loopDepth -= 1 }
      while true {
        try step(&machine)
        conditionDepth += 1
        let test = try execute(condition, machine: &machine, fds: fds)
        conditionDepth -= 1
        if (test == 0) == until { break }
        do {
          status = try execute(body, machine: &machine, fds: fds)
        } catch {
          if case .breakLoop(let n) = error {
            if n > 1 { throw .breakLoop(n - 1) }
            break
          }
          if case .continueLoop(let n) = error {
            if n > 1 { throw .continueLoop(n - 1) }
            continue
          }
          throw error
        }
      }
      lastStatus = status
      return status
    case .forLoop(let name, let words, let body, let redirections):
      guard let fds = try applyRedirections(redirections, machine: &machine, fds: fds) else {
        return 1
      }
      var values: [String] = positional
      if let words {
        values = []
        for word in words {
          guard let fields = try expandFields(word, machine: &machine, fds: fds) else {
            return lastStatus
          }
          values += fields
        }
      }
      var status: Int32 = 0
      loopDepth += 1
      defer { loopDepth -= 1 }
      for value in values {
        try step(&machine)
        setVariable(name, value)
        do {
          status = try execute(body, machine: &machine, fds: fds)
        } catch {
          if case .breakLoop(let n) = error {
            if n > 1 { throw .breakLoop(n - 1) }
            break
          }
          if case .continueLoop(let n) = error {
            if n > 1 { throw .continueLoop(n - 1) }
            continue
          }
          throw error
        }
      }
      lastStatus = status
      return status
    case .caseClause(let subject, let items, let redirections):
      guard let fds = try applyRedirections(redirections, machine: &machine, fds: fds) else {
        return 1
      }
      guard let text = try expandString(subject, machine: &machine, fds: fds) else {
        return lastStatus
      }
      for item in items {
        for patternWord in item.patterns {
          guard let pattern = try expandPattern(patternWord, machine: &machine, fds: fds) else {
            return lastStatus
          }
          if pattern.matches(text) {
            return try execute(item.body, machine: &machine, fds: fds)
          }
        }
      }
      lastStatus = 0
      return 0
    case .group(let body, let redirections):
      guard let fds = try applyRedirections(redirections, machine: &machine, fds: fds) else {
        return 1
      }
      return try execute(body, machine: &machine, fds: fds)
    case .subshell(let body, let redirections):
      guard let fds = try applyRedirections(redirections, machine: &machine, fds: fds) else {
        return 1
      }
      var copy = self
      let status = try copy.runSubshell(
        { (shell: inout Interpreter, machine: inout Machine) throws(ShellControl) -> Int32 in
          try shell.execute(body, machine: &machine, fds: fds)
        }, machine: &machine)
      lastStatus = status
      return status
    case .functionDefinition(let name, let body):
      functions[name] = body
      lastStatus = 0
      return 0
    }
  }

  // MARK: - Signals and traps

  /// Acts on signals PID 1 received up to the local time (only PID 1 shells get them).
  mutating func checkSignals(machine: inout Machine, fds: FDTable) throws(ShellControl) {
    guard pid == 1 else { return }
    while handledSignals < machine.kernel.pid1Signals.count,
      machine.kernel.pid1Signals[handledSignals].at <= machine.now
    {
      let signal = machine.kernel.pid1Signals[handledSignals].signal
      handledSignals += 1
      try handle(signal, machine: &machine, fds: fds)
    }
  }

  /// Reacts to `signal`: runs its trap, or (PID 1 without a trap) ignores it.
  mutating func handle(_ signal: Signal, machine: inout Machine, fds: FDTable) throws(ShellControl)
  {
    if let action = traps[signal] {
      if action.isEmpty { return }
      // dash and bash run a trap inside the command that raised its signal, so a trap that
      // signals its own shell nests without end (until the real shell crashes): the nesting is
      // bounded as function calls are, and past it the shell ends.
      guard machine.enter() else {
        report(
          .custom("trap: maximum nesting level exceeded (\(Machine.maximumDepth))"),
          machine: &machine, fds: fds)
        throw .exit(2)
      }
      defer { machine.leave() }
      let saved = lastStatus
      _ = try runTrapAction(action, machine: &machine, fds: fds)
      lastStatus = saved
      return
    }
    if pid != 1 && signal.terminatesByDefault { throw .exit(128 + signal.rawValue) }
  }

  /// Runs a trap's action text in this shell (so `exit` in it ends the shell).
  mutating func runTrapAction(_ action: String, machine: inout Machine, fds: FDTable)
    throws(ShellControl) -> Int32
  {
    let script: Script
    do {
      script = try Parser.parse(action)
    } catch {
      machine.write(
        ShellMessage.syntax(error).render(flavor: flavor, arg0: arg0, line: error.line, mode: mode),
        fd: 2, fds)
      return 2
    }
    return try execute(script, machine: &machine, fds: fds)
  }

  // MARK: - Variables

  /// Sets a shell variable (exported variables update the environment too).
  mutating func setVariable(_ name: String, _ value: String) {
    variables[name] = value
    largestAssignment = max(largestAssignment, value.utf8.count)
  }

  /// Counts one command against the machine's budgets, with the bytes assigned since the last.
  mutating func step(_ machine: inout Machine) throws(ShellControl) {
    // Values replace each other, so only one too large for the budget is out of memory.
    if largestAssignment > machine.memoryLimit { throw .outOfMemory }
    largestAssignment = 0
    try machine.step()
  }

  /// The exported environment passed to programs.
  var environment: [String: String] {
    var env: [String: String] = [:]
    for name in exported { if let value = variables[name] { env[name] = value } }
    return env
  }

  /// The message prefix line number.
  var messageLine: Int { currentLine + lineOffset }

  /// Prints a shell diagnostic to `fds`' stderr.
  func report(_ message: ShellMessage, machine: inout Machine, fds: FDTable) {
    machine.write(
      message.render(flavor: flavor, arg0: arg0, line: messageLine, mode: mode), fd: 2, fds)
  }
}
