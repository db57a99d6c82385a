import Container

/// apimachinery's `duration.HumanDuration`: the AGE / LAST SEEN / `(x4 over 2m)` text.
///
/// Units are truncated, never rounded: `119s`, `2m`, `9m59s`, `10m`, `179m`, `3h`, `7h59m`,
/// `47h`, `2d`, `7d23h`, `729d`, `2y`, `7y364d`, `8y`. From 2 s in the future on it is
/// `<invalid>`; less than that in the future is `0s`.
public enum HumanDuration {
  /// The human-readable form of `duration` (millisecond resolution).
  public static func string(_ duration: Duration) -> String {
    let ms = duration.wholeMilliseconds
    let seconds = ms / 1000  // truncates toward zero, like int(d.Seconds())
    if seconds < -1 { return "<invalid>" }
    if seconds < 0 { return "0s" }
    if seconds < 120 { return "\(seconds)s" }
    let minutes = seconds / 60
    if minutes < 10 {
      let s = seconds % 60
      return s == 0 ? "\(minutes)m" : "\(minutes)m\(s)s"
    }
    if minutes < 180 { return "\(minutes)m" }
    let hours = seconds / 3600
    if hours < 8 {
      let m = minutes % 60
      return m == 0 ? "\(hours)h" : "\(hours)h\(m)m"
    }
    if hours < 48 { return "\(hours)h" }
    if hours < 24 * 8 {
      let h = hours % 24
      return h == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(h)h"
    }
    if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
    if hours < 24 * 365 * 8 {
      let days = (hours / 24) % 365
      return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
    }
    return "\(hours / 24 / 365)y"
  }

  /// The age of `timestamp` at `now`, or `<unknown>` when the timestamp is unset (kubectl's `translateTimestampSince`).
  public static func age(of timestamp: Instant?, now: Instant) -> String {
    guard let timestamp else { return "<unknown>" }
    return string(now - timestamp)
  }
}
