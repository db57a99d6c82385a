import Cluster
import Container
import Testing

/// The lifecycle-demo pod through its whole life, checked on API values (never printed text).
@Suite struct LifecycleTests {
  @Test func defaultingMatchesTheAPIServer() throws {
    let cluster = try Fixtures.clusterWithDemo()
    let pod = try #require(cluster.pod(named: "lifecycle-demo", in: "default"))
    #expect(pod.spec.restartPolicy == "Always")
    #expect(pod.spec.terminationGracePeriodSeconds == 30)
    #expect(pod.spec.dnsPolicy == "ClusterFirst")
    #expect(pod.spec.serviceAccountName == "default")
    #expect(pod.spec.containers[0].imagePullPolicy == "Always")
    #expect(pod.spec.containers[0].terminationMessagePath == "/dev/termination-log")
    #expect(
      pod.spec.tolerations?.map(\.key) == [
        "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable",
      ])
    let volume = try #require(pod.spec.volumes?.first)
    #expect(
      volume.name.hasPrefix("kube-api-access-") && volume.name.count == "kube-api-access-".count + 5
    )
    #expect(
      pod.spec.containers[0].volumeMounts?.first?.mountPath
        == "/var/run/secrets/kubernetes.io/serviceaccount")
    #expect(pod.status?.phase == .pending)
  }

  @Test func startsAfterThePostStartHookAndStopsAfterPreStop() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.advance(by: .seconds(1))
    var pod = try #require(cluster.pod(named: "lifecycle-demo", in: "default"))
    #expect(pod.spec.nodeName == "node01")
    #expect(pod.status?.containerStatuses?.first?.state.waiting?.reason == "ContainerCreating")
    #expect(pod.status?.podIP == nil, "no pod IP while the first sync (pull, postStart) runs")

    cluster.advance(by: .seconds(15))
    pod = try #require(cluster.pod(named: "lifecycle-demo", in: "default"))
    #expect(pod.status?.phase == .running)
    #expect(pod.status?.containerStatuses?.first?.ready == true)
    #expect(pod.status?.podIP == "192.168.1.4")
    #expect(pod.status?.condition("Ready")?.status == "True")

    let message = try cluster.exec(
      ["cat", "/usr/share/message"], pod: "lifecycle-demo", namespace: "default", container: nil,
      stdin: "", tty: false, limit: .seconds(10))
    #expect(message.stdout == "Hello from the postStart handler\n")
    #expect(message.exitCode == 0)

    let reasons = cluster.events(about: pod).map(\.reason)
    #expect(reasons == ["Scheduled", "Pulling", "Pulled", "Created", "Started"])

    _ = try cluster.delete(podNamed: "lifecycle-demo", in: "default")
    pod = try #require(cluster.pod(named: "lifecycle-demo", in: "default"))
    #expect(pod.isTerminating)
    #expect(pod.metadata.deletionGracePeriodSeconds == 30)
    let gone = cluster.advance(
      until: { $0.pod(named: "lifecycle-demo", in: "default") == nil }, limit: .seconds(40))
    #expect(gone)
    // nginx quits on the preStop's `nginx -s quit`, long before the 30 s grace period ends.
    #expect(cluster.now - ClusterConfig.defaultEpoch < .seconds(16 + 5))
  }

  @Test func sameSeedSameCluster() throws {
    func run() throws -> String {
      var cluster = try Fixtures.clusterWithDemo()
      cluster.advance(by: .seconds(20))
      let pod = try #require(cluster.pod(named: "lifecycle-demo", in: "default"))
      return try GoJSON.kubectl(try JSONValueEncoder().encode(pod))
    }
    #expect(try run() == run())
  }

  @Test func sleepingPid1IgnoresSigtermAndIsKilledAtTheGraceDeadline() throws {
    var cluster = Cluster()
    let yaml =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: sleeper}\nspec:\n  containers:\n  - name: box\n    image: busybox\n    command: [sh, -c, \"sleep 3600\"]\n"
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(20))
    #expect(cluster.pod(named: "sleeper", in: "default")?.status?.phase == .running)
    let start = cluster.now
    _ = try cluster.delete(podNamed: "sleeper", in: "default")
    _ = cluster.advance(
      until: { $0.pod(named: "sleeper", in: "default") == nil }, limit: .seconds(60))
    let took = cluster.now - start
    #expect(
      took >= .seconds(30) && took < .seconds(33),
      "PID 1 without a handler ignores SIGTERM: \(took)")
  }
}

