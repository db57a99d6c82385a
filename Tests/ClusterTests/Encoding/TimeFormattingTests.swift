import Container
import Testing

@testable import Cluster

@Suite struct TimeFormattingTests {
  /// 2025-01-15T10:00:05Z, a Wednesday.
  static let sample = Instant(seconds: 1_736_935_205)

  @Test func formatsTheSampleInstant() {
    #expect(RFC3339.format(Self.sample) == "2025-01-15T10:00:05Z")
    #expect(Self.sample.rfc3339 == "2025-01-15T10:00:05Z")
    #expect(Self.sample.rfc1123Z == "Wed, 15 Jan 2025 10:00:05 +0000")
    #expect(CivilTime(Self.sample).nginxErrorLog == "2025/01/15 10:00:05")
    #expect(CivilTime(Self.sample).commonLog == "15/Jan/2025:10:00:05 +0000")
    #expect(RFC3339.formatMicro(Self.sample + .milliseconds(123)) == "2025-01-15T10:00:05.123000Z")
    #expect(RFC3339.format(Self.sample + .milliseconds(999)) == "2025-01-15T10:00:05Z")
  }

  @Test(arguments: [
    (Int64(0), "1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 +0000"),
    (-1, "1969-12-31T23:59:59Z", "Wed, 31 Dec 1969 23:59:59 +0000"),
    (951_782_400, "2000-02-29T00:00:00Z", "Tue, 29 Feb 2000 00:00:00 +0000"),
    (1_757_926_800, "2025-09-15T09:00:00Z", "Mon, 15 Sep 2025 09:00:00 +0000"),
    (4_102_444_799, "2099-12-31T23:59:59Z", "Thu, 31 Dec 2099 23:59:59 +0000"),
    (-62_135_596_800, "0001-01-01T00:00:00Z", "Mon, 01 Jan 0001 00:00:00 +0000"),
  ])
  func civilConversion(_ vector: (Int64, String, String)) {
    let instant = Instant(seconds: vector.0)
    #expect(instant.rfc3339 == vector.1)
    #expect(instant.rfc1123Z == vector.2)
    #expect(RFC3339.parse(vector.1) == instant)
  }

  /// The digit-by-digit formatting against the padded pieces it replaced, across years of
  /// one to five digits and every field's extremes.
  @Test(arguments: [
    Int64(0), -1, 59, 86_399, 951_782_400, 1_736_935_205, 4_102_444_799, -62_135_596_800,
    -62_135_596_801, 253_402_300_799, 253_402_300_800, -62_198_755_200,
  ])
  func digitsAsPaddedPieces(_ seconds: Int64) {
    for milliseconds in [0, 7, 123, 999] as [Int64] {
      let instant = Instant(seconds: seconds) + .milliseconds(milliseconds)
      let t = CivilTime(instant)
      #expect(
        RFC3339.format(instant) == RFC3339.datePart(t) + "T" + RFC3339.timePart(t) + "Z")
      #expect(
        RFC3339.formatMicro(instant)
          == RFC3339.datePart(t) + "T" + RFC3339.timePart(t) + "."
          + CivilTime.pad(t.millisecond, 3) + "000Z")
    }
  }

  @Test func parsesZonesAndFractions() {
    #expect(RFC3339.parse("2025-01-15T12:00:05+02:00") == Self.sample)
    #expect(RFC3339.parse("2025-01-15T09:30:05-00:30") == Self.sample)
    #expect(RFC3339.parse("2025-01-15T10:00:05.123456Z") == Self.sample + .milliseconds(123))
    #expect(RFC3339.parse("2025-01-15T10:00:05.1Z") == Self.sample + .milliseconds(100))
  }

  @Test(arguments: [
    "", "2025-01-15", "2025-01-15T10:00:05", "2025-01-15t10:00:05Z", "2025-01-15T10:00:05z",
    "2025-1-15T10:00:05Z",
    "2025-02-30T10:00:00Z", "2025-13-01T00:00:00Z", "2025-01-15T24:00:00Z", "2025-01-15T10:00:05.Z",
    "2025-01-15T10:00:05+0200", "2025-01-15T10:00:05Zjunk", "２０２５-01-15T10:00:05Z",
  ])
  func rejectsWhatGoRejects(_ text: String) {
    #expect(RFC3339.parse(text) == nil)
  }

  @Test func civilFieldsRoundTrip() {
    var instant = Instant(seconds: -5_000_000_000)
    while instant.milliseconds < 5_000_000_000_000 {
      let t = CivilTime(instant)
      #expect(
        CivilTime.instant(
          year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute,
          second: t.second,
          millisecond: t.millisecond) == instant)
      instant += .milliseconds(86_400_000 * 37 + 3_723_456)
    }
    #expect(CivilTime.instant(year: 2025, month: 2, day: 29) == nil)
    #expect(CivilTime.instant(year: 2024, month: 2, day: 29) != nil)
  }
}
