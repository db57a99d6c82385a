/// A point on the simulation's virtual clock, in milliseconds since the Unix epoch.
///
/// Nothing in the core reads the wall clock: every `Instant` is computed from the simulation's
/// fixed epoch (or, interactively, from a wall time the shell passes in). Millisecond resolution
/// is what kubectl and the kubelet show (`Successfully pulled image "nginx" in 3.951s`).
public struct Instant: Comparable, Hashable, Sendable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var milliseconds: Int64

  /// Creates an instant from milliseconds since the Unix epoch.
  public init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  /// Creates an instant from whole seconds since the Unix epoch.
  public init(seconds: Int64) {
    self.milliseconds = seconds * 1000
  }

  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  public static func + (lhs: Instant, rhs: Duration) -> Instant {
    Instant(milliseconds: saturating(lhs.milliseconds, rhs.wholeMilliseconds))
  }

  public static func - (lhs: Instant, rhs: Duration) -> Instant {
    Instant(milliseconds: saturating(lhs.milliseconds, -max(rhs.wholeMilliseconds, -Int64.max)))
  }

  public static func - (lhs: Instant, rhs: Instant) -> Duration {
    .milliseconds(lhs.milliseconds - rhs.milliseconds)
  }

  public static func += (lhs: inout Instant, rhs: Duration) {
    lhs = lhs + rhs
  }

  /// Addition that stops at the ends of the clock instead of trapping: a grace period of
  /// `Int64.max` seconds is valid input and must not crash the simulator.
  static func saturating(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b < 0 ? .min : .max) : sum
  }

  /// Whole seconds since the Unix epoch, rounded toward negative infinity.
  public var unixSeconds: Int64 {
    milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
  }

  public var description: String { "Instant(\(milliseconds)ms)" }
}

extension Duration {
  /// The duration in whole milliseconds, truncated toward zero; saturates at the Int64 range.
  public var wholeMilliseconds: Int64 {
    let (seconds, attoseconds) = components
    let (milliseconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
    if overflow { return seconds < 0 ? .min : .max }
    return Instant.saturating(milliseconds, attoseconds / 1_000_000_000_000_000)
  }
}
