/// The timestamp formats the simulated programs print, from one UTC calendar breakdown.
extension CivilTime {
  /// nginx error-log time: `2025/01/15 10:00:05`.
  public var nginxErrorLog: String {
    "\(year)/\(Self.pad(month))/\(Self.pad(day)) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))"
  }

  /// The start of an nginx error-log line: `2025/01/15 10:00:05 [notice] 1#1: `.
  public func nginxErrorLogPrefix(_ level: String, pid: Int32) -> String {
    "\(nginxErrorLog) [\(level)] \(pid)#\(pid): "
  }

  /// Common Log Format time: `15/Jan/2025:10:00:10 +0000`.
  public var commonLog: String {
    "\(Self.pad(day))/\(monthName)/\(year):\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) +0000"
  }

  /// gunicorn's log time: `2025-01-15 10:00:05 +0000`.
  public var gunicornLog: String {
    "\(year)-\(Self.pad(month))-\(Self.pad(day)) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) +0000"
  }

  /// `date`'s default output in the C locale: `Wed Jan 15 10:00:05 UTC 2025`.
  public var dateCommand: String {
    "\(weekdayName) \(monthName) \(day < 10 ? " " : "")\(day) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) UTC \(year)"
  }

  /// HTTP `Date` header: `Wed, 15 Jan 2025 10:00:05 GMT`.
  public var httpDate: String {
    "\(weekdayName), \(Self.pad(day)) \(monthName) \(year) \(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second)) GMT"
  }
}
