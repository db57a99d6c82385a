import Cluster
import Container
import Testing

/// The simulator's own record of each container's life, checked on values.
@Suite struct TimelineTests {
  typealias Kind = PodTimeline.Mark.Kind

  /// The kinds of the marks, with the container name (nil: the pod).
  static func steps(_ timeline: PodTimeline?) -> [(String?, Kind)] {
    (timeline?.marks ?? []).map { ($0.container, $0.kind) }
  }

  static func kinds(_ timeline: PodTimeline?) -> [Kind] { steps(timeline).map(\.1) }

  @Test func officialExerciseFromStartToExit() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.advance(by: .seconds(20))
    _ = try cluster.delete(podNamed: "lifecycle-demo", in: "default")
    _ = cluster.advance(
      until: { $0.pod(named: "lifecycle-demo", in: "default") == nil }, limit: .seconds(40))
    let timeline = try #require(cluster.timeline(ofPod: "lifecycle-demo", in: "default"))
    #expect(
      Self.kinds(timeline) == [
        .started, .postStartRunning, .postStartSucceeded, .running, .deleteRequested(grace: 30),
        .preStopRunning, .preStopSucceeded, .stopSignal("QUIT", graceMilliseconds: 30_000),
        .exited(code: 0),
      ])
    #expect(timeline.containers == ["lifecycle-demo-container"])
    #expect(timeline.marks.map(\.at) == timeline.marks.map(\.at).sorted())
    #expect(timeline.marks[4].at == cluster.config.epoch + .seconds(20))
  }

  /// An nginx pod named `name` whose one container `app` has a single exec hook.
  static func nginxPod(_ name: String, hook: String, command: String, grace: Int = 30) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: \(name)
    spec:
      terminationGracePeriodSeconds: \(grace)
      containers:
      - name: app
        image: nginx
        lifecycle:
          \(hook):
            exec:
              command: \(command)
    """
  }

  static let slowStop = nginxPod(
    "slow-stop", hook: "preStop", command: #"["sh", "-c", "sleep 600"]"#, grace: 20)

  /// e2e "preStop sleep cut by a shorter grace": the hook is abandoned at the end of the grace
  /// period and the stop signal gets the 2 s floor.
  @Test func hungPreStopIsCutAtTheGracePeriod() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.slowStop))
    cluster.advance(by: .seconds(10))
    _ = try cluster.delete(podNamed: "slow-stop", in: "default")
    cluster.advance(by: .seconds(40))
    let timeline = try #require(cluster.timeline(ofPod: "slow-stop", in: "default"))
    #expect(
      Self.kinds(timeline) == [
        .started, .running, .deleteRequested(grace: 20), .preStopRunning, .preStopCut,
        .stopSignal("QUIT", graceMilliseconds: 2000), .exited(code: 0),
      ])
    let running = try #require(timeline.marks.first { $0.kind == .preStopRunning })
    let cut = try #require(timeline.marks.first { $0.kind == .preStopCut })
    #expect(cut.at - running.at == .seconds(20))
  }

  @Test func failedPostStartKillsEachInstance() throws {
    var cluster = Cluster()
    _ = try cluster.create(
      try Fixtures.pod(Self.nginxPod("bad-hook", hook: "postStart", command: #"["/bin/false"]"#)))
    cluster.advance(by: .seconds(20))
    let kinds = Self.kinds(cluster.timeline(ofPod: "bad-hook", in: "default"))
    let instance: [Kind] = [
      .started, .postStartRunning, .postStartFailed, .stopSignal("QUIT", graceMilliseconds: 30_000),
      .exited(code: 0),
    ]
    #expect(Array(kinds.prefix(10)) == instance + instance)
    #expect(!kinds.contains(.running), "a container whose postStart failed never counts as running")
  }

  /// A force delete removes the object at once; the kubelet still runs preStop and stops the
  /// container with the 1 s grace it never goes below, plus the 2 s floor.
  @Test func forceDeleteStillStopsTheContainer() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.advance(by: .seconds(20))
    _ = try cluster.delete(podNamed: "lifecycle-demo", in: "default", gracePeriod: 0)
    #expect(cluster.pod(named: "lifecycle-demo", in: "default") == nil)
    cluster.advance(by: .seconds(20))
    let kinds = Self.kinds(cluster.timeline(ofPod: "lifecycle-demo", in: "default"))
    let delete = try #require(kinds.firstIndex(of: .deleteRequested(grace: 0)))
    #expect(
      Array(kinds[delete...]) == [
        .deleteRequested(grace: 0), .preStopRunning, .preStopSucceeded,
        .stopSignal("QUIT", graceMilliseconds: 2_000), .exited(code: 0),
      ])
    #expect(cluster.pod(named: "lifecycle-demo", in: "default") == nil)
    #expect(cluster.events(in: "default").contains { $0.reason == "Killing" })
  }

  /// Deleting an unscheduled pod ends its record at once: nothing ever ran.
  @Test func deletingAnUnscheduledPodEndsTheRecord() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Fixtures.lifecycleDemo))
    _ = try cluster.delete(podNamed: "lifecycle-demo", in: "default")
    let kinds = Self.kinds(cluster.timeline(ofPod: "lifecycle-demo", in: "default"))
    #expect(kinds == [.deleteRequested(grace: 0), .removed])
  }

  /// A container that exits while its preStop runs ends the hook too (the exec fails).
  @Test func exitDuringPreStopClosesTheHook() throws {
    var cluster = Cluster()
    _ = try cluster.create(
      try Fixtures.pod(
        Self.nginxPod("quits", hook: "preStop", command: #"["sh", "-c", "nginx -s quit; sleep 5"]"#)
      ))
    cluster.advance(by: .seconds(10))
    _ = try cluster.delete(podNamed: "quits", in: "default")
    cluster.advance(by: .seconds(40))
    let kinds = Self.kinds(cluster.timeline(ofPod: "quits", in: "default"))
    let hook = try #require(kinds.firstIndex(of: .preStopRunning))
    let exit = try #require(
      kinds.firstIndex {
        if case .exited = $0 { true } else { false }
      })
    let ends: [Kind] = [.preStopFailed, .preStopSucceeded, .preStopCut]
    #expect(kinds[hook..<exit].contains { ends.contains($0) }, "\(kinds)")
  }

  /// `--grace-period` accepts any int64: the largest one must not trap anywhere.
  @Test func largestGracePeriodDoesNotCrash() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.slowStop))
    cluster.advance(by: .seconds(10))
    _ = try cluster.delete(podNamed: "slow-stop", in: "default", gracePeriod: .max)
    cluster.advance(by: .seconds(60))
    let pod = try #require(cluster.pod(named: "slow-stop", in: "default"))
    #expect(pod.isTerminating)
    #expect(
      Self.kinds(cluster.timeline(ofPod: "slow-stop", in: "default")).suffix(2) == [
        .deleteRequested(grace: .max), .preStopRunning,
      ])
  }

  @Test func outlivesThePodAndIsReplacedByTheNextOfTheSameName() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.advance(by: .seconds(20))
    _ = try cluster.delete(podNamed: "lifecycle-demo", in: "default", gracePeriod: 0)
    #expect(cluster.pod(named: "lifecycle-demo", in: "default") == nil)
    #expect(
      Self.kinds(cluster.timeline(ofPod: "lifecycle-demo", in: "default")).last
        == .deleteRequested(grace: 0))
    _ = try cluster.create(try Fixtures.pod(Fixtures.lifecycleDemo))
    let fresh = try #require(cluster.timeline(ofPod: "lifecycle-demo", in: "default"))
    #expect(fresh.marks.isEmpty)
    #expect(fresh.createdAt == cluster.now)
    #expect(cluster.timeline(ofPod: "other", in: "default") == nil)
    // The old pod's containers are still being stopped: none of that lands in the new record.
    cluster.advance(by: .seconds(10))
    let later = Self.kinds(cluster.timeline(ofPod: "lifecycle-demo", in: "default"))
    #expect(!later.contains(.preStopRunning))
    #expect(later.first == .started)
  }
}