@Suite struct DefinitionChangeTests {
  @Test func newImageRestartsTheContainerThroughPreStop() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.advance(by: .seconds(15))
    var edited = try Fixtures.pod(
      Fixtures.lifecycleDemo.replacingOccurrences(of: "image: nginx", with: "image: nginx:1.25"))
    edited.metadata.namespace = "default"
    _ = try cluster.update(edited)
    cluster.advance(by: .seconds(15))
    let pod = try #require(cluster.pod(named: "lifecycle-demo", in: "default"))
    let status = try #require(pod.status?.containerStatuses?.first)
    #expect(status.restartCount == 1)
    #expect(status.image == "docker.io/library/nginx:1.25")
    #expect(status.state.running != nil)
    #expect(
      status.lastState.terminated?.exitCode == 0, "nginx quit on the preStop's `nginx -s quit`")
    let killing = cluster.events(about: pod).filter { $0.reason == "Killing" }.map(\.message)
    #expect(killing == ["Container lifecycle-demo-container definition changed, will be restarted"])
  }
}

@Suite struct ShorterDeleteTests {
  static let hanging = """
    apiVersion: v1
    kind: Pod
    metadata: {name: hang}
    spec:
      containers:
      - name: web
        image: nginx
        lifecycle:
          preStop:
            exec:
              command: ["sh", "-c", "while true; do echo preStop; sleep 1; done"]
    """

  @Test func aShorterSecondDeleteCutsTheTerminationShort() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.hanging))
    cluster.advance(by: .seconds(15))
    let first = try cluster.delete(podNamed: "hang", in: "default")
    cluster.advance(by: .seconds(3))
    let second = try cluster.delete(podNamed: "hang", in: "default", gracePeriod: 1)
    // The deadline moves earlier by the difference (30 s − 1 s), never into the past.
    let firstDeadline = try #require(first.metadata.deletionTimestamp?.instant)
    #expect(
      second.metadata.deletionTimestamp?.instant
        == max(firstDeadline - .seconds(29), KubeTime(cluster.now).instant))
    #expect(second.metadata.deletionGracePeriodSeconds == 1)
    let start = cluster.now
    let gone = cluster.advance(
      until: { $0.pod(named: "hang", in: "default") == nil }, limit: .seconds(40))
    #expect(gone)
    #expect(
      cluster.now - start < .seconds(5),
      "the pod went after \(cluster.now - start), not at the old 30 s deadline")
  }

  @Test func aLongerSecondDeleteChangesNothing() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.hanging))
    cluster.advance(by: .seconds(15))
    let first = try cluster.delete(podNamed: "hang", in: "default", gracePeriod: 10)
    let second = try cluster.delete(podNamed: "hang", in: "default", gracePeriod: 20)
    #expect(second.metadata.deletionTimestamp == first.metadata.deletionTimestamp)
    #expect(second.metadata.deletionGracePeriodSeconds == 10)
  }
}

