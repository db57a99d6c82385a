import Container

/// A `metav1.Time`: an instant that serialises as an RFC 3339 UTC string with second precision.
public struct KubeTime: Codable, Hashable, Sendable, Comparable {
  /// The instant, truncated to whole seconds as the API server stores it.
  public var instant: Instant

  /// Creates a time from an instant, dropping the sub-second part as the API server does.
  public init(_ instant: Instant) {
    self.instant = Instant(seconds: instant.unixSeconds)
  }

  public static func < (lhs: KubeTime, rhs: KubeTime) -> Bool { lhs.instant < rhs.instant }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let instant = RFC3339.parse(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "parsing time \"\(text)\" as RFC3339")
    }
    self.instant = instant
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(RFC3339.format(instant))
  }
}

/// A `metav1.MicroTime`: like ``KubeTime`` but printed with microseconds (`2025-01-15T10:00:00.123456Z`).
public struct KubeMicroTime: Codable, Hashable, Sendable {
  public var instant: Instant

  public init(_ instant: Instant) { self.instant = instant }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let instant = RFC3339.parse(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "parsing time \"\(text)\" as RFC3339")
    }
    self.instant = instant
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(RFC3339.formatMicro(instant))
  }
}

extension RFC3339 {
  /// RFC 3339 with nanoseconds, as `kubectl logs --timestamps` prints them.
  public static func formatNano(_ instant: Instant) -> String {
    let base = format(Instant(seconds: instant.unixSeconds))
    let millis = instant.milliseconds - instant.unixSeconds * 1000
    let digits = String(millis)
    return String(base.dropLast()) + "." + String(repeating: "0", count: 3 - digits.count) + digits
      + "000000Z"
  }
}

extension ContainerSpec: GoTypeNamed {
  public static var goTypeName: String { "Container" }
}

extension KubeTime: GoTypeNamed {
  public static var goTypeName: String { "Time" }
}
