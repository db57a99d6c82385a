/// A UTC calendar date and time of day, computed from an ``Instant`` with integer arithmetic.
///
/// Uses the proleptic Gregorian calendar (Howard Hinnant's `civil_from_days`), so it is exact
/// for every instant, before 1970 too. No Foundation, no time zones: kubectl's output is in
/// UTC in the simulator (a `TZ=UTC` shell).
public struct CivilTime: Hashable, Sendable {
  public var year: Int64
  /// 1...12.
  public var month: Int
  /// 1...31.
  public var day: Int
  public var hour: Int
  public var minute: Int
  public var second: Int
  /// 0...999.
  public var millisecond: Int
  /// 0 = Sunday ... 6 = Saturday.
  public var weekday: Int

  /// The calendar fields of `instant` in UTC.
  public init(_ instant: Instant) {
    let ms = instant.milliseconds
    let (days, msOfDay) = CivilTime.floorDivide(ms, 86_400_000)
    let secondsOfDay = Int(msOfDay / 1000)
    millisecond = Int(msOfDay % 1000)
    hour = secondsOfDay / 3600
    minute = secondsOfDay / 60 % 60
    second = secondsOfDay % 60
    // 1970-01-01 was a Thursday (4).
    weekday = Int(CivilTime.floorDivide(days + 4, 7).remainder)
    let z = days + 719_468
    let era = CivilTime.floorDivide(z, 146_097).quotient
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
    month = Int(mp < 10 ? mp + 3 : mp - 9)
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// The instant of a UTC date and time; `nil` when a field is out of range.
  public static func instant(
    year: Int64, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    millisecond: Int = 0
  ) -> Instant? {
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
      (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
      (0...999).contains(millisecond), abs(year) <= 1_000_000
    else { return nil }
    let y = month <= 2 ? year - 1 : year
    let era = floorDivide(y, 400).quotient
    let yearOfEra = y - era * 400
    let m = Int64(month)
    let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    let seconds = days * 86400 + Int64(hour * 3600 + minute * 60 + second)
    return Instant(milliseconds: seconds * 1000 + Int64(millisecond))
  }

  /// The number of days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int64) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// English weekday abbreviations as Go (and C's strftime) print them (`Mon`), Sunday first.
  public static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  /// English month abbreviations as Go prints them (`Jan`).
  public static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The weekday abbreviation (`Wed`).
  public var weekdayName: String { CivilTime.weekdayNames[weekday] }
  /// The month abbreviation (`Jan`).
  public var monthName: String { CivilTime.monthNames[month - 1] }

  static func floorDivide(_ a: Int64, _ b: Int64) -> (quotient: Int64, remainder: Int64) {
    let q = a / b
    let r = a % b
    return r < 0 ? (q - 1, r + b) : (q, r)
  }

  /// `value` zero-padded to `width` digits (Go's `%02d` style; the sign goes first).
  public static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
  }

  /// `value` zero-padded to `width` digits (two by default).
  public static func pad(_ value: Int, _ width: Int = 2) -> String { pad(Int64(value), width) }
}