@Suite struct PostStartCancellationAndBackOffTests {
  @Test func deletingDuringAHungPostStartFailsTheHook() throws {
    var cluster = Cluster()
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: stuck}
      spec:
        containers:
        - name: web
          image: nginx
          lifecycle:
            postStart:
              exec:
                command: ["sh", "-c", "sleep 3600"]
      """
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(20))
    let pod = try #require(cluster.pod(named: "stuck", in: "default"))
    #expect(pod.status?.containerStatuses?.first?.state.waiting?.reason == "ContainerCreating")
    #expect(pod.status?.podIP == nil)
    _ = try cluster.delete(podNamed: "stuck", in: "default")
    let gone = cluster.advance(
      until: { $0.pod(named: "stuck", in: "default") == nil }, limit: .seconds(40))
    #expect(gone)
    let messages = cluster.events(in: "default").map { "\($0.reason): \($0.message)" }
    #expect(
      messages.suffix(2) == [
        "FailedPostStartHook: PostStartHook failed", "Killing: FailedPostStartHook",
      ])
  }

  @Test func backOffResetsAfterTenMinutesOfRunning() throws {
    var cluster = Cluster()
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: long}
      spec:
        containers:
        - name: box
          image: busybox
          command: ["sh", "-c", "sleep 700; exit 1"]
      """
    _ = try cluster.create(try Fixtures.pod(yaml))
    func status(_ cluster: Cluster) -> ContainerStatus? {
      cluster.pod(named: "long", in: "default")?.status?.containerStatuses?.first
    }
    // First exit after about 700 s: restarted at once, as every first crash is.
    let restarted = cluster.advance(
      until: { status($0)?.restartCount == 1 && status($0)?.state.running != nil },
      limit: .seconds(800))
    #expect(restarted)
    // Second exit about 700 s later: the container ran for more than 10 minutes, so the
    // back-off starts over and the restart is immediate again instead of waiting 10 s.
    let exitedAgain = cluster.advance(
      until: { status($0)?.state.running == nil }, limit: .seconds(800))
    #expect(exitedAgain)
    cluster.advance(by: .seconds(3))
    let current = try #require(status(cluster))
    #expect(current.restartCount == 2)
    #expect(current.state.running != nil, "no CrashLoopBackOff after a long run: \(current.state)")
  }
}

@Suite struct InitAndMultiContainerTests {
  static func pod(_ yaml: String, after seconds: Int64) throws -> Pod {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(seconds))
    let name = try Fixtures.pod(yaml).name
    return try #require(cluster.pod(named: name, in: "default"))
  }

  static let failingInit = """
    apiVersion: v1
    kind: Pod
    metadata: {name: initfail}
    spec:
      initContainers:
      - {name: setup, image: busybox, command: ["sh", "-c", "sleep 2; exit 3"]}
      containers:
      - {name: web, image: nginx}
    """

  @Test func aFailingInitContainerIsRetriedAndTheAppNeverStarts() throws {
    let pod = try Self.pod(Self.failingInit, after: 60)
    let setup = try #require(pod.status?.initContainerStatuses?.first)
    #expect(setup.restartCount >= 2)
    #expect(pod.status?.containerStatuses?.first?.state.waiting?.reason == "PodInitializing")
    #expect(pod.status?.phase == .pending)
  }

  /// An init container is not ready while it runs, and ready once it exited 0 (the kubelet
  /// marks a completed init container ready).
  @Test(arguments: [(Int64(5), false), (20, true)])
  func anInitContainerIsReadyOnceItCompleted(after seconds: Int64, ready: Bool) throws {
    let pod = try Self.pod(
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: init}
      spec:
        initContainers:
        - {name: slow, image: busybox, command: ["sh", "-c", "sleep 10"]}
        containers:
        - {name: app, image: busybox, command: ["sleep", "3600"]}
      """, after: seconds)
    let status = try #require(pod.status?.initContainerStatuses?.first)
    #expect((status.state.running != nil) == !ready)
    #expect(status.ready == ready)
  }

  @Test func aFailingInitContainerFailsAPodThatNeverRestarts() throws {
    let yaml = Self.failingInit.replacingOccurrences(
      of: "spec:\n", with: "spec:\n  restartPolicy: Never\n")
    let pod = try Self.pod(yaml, after: 60)
    #expect(pod.status?.phase == .failed)
    #expect(pod.status?.initContainerStatuses?.first?.restartCount == 0)
    #expect(pod.status?.containerStatuses?.first?.state.running == nil)
  }

  @Test(arguments: [
    "{name: bad, image: nginx, lifecycle: {postStart: {exec: {command: [missing-command]}}}}",
    "{name: bad, image: ngnix}",
  ])
  func oneFailingContainerDoesNotStopTheOthers(_ bad: String) throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: two}
      spec:
        containers:
        - \(bad)
        - {name: good, image: busybox, command: ["sleep", "3600"]}
      """
    let pod = try Self.pod(yaml, after: 60)
    let good = try #require(pod.status?.containerStatuses?.first { $0.name == "good" })
    #expect(good.state.running != nil)
    #expect(good.ready)
  }

}
