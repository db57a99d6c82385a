import Testing

@testable import Cluster

/// The lifecycle's timing table and the kubelet's fixed rules, as values.
@Suite struct StageTableTests {
  @Test(arguments: Stage.allCases)
  func everyTransitionTakesAPositiveBoundedTime(_ stage: Stage) {
    #expect(stage.timing.lowerBound > 0)
    // Component latencies, not waits: none of them takes more than a few seconds.
    #expect(stage.timing.upperBound <= 2_000)
  }

  /// 10 s, doubling, capped at 5 min: the schedule the kubelet's crash back-off follows.
  @Test func crashBackOffSchedule() {
    var current = Duration.zero
    var schedule: [Int64] = []
    for _ in 0..<8 {
      current = KubeletRules.nextBackOff(
        after: current, initial: KubeletRules.crashBackOffInitial,
        max: KubeletRules.crashBackOffMax)
      schedule.append(current.wholeMilliseconds / 1000)
    }
    #expect(schedule == [10, 20, 40, 80, 160, 300, 300, 300])
  }

  /// The same seed gives the same delays: transcripts are reproducible.
  @Test func delaysAreDrawnFromTheSeededGenerator() {
    var a = Cluster()
    var b = Cluster()
    let first = Stage.allCases.map { a.delay($0) }
    let second = Stage.allCases.map { b.delay($0) }
    #expect(first == second)
    for (stage, delay) in zip(Stage.allCases, first) {
      #expect(stage.timing.contains(delay.wholeMilliseconds))
    }
  }
}
