import Container
import Kubectl

/// The ``Pacer`` of the interactive shell: a blocking command takes as long as it would on a
/// real cluster, at the shell's speed, shows a quiet indicator while it waits, streams what it
/// prints (a watch's rows) and stops on Ctrl-C.
///
/// Built by ``ShellSession`` for one command, anchored where the virtual and the wall clock
/// stood when the command started, so that many small waits (a watch) never drift.
struct LivePacer: Pacer {
  var clock: any WallClock
  var speed: Double
  var terminal: any LiveTerminal
  /// Whether pending output goes to the terminal as it comes (false when it is redirected).
  var streams: Bool
  /// The wall time the command started at.
  var wallStart: Instant
  /// The virtual time the command started at.
  var virtualStart: Instant
  /// The words of the indicator.
  var strings: UIStrings
  /// What the command may still stream to the terminal.
  var budget = StreamBudget()

  /// How long a wait goes on before the indicator appears: short waits stay silent.
  static let indicatorDelay: Duration = .milliseconds(400)
  /// How often the wait wakes up to check Ctrl-C and redraw.
  static let tick: Duration = .milliseconds(50)

  func wait(
    from now: Instant, until target: Instant?, for activity: WaitActivity,
    pending: inout CommandOutput
  ) -> Instant? {
    if streams {
      for chunk in pending.chunks {
        let shown = budget.admit(strings.text(of: chunk))
        if !shown.isEmpty { terminal.write(shown, to: chunk.stream) }
      }
      pending.chunks.removeAll()
    }
    while true {
      let wall = clock.now()
      let virtual = max(now, virtualTime(at: wall))
      if terminal.interrupted() {
        return min(virtual, target ?? virtual)
      }
      if let target, virtual >= target { return nil }
      let waited = wall - wallStart
      if waited >= Self.indicatorDelay {
        terminal.indicate(strings.waiting(for: activity, elapsed: virtual - virtualStart))
      }
      var step = Self.tick
      if let target {
        // Wake exactly when the target comes, not up to a tick later.
        let remaining = Duration.milliseconds(
          Int64((Double((target - virtual).wholeMilliseconds) / speed).rounded(.up)))
        step = min(step, max(remaining, .milliseconds(1)))
      }
      terminal.pause(step)
    }
  }

  /// The virtual time that corresponds to `wall`.
  func virtualTime(at wall: Instant) -> Instant {
    let elapsed = Double((wall - wallStart).wholeMilliseconds) * speed
    return virtualStart + .milliseconds(Int64(min(max(elapsed, 0), 1e15)))
  }
}
