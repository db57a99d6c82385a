import Container

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real wall clock: used only by the interactive shell.
///
/// Starts at the real time (`CLOCK_REALTIME`) and then moves with `CLOCK_MONOTONIC`, so that
/// the simulated clock keeps pace with the learner even if the system clock is reset meanwhile.
public struct SystemWallClock: WallClock {
  private let startRealtime: Int64
  private let startMonotonic: Int64

  public init() {
    startRealtime = Self.milliseconds(CLOCK_REALTIME)
    startMonotonic = Self.milliseconds(CLOCK_MONOTONIC)
  }

  public func now() -> Instant {
    Instant(milliseconds: startRealtime + Self.milliseconds(CLOCK_MONOTONIC) - startMonotonic)
  }

  private static func milliseconds(_ clock: clockid_t) -> Int64 {
    var spec = timespec()
    clock_gettime(clock, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
  }
}
