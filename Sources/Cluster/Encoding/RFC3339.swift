import Container

/// RFC 3339 timestamps as the API server writes and reads them (`metav1.Time`, `MicroTime`).
public enum RFC3339 {
  /// `2025-01-15T10:00:05Z`: UTC, whole seconds (`metav1.Time`; sub-seconds are dropped).
  public static func format(_ instant: Instant) -> String {
    let t = CivilTime(instant)
    // Written digit by digit for the usual four-digit years: `-o yaml` on a list of pods
    // formats thousands of timestamps, and the padded pieces cost a string each.
    guard (0...9999).contains(t.year) else { return datePart(t) + "T" + timePart(t) + "Z" }
    return String(unsafeUninitializedCapacity: 20) { buffer in
      writeDigits(t, into: buffer)
      buffer[19] = UInt8(ascii: "Z")
      return 20
    }
  }

  /// `2025-01-15T10:00:05.123000Z`: UTC with six fraction digits (`metav1.MicroTime`).
  public static func formatMicro(_ instant: Instant) -> String {
    let t = CivilTime(instant)
    guard (0...9999).contains(t.year) else {
      return datePart(t) + "T" + timePart(t) + "." + CivilTime.pad(t.millisecond, 3) + "000Z"
    }
    return String(unsafeUninitializedCapacity: 27) { buffer in
      writeDigits(t, into: buffer)
      buffer[19] = UInt8(ascii: ".")
      put(t.millisecond, digits: 3, at: 20, into: buffer)
      for i in 23..<26 { buffer[i] = UInt8(ascii: "0") }
      buffer[26] = UInt8(ascii: "Z")
      return 27
    }
  }

  /// `YYYY-MM-DDTHH:MM:SS` into the first 19 bytes (a year of four digits at most).
  private static func writeDigits(_ t: CivilTime, into buffer: UnsafeMutableBufferPointer<UInt8>) {
    put(Int(t.year), digits: 4, at: 0, into: buffer)
    buffer[4] = UInt8(ascii: "-")
    put(t.month, digits: 2, at: 5, into: buffer)
    buffer[7] = UInt8(ascii: "-")
    put(t.day, digits: 2, at: 8, into: buffer)
    buffer[10] = UInt8(ascii: "T")
    put(t.hour, digits: 2, at: 11, into: buffer)
    buffer[13] = UInt8(ascii: ":")
    put(t.minute, digits: 2, at: 14, into: buffer)
    buffer[16] = UInt8(ascii: ":")
    put(t.second, digits: 2, at: 17, into: buffer)
  }

  /// `value`'s last `digits` decimal digits, zero-padded, at `offset`.
  private static func put(
    _ value: Int, digits: Int, at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) {
    var rest = value
    for i in stride(from: offset + digits - 1, through: offset, by: -1) {
      buffer[i] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }

  /// Parses Go's `time.RFC3339` layout: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
  ///
  /// Fractions beyond milliseconds are truncated. Returns `nil` for anything else (lower-case
  /// `t`/`z`, missing zone, out-of-range fields), as `time.Parse` fails on them.
  public static func parse(_ text: String) -> Instant? {
    let b = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= b.count else { return nil }
      var value = 0
      for i in range {
        guard b[i] >= 48, b[i] <= 57 else { return nil }
        value = value * 10 + Int(b[i] - 48)
      }
      return value
    }
    func byte(_ i: Int, _ c: Character) -> Bool { i < b.count && b[i] == c.asciiValue }
    guard let year = number(0..<4), byte(4, "-"), let month = number(5..<7), byte(7, "-"),
      let day = number(8..<10), byte(10, "T"), let hour = number(11..<13), byte(13, ":"),
      let minute = number(14..<16), byte(16, ":"), let second = number(17..<19)
    else { return nil }
    var i = 19
    var millisecond = 0
    if byte(i, ".") || byte(i, ",") {
      i += 1
      let start = i
      while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
      guard i > start else { return nil }
      for (k, index) in (start..<min(i, start + 3)).enumerated() {
        millisecond += Int(b[index] - 48) * [100, 10, 1][k]
      }
    }
    var offsetSeconds = 0
    if byte(i, "Z") {
      i += 1
    } else if byte(i, "+") || byte(i, "-") {
      let sign = byte(i, "-") ? -1 : 1
      guard let oh = number((i + 1)..<(i + 3)), byte(i + 3, ":"),
        let om = number((i + 4)..<(i + 6)),
        oh < 24, om < 60
      else { return nil }
      offsetSeconds = sign * (oh * 3600 + om * 60)
      i += 6
    } else {
      return nil
    }
    guard i == b.count,
      let local = CivilTime.instant(
        year: Int64(year), month: month, day: day, hour: hour, minute: minute, second: second,
        millisecond: millisecond)
    else { return nil }
    return Instant(milliseconds: local.milliseconds - Int64(offsetSeconds) * 1000)
  }

  static func datePart(_ t: CivilTime) -> String {
    CivilTime.pad(t.year, 4) + "-" + CivilTime.pad(t.month, 2) + "-" + CivilTime.pad(t.day, 2)
  }

  static func timePart(_ t: CivilTime) -> String {
    CivilTime.pad(t.hour, 2) + ":" + CivilTime.pad(t.minute, 2) + ":" + CivilTime.pad(t.second, 2)
  }
}

extension Instant {
  /// RFC 3339 in UTC with whole seconds (`2025-01-15T10:00:05Z`), as in `-o yaml`.
  public var rfc3339: String { RFC3339.format(self) }

  /// Go's `time.RFC1123Z` in UTC (`Wed, 15 Jan 2025 10:00:05 +0000`), as in `describe`.
  public var rfc1123Z: String {
    let t = CivilTime(self)
    return t.weekdayName + ", " + CivilTime.pad(t.day, 2) + " " + t.monthName + " "
      + CivilTime.pad(t.year, 4)
      + " " + RFC3339.timePart(t) + " +0000"
  }
}
