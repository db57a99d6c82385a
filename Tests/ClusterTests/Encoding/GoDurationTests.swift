import Testing

@testable import Cluster

/// Go's `time.Duration.String()` at millisecond resolution (kubelet pull messages).
@Suite struct GoDurationTests {
  static let vectors: [(ms: Int64, expected: String)] = [
    (0, "0s"), (1, "1ms"), (229, "229ms"), (999, "999ms"), (1000, "1s"), (1200, "1.2s"),
    (3951, "3.951s"),
    (3050, "3.05s"), (59_999, "59.999s"), (60_000, "1m0s"), (81_284, "1m21.284s"),
    (120_000, "2m0s"),
    (3_600_000, "1h0m0s"), (3_661_001, "1h1m1.001s"), (90_000_000, "25h0m0s"), (-1500, "-1.5s"),
    (-5, "-5ms"),
  ]

  @Test(arguments: vectors)
  func goDuration(_ vector: (ms: Int64, expected: String)) {
    #expect(GoDuration.string(.milliseconds(vector.ms)) == vector.expected)
  }

  @Test func subMillisecondPartsAreTruncated() {
    #expect(GoDuration.string(.microseconds(3_951_999)) == "3.951s")
  }
}
