/// Parses Go duration strings as kubectl flags take them (`30s`, `1m30s`, `500ms`, `2h`).
enum DurationParser {
  /// Go's `time.Duration` is int64 nanoseconds (about 290 years): a longer text is an invalid
  /// duration, in milliseconds here.
  static let maximumMilliseconds = Double(Int64.max) / 1_000_000

  static func parse(_ text: String) -> Duration? {
    if text == "0" { return .zero }
    var total: Int64 = 0
    var number = ""
    var unit = ""
    var parsedAny = false
    func commit() -> Bool {
      guard let value = Double(number) else { return false }
      let factor: Double
      switch unit {
      case "ns": factor = 0.000_001
      case "us", "µs": factor = 0.001
      case "ms": factor = 1
      case "s": factor = 1000
      case "m": factor = 60_000
      case "h": factor = 3_600_000
      default: return false
      }
      let milliseconds = value * factor
      guard milliseconds <= maximumMilliseconds - Double(total) else { return false }
      total += Int64(milliseconds)
      number = ""
      unit = ""
      parsedAny = true
      return true
    }
    for c in text {
      if c.isNumber || c == "." {
        if !unit.isEmpty { guard commit() else { return nil } }
        number.append(c)
      } else {
        guard !number.isEmpty else { return nil }
        unit.append(c)
      }
    }
    guard !number.isEmpty, commit(), parsedAny else { return nil }
    return .milliseconds(total)
  }
}
