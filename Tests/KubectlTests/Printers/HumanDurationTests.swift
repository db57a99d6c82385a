import Container
import Testing

@testable import Kubectl

/// apimachinery's `duration_test.go` vectors (kubectl-formats.md §4 and §7 #30–36).
@Suite struct HumanDurationTests {
  static let second: Int64 = 1000
  static let minute = 60 * second
  static let hour = 60 * minute
  static let day = 24 * hour
  static let year = 365 * day

  static let vectors: [(ms: Int64, expected: String)] = [
    (1 * second, "1s"), (70 * second, "70s"), (190 * second, "3m10s"), (70 * minute, "70m"),
    (47 * hour, "47h"), (49 * hour, "2d1h"),
    (8 * day + 2 * hour, "8d"), (367 * day, "367d"), (2 * year + 25 * hour, "2y1d"),
    (8 * year + 2 * hour, "8y"),
    (-2 * second, "<invalid>"), (-2 * second + 1, "0s"), (0, "0s"), (999, "0s"),
    (2 * minute - 1, "119s"), (2 * minute, "2m"), (2 * minute + second, "2m1s"),
    (10 * minute - 1, "9m59s"),
    (10 * minute, "10m"), (10 * minute + second, "10m"),
    (3 * hour - 1, "179m"), (3 * hour, "3h"), (3 * hour + minute, "3h1m"), (8 * hour - 1, "7h59m"),
    (8 * hour, "8h"), (8 * hour + 59 * minute, "8h"),
    (48 * hour - 1, "47h"), (48 * hour, "2d"), (49 * hour, "2d1h"), (8 * day - 1, "7d23h"),
    (8 * day, "8d"),
    (8 * day + 23 * hour, "8d"),
    (730 * day - 1, "729d"), (730 * day, "2y"), (731 * day, "2y1d"), (8 * year - 1, "7y364d"),
    (8 * year, "8y"),
    (150 * second, "2m30s"), (-1999, "0s"), (-3 * second, "<invalid>"), (10 * year, "10y"),
  ]

  @Test(arguments: vectors)
  func humanDuration(_ vector: (ms: Int64, expected: String)) {
    #expect(HumanDuration.string(.milliseconds(vector.ms)) == vector.expected)
  }

  @Test func ageOfUnsetTimestampIsUnknown() {
    let now = Instant(seconds: 1_736_935_350)
    #expect(HumanDuration.age(of: nil, now: now) == "<unknown>")
    #expect(HumanDuration.age(of: Instant(seconds: 1_736_935_200), now: now) == "2m30s")
    #expect(HumanDuration.age(of: now + .seconds(30), now: now) == "<invalid>")
  }
}
