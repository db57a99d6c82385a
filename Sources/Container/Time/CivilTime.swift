/// A UTC calendar breakdown of an `Instant`, with the timestamp formats programs print.
public struct CivilTime: Equatable, Sendable {
    /// Year (e.g. 2025).
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of the month, 1–31.
    public var day: Int
    /// Hour, 0–23.
    public var hour: Int
    /// Minute, 0–59.
    public var minute: Int
    /// Second, 0–59.
    public var second: Int
    /// Millisecond, 0–999.
    public var millisecond: Int
    /// 0 = Sunday.
    public var weekday: Int

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// Breaks `instant` down in UTC (proleptic Gregorian calendar).
    public init(_ instant: Instant) {
        let ms = instant.milliseconds
        let totalSeconds = instant.unixSeconds
        millisecond = Int(ms - totalSeconds * 1000)
        var days = totalSeconds >= 0 ? totalSeconds / 86400 : (totalSeconds - 86399) / 86400
        let secondsOfDay = Int(totalSeconds - days * 86400)
        hour = secondsOfDay / 3600
        minute = secondsOfDay / 60 % 60
        second = secondsOfDay % 60
        weekday = Int(((days % 7) + 11) % 7)
        // Howard Hinnant's days-to-civil algorithm.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * mp + 2) / 5 + 1)
        month = Int(mp < 10 ? mp + 3 : mp - 9)
        year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// nginx error-log time: `2025/01/15 10:00:05`.
    public var nginxErrorLog: String {
        "\(year)/\(Self.pad(month))/\(Self.pad(day)) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))"
    }

    /// Common Log Format time: `15/Jan/2025:10:00:10 +0000`.
    public var commonLog: String {
        "\(Self.pad(day))/\(Self.monthNames[month - 1])/\(year):\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) +0000"
    }

    /// gunicorn's log time: `2025-01-15 10:00:05 +0000`.
    public var gunicornLog: String {
        "\(year)-\(Self.pad(month))-\(Self.pad(day)) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) +0000"
    }

    /// `date`'s default output in the C locale: `Wed Jan 15 10:00:05 UTC 2025`.
    public var dateCommand: String {
        "\(Self.dayNames[weekday]) \(Self.monthNames[month - 1]) \(day < 10 ? " " : "")\(day) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) UTC \(year)"
    }

    /// HTTP `Date` header: `Wed, 15 Jan 2025 10:00:05 GMT`.
    public var httpDate: String {
        "\(Self.dayNames[weekday]), \(Self.pad(day)) \(Self.monthNames[month - 1]) \(year) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) GMT"
    }
}
