import Container
import TestSupport
import Testing

@testable import Cluster

/// The work one outer command may cost the containers (``Cluster/limitWork(to:)``): past it
/// the clock stops after the task that used it up, and lifting the bound goes on as if it had
/// never stopped.
@Suite struct WorkLimitTests {
  static func ticking() throws -> Pod { try Fixtures.pod(Manifests.ticker) }

  @Test func theClockStopsWhereTheWorkRanOut() throws {
    var limited = Cluster()
    _ = try limited.create(Self.ticking())
    let start = limited.now
    limited.limitWork(to: 1000)
    limited.advance(by: .seconds(3600))
    #expect(limited.workExhausted)
    #expect(limited.now < start + .seconds(60))
    let stopped = limited.now
    limited.advance(by: .seconds(60))
    #expect(limited.now == stopped, "time stays stopped until more work is allowed")
    let met = limited.advance(until: { _ in false }, limit: .seconds(60))
    #expect(!met)
    #expect(limited.now == stopped)

    limited.limitWork(to: nil)
    #expect(!limited.workExhausted)
    limited.advance(to: start + .seconds(3600))
    var unlimited = Cluster()
    _ = try unlimited.create(Self.ticking())
    unlimited.advance(by: .seconds(3600))
    #expect(limited.now == unlimited.now)
    #expect(limited.pods(in: nil) == unlimited.pods(in: nil))
    #expect(limited.events(in: nil) == unlimited.events(in: nil))
    #expect(
      try limited.logs(pod: "ticker", namespace: "default", container: "c", previous: false)
        == unlimited.logs(pod: "ticker", namespace: "default", container: "c", previous: false))
  }

  @Test func ordinaryWorkStaysWellInsideTheBound() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.limitWork(to: ClusterLimits.commandsPerOuterCommand)
    cluster.advance(by: .seconds(7 * 86_400))
    #expect(!cluster.workExhausted)
  }
}
