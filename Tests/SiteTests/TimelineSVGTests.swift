import Cluster
import Container
import Testing

@testable import Site

@Suite struct TimelineSVGTests {
  /// Lesson 4's cut-off step: `delete --grace-period=5` on a Pod whose preStop wants longer.
  static func cutOff() throws -> TimelineSnapshot {
    let lesson = try #require(SiteFixtures.catalog.lesson("prestop-grace-period"))
    let transcripts = try TranscriptRunner.run(lesson).get()
    let snapshots = try #require(transcripts.sections["cut-off"]).flatMap(\.timelines)
    return try #require(snapshots.first { $0.timeline.podName == "hooks-pod" })
  }

  @Test func theStretchesReadTheTimelineAsTheShellDoes() throws {
    let snapshot = try Self.cutOff()
    let rows = TimelineSVG.rows(snapshot.timeline, now: snapshot.now)
    let row = try #require(rows.first)
    let origin = snapshot.timeline.createdAt
    let states = row.stretches.map(\.state)
    #expect(states.first == .postStart || states.first == .running)
    #expect(states.contains(.preStop))
    // The kubelet cuts the preStop when its 5 s run out; nginx then stops on SIGTERM.
    let preStop = try #require(row.stretches.first { $0.state == .preStop })
    #expect(preStop.to.milliseconds - preStop.from.milliseconds == 5000)
    let stopping = try #require(row.stretches.first { $0.state == .stopping })
    #expect(stopping.from == preStop.to)
    #expect(row.stamps.map(\.1) == [.exited])
    let windows = snapshot.timeline.graceWindows
    #expect(windows.count == 1)
    #expect(windows.first.map { $0.to.milliseconds - $0.from.milliseconds } == 5000)
    #expect(row.stretches.allSatisfy { $0.from >= origin && $0.from < $0.to })
  }

  @Test func theSVGNamesItselfAndItsStates() throws {
    let snapshot = try Self.cutOff()
    let svg = TimelineSVG.render(
      snapshot.timeline, now: snapshot.now,
      labels: ["title": "Pod {pod} 的时间线", "prestop": "preStop 运行中"], id: "t1")
    #expect(
      svg.hasPrefix(
        "<svg class=\"timeline\" id=\"t1\" role=\"img\" aria-label=\"Pod hooks-pod 的时间线\""))
    #expect(svg.contains("<rect class=\"tl-prestop\""))
    #expect(svg.contains("<title>preStop 运行中 "))
    #expect(svg.contains("class=\"tl-grace\""))
    #expect(svg.hasSuffix("</svg>"))
  }

  @Test(arguments: [(3.0, 1.0), (40.0, 5.0), (100.0, 15.0), (3000.0, 600.0)])
  func ticksAreRound(seconds: Double, step: Double) {
    #expect(TimelineSVG.tickStep(seconds) == step)
  }
}
