/// Go's `time.Duration.String()` for millisecond-resolution durations, as in kubelet messages
/// (`Successfully pulled image "nginx" in 3.951s (3.951s including waiting)`).
///
/// `0s`, `229ms`, `1.2s`, `3.951s`, `2m0s`, `1m21.284s`, `1h0m0s`; negative values get `-`.
public enum GoDuration {
  /// The Go spelling of `duration`, truncated to whole milliseconds.
  public static func string(_ duration: Duration) -> String {
    let ms = duration.wholeMilliseconds
    if ms == 0 { return "0s" }
    let sign = ms < 0 ? "-" : ""
    let magnitude = ms.magnitude
    if magnitude < 1000 { return sign + "\(magnitude)ms" }
    let totalSeconds = magnitude / 1000
    let fraction = magnitude % 1000
    var secondsText = String(totalSeconds % 60)
    if fraction > 0 {
      var digits = String(fraction)
      digits = String(repeating: "0", count: 3 - digits.count) + digits
      while digits.hasSuffix("0") { digits.removeLast() }
      secondsText += "." + digits
    }
    secondsText += "s"
    let totalMinutes = totalSeconds / 60
    if totalMinutes == 0 { return sign + secondsText }
    let hours = totalMinutes / 60
    let minutesText = "\(totalMinutes % 60)m"
    if hours == 0 { return sign + minutesText + secondsText }
    return sign + "\(hours)h" + minutesText + secondsText
  }
}
