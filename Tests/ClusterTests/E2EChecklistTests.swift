import Cluster
import Container
import Testing

/// The scenarios of the Kubernetes e2e suite for hooks (k8s-hooks.md §7), with its assertions,
/// run against the simulator.
@Suite struct E2EChecklistTests {
  static func cluster(_ manifests: String...) throws -> Cluster {
    var cluster = Cluster()
    for yaml in manifests { _ = try cluster.create(try Fixtures.pod(yaml)) }
    cluster.advance(by: .seconds(20))
    return cluster
  }

  static func container(_ cluster: Cluster, _ pod: String) throws -> ContainerStatus {
    let found = try #require(cluster.pod(named: pod, in: "default"))
    return try #require(found.status?.containerStatuses?.first)
  }

  static let handler = """
    apiVersion: v1
    kind: Pod
    metadata: {name: pod-handle-http-request}
    spec:
      containers:
      - name: container-handle-http-request
        image: nginx
    """

  static func hooked(_ hook: String, scheme: String, target: String) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: pod-with-\(hook.lowercased())-http-hook}
    spec:
      containers:
      - name: pod-with-\(hook.lowercased())-http-hook
        image: nginx
        lifecycle:
          \(hook):
            httpGet: {host: "\(target)", path: "/echo?msg=\(hook.lowercased())", port: 80, scheme: \(scheme)}
    """
  }

  /// "should execute poststart/prestop http(s) hook properly": the request reaches the handler
  /// pod (another pod's IP), HTTPS without certificate checks.
  @Test(arguments: ["postStart", "preStop"], ["HTTP", "HTTPS"])
  func httpHooksReachTheHandlerPod(_ hook: String, _ scheme: String) throws {
    var cluster = try Self.cluster(Self.handler)
    let target = try #require(
      cluster.pod(named: "pod-handle-http-request", in: "default")?.status?.podIP)
    _ = try cluster.create(try Fixtures.pod(Self.hooked(hook, scheme: scheme, target: target)))
    cluster.advance(by: .seconds(20))
    let name = "pod-with-\(hook.lowercased())-http-hook"
    #expect(try Self.container(cluster, name).ready)
    if hook == "preStop" {
      _ = try cluster.delete(podNamed: name, in: "default", gracePeriod: 15)
      cluster.advance(by: .seconds(30))
      #expect(cluster.pod(named: name, in: "default") == nil)
    }
    let log = try cluster.logs(
      pod: "pod-handle-http-request", namespace: "default", container: nil, previous: false
    ).map(\.text)
    #expect(
      log.contains { $0.contains("\"GET /echo?msg=\(hook.lowercased()) HTTP/1.1\" 404") },
      "\(log)")
  }

  static func sleepHook(grace: Int, seconds: Int, image: String = "nginx", extra: String = "")
    -> String
  {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: pod-with-prestop-sleep-hook}
    spec:
      terminationGracePeriodSeconds: \(grace)
    \(extra)  containers:
      - name: pod-with-prestop-sleep-hook
        image: \(image)
        lifecycle:
          preStop:
            sleep: {seconds: \(seconds)}
    """
  }

  /// finishedAt - deletionTimestamp + grace: when the container ended, counted from the delete.
  static func stoppedAfterDelete(grace: Int, deleteGrace: Int64?) throws -> Duration {
    var cluster = try Self.cluster(Self.sleepHook(grace: grace, seconds: 50))
    let deleted = try cluster.delete(
      podNamed: "pod-with-prestop-sleep-hook", in: "default", gracePeriod: deleteGrace)
    let deadline = try #require(deleted.metadata.deletionTimestamp?.instant)
    cluster.advance(by: .seconds(Int64(grace) + 10))
    let marks = try #require(
      cluster.timeline(ofPod: "pod-with-prestop-sleep-hook", in: "default")?.marks)
    let exit = try #require(marks.last { if case .exited = $0.kind { true } else { false } })
    return exit.at - deadline + .seconds(deleteGrace ?? Int64(grace))
  }

  /// "valid prestop hook using sleep action": the sleep is honoured, the grace not exceeded.
  @Test func preStopSleepIsHonoured() throws {
    let stopped = try Self.stoppedAfterDelete(grace: 100, deleteGrace: nil)
    #expect(stopped >= .seconds(50) && stopped <= .seconds(100))
  }

  /// "reduce GracePeriodSeconds during runtime": a 30 s delete cuts the 50 s sleep.
  @Test func shorterDeleteGraceCutsTheSleep() throws {
    let stopped = try Self.stoppedAfterDelete(grace: 100, deleteGrace: 30)
    #expect(stopped >= .seconds(30) && stopped <= .seconds(50))
  }

  /// "ignore terminated container": a container that exits by itself never waits for preStop.
  @Test func selfExitingContainerIgnoresTheSleepHook() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: pod-with-prestop-sleep-hook}
      spec:
        restartPolicy: Never
        terminationGracePeriodSeconds: 30
        containers:
        - name: pod-with-prestop-sleep-hook
          image: busybox
          command: ["/bin/sh", "-c", "sleep 3"]
          lifecycle:
            preStop:
              sleep: {seconds: 10}
      """
    let cluster = try Self.cluster(yaml)
    let terminated = try #require(
      try Self.container(cluster, "pod-with-prestop-sleep-hook").state.terminated)
    let ran =
      try #require(terminated.finishedAt?.instant) - (try #require(terminated.startedAt?.instant))
    #expect(ran >= .zero && ran <= .seconds(10))
    let marks = cluster.timeline(ofPod: "pod-with-prestop-sleep-hook", in: "default")?.marks ?? []
    #expect(!marks.contains { $0.kind == .preStopRunning })
  }

  /// "prestop hook using sleep action with zero duration": accepted, and the delete is quick.
  @Test func zeroSleepIsAcceptedAndInstant() throws {
    var cluster = try Self.cluster(Self.sleepHook(grace: 30, seconds: 0))
    let start = cluster.now
    _ = try cluster.delete(podNamed: "pod-with-prestop-sleep-hook", in: "default")
    let gone = cluster.advance(
      until: { $0.pod(named: "pod-with-prestop-sleep-hook", in: "default") == nil },
      limit: .seconds(30))
    #expect(gone)
    #expect(cluster.now - start < .seconds(30))
  }

  /// "StopSignal defined with pod.OS" needs the alpha ContainerStopSignals gate, off in 1.34:
  /// the pod runs, the API server drops the field, and the image's STOPSIGNAL is used.
  @Test func stopSignalIsDroppedWithTheGateOff() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: stopsignal}
      spec:
        os: {name: linux}
        containers:
        - name: test
          image: nginx
          lifecycle:
            stopSignal: SIGUSR1
      """
    var cluster = try Self.cluster(yaml)
    #expect(try Self.container(cluster, "stopsignal").state.running != nil)
    let pod = try #require(cluster.pod(named: "stopsignal", in: "default"))
    #expect(pod.spec.containers.first?.lifecycle?.stopSignal == nil)
    _ = try cluster.delete(podNamed: "stopsignal", in: "default")
    cluster.advance(by: .seconds(10))
    let marks = cluster.timeline(ofPod: "stopsignal", in: "default")?.marks ?? []
    #expect(marks.contains { $0.kind == .stopSignal("QUIT", graceMilliseconds: 30_000) })
  }
}
