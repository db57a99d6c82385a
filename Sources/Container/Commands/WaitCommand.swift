/// `wait [PID…]`: advances the local clock until the background jobs end; a trapped signal
/// to PID 1 interrupts it (returning 128 + the signal number), which is why entrypoint
/// scripts use `sleep … & wait`.
enum WaitCommand {
  static func run(shell: inout Interpreter, machine: inout Machine, inv: Invocation)
    throws(ShellControl) -> Int32
  {
    var targets = shell.jobs
    if !inv.operands.isEmpty {
      let wanted = Set(inv.operands.compactMap { Int32($0) })
      targets = shell.jobs.filter { wanted.contains($0.pid) }
      if targets.isEmpty { return 127 }
    }
    guard !targets.isEmpty else { return 0 }
    var end: Instant? = machine.now
    for job in targets {
      guard let jobEnd = job.end, let current = end else {
        end = nil
        break
      }
      end = max(current, jobEnd)
    }
    // Wait in steps so that a trap can run as soon as its signal arrives.
    while true {
      if shell.pid == 1, shell.handledSignals < machine.kernel.pid1Signals.count {
        let next = machine.kernel.pid1Signals[shell.handledSignals]
        if end.map({ next.at <= $0 }) ?? true {
          try machine.advance(to: next.at)
          shell.handledSignals += 1
          let trapped = shell.traps[next.signal].map { !$0.isEmpty } ?? false
          try shell.handle(next.signal, machine: &machine, fds: inv.fds)
          if trapped { return 128 + next.signal.rawValue }
          continue
        }
      }
      if let end {
        try machine.advance(to: end)
        break
      }
      // A job that never ends: wait until the deadline (there always is one; without
      // it, give up after a year rather than loop).
      try machine.advance(by: .seconds(86_400 * 365))
      break
    }
    let finished = Set(targets.map(\.pid))
    shell.jobs.removeAll { finished.contains($0.pid) }
    if let last = targets.last,
      let process = machine.kernel.processes.first(where: { $0.pid == last.pid })
    {
      return process.waitStatus
    }
    return 0
  }
}
