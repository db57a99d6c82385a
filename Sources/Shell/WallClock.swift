import Container

/// The real time, as the interactive shell's virtual clock follows it.
///
/// Injected so that ``ShellSession`` never reads the wall clock itself: tests pass a clock they
/// move by hand, the executable passes ``SystemWallClock``.
public protocol WallClock: Sendable {
  /// The current wall time.
  func now() -> Instant
}

/// How a ``ShellSession`` moves the simulated clock between lines (DESIGN.md, Time).
public enum ClockMode: Sendable {
  /// Deterministic (`kubetutor run`, tests, the site): each line first advances the clock by
  /// this much, the time it takes to type it (one second).
  case perLine(Duration)
  /// Interactive: the clock follows `clock`, `speed` times as fast, and never goes backwards.
  case wallClock(any WallClock, speed: Double)

  /// The deterministic mode DESIGN.md fixes: one second per line.
  public static let scripted = ClockMode.perLine(.seconds(1))
}
