import Cluster
import Container
import Testing

/// Restartable init containers (sidecars): started before the regular containers, hooks like any
/// container, and stopped last, in reverse order, when the pod terminates (k8s-hooks.md §3.5).
@Suite struct SidecarTests {
  typealias Kind = PodTimeline.Mark.Kind

  /// Two nginx sidecars `log` and `proxy`, and a main container `app` whose preStop sleeps
  /// `appHook` seconds; each sidecar has a short preStop of its own.
  static func manifest(appHook: Int, grace: Int = 30, sidecarStartup: String = "") -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: sidecars
    spec:
      terminationGracePeriodSeconds: \(grace)
      initContainers:
      - name: log
        image: nginx
        restartPolicy: Always
        lifecycle:
          preStop:
            sleep: {seconds: 1}
      - name: proxy
        image: nginx
        restartPolicy: Always
    \(sidecarStartup)    lifecycle:
          preStop:
            sleep: {seconds: 1}
      containers:
      - name: app
        image: nginx
        lifecycle:
          preStop:
            exec: {command: [sleep, "\(appHook)"]}
    """
  }

  static func deleted(_ yaml: String, wait: Int64 = 60) throws -> (Cluster, Instant) {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(30))
    let pod = try #require(cluster.pod(named: "sidecars", in: "default"))
    #expect(pod.status?.containerStatuses?.first?.ready == true)
    let deleteAt = cluster.now
    _ = try cluster.delete(podNamed: "sidecars", in: "default")
    cluster.advance(by: .seconds(wait))
    #expect(cluster.pod(named: "sidecars", in: "default") == nil)
    return (cluster, deleteAt)
  }

  static func first(
    _ kind: (Kind) -> Bool, of container: String, in cluster: Cluster
  ) throws -> PodTimeline.Mark {
    let marks = cluster.timeline(ofPod: "sidecars", in: "default")?.marks ?? []
    return try #require(marks.first { $0.container == container && kind($0.kind) })
  }

  static func isStop(_ kind: Kind) -> Bool {
    if case .stopSignal = kind { return true }
    return false
  }

  static func isExit(_ kind: Kind) -> Bool {
    if case .exited = kind { return true }
    return false
  }

  /// All preStop hooks start together; the stop signals go app, then proxy, then log.
  @Test func sidecarsStopAfterTheAppInReverseOrder() throws {
    let (cluster, deleteAt) = try Self.deleted(Self.manifest(appHook: 5))
    for name in ["app", "proxy", "log"] {
      let hook = try Self.first({ $0 == .preStopRunning }, of: name, in: cluster)
      #expect(hook.at - deleteAt < .seconds(1), "\(name)'s preStop starts with the termination")
    }
    let appExit = try Self.first(Self.isExit, of: "app", in: cluster)
    let proxyStop = try Self.first(Self.isStop, of: "proxy", in: cluster)
    let proxyExit = try Self.first(Self.isExit, of: "proxy", in: cluster)
    let logStop = try Self.first(Self.isStop, of: "log", in: cluster)
    #expect(appExit.at - deleteAt >= .seconds(5))
    #expect(proxyStop.at >= appExit.at)
    #expect(logStop.at >= proxyExit.at)
    // proxy waited about 4 s after its own 1 s hook: 30 - 1 - 4 = 25 s left.
    #expect(proxyStop.kind == .stopSignal("QUIT", graceMilliseconds: 25_000))
  }

  /// A main container that outlives the grace period leaves the sidecars the 2 s floor.
  @Test func exhaustedGraceStopsSidecarsWithTheFloor() throws {
    let (cluster, deleteAt) = try Self.deleted(Self.manifest(appHook: 100, grace: 6))
    let proxyStop = try Self.first(Self.isStop, of: "proxy", in: cluster)
    #expect(proxyStop.kind == .stopSignal("QUIT", graceMilliseconds: 2_000))
    #expect(proxyStop.at - deleteAt >= .seconds(6))
    #expect(proxyStop.at - deleteAt < .seconds(7))
  }

  /// A sidecar with a startup probe holds back the next container until the probe passes.
  @Test func startupProbeOnASidecarGatesTheNextContainer() throws {
    let probe = """
          startupProbe:
            exec:
              command: ["cat", "/tmp/nope"]
            periodSeconds: 2
            failureThreshold: 100

      """
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.manifest(appHook: 1, sidecarStartup: probe)))
    cluster.advance(by: .seconds(40))
    let pod = try #require(cluster.pod(named: "sidecars", in: "default"))
    let app = try #require(pod.status?.containerStatuses?.first)
    #expect(app.state.running == nil)
    let proxy = try #require(pod.status?.initContainerStatuses?.last)
    #expect(proxy.started == false)
    #expect(proxy.state.running != nil)
    #expect(
      pod.status?.conditions?.first { $0.type == "Initialized" }?.message
        == "containers with incomplete status: [proxy]")
    _ = try cluster.exec(
      ["touch", "/tmp/nope"], pod: "sidecars", namespace: "default", container: "proxy",
      stdin: "", tty: false, limit: .seconds(5))
    cluster.advance(by: .seconds(20))
    let after = try #require(cluster.pod(named: "sidecars", in: "default"))
    #expect(after.status?.containerStatuses?.first?.state.running != nil)
  }

  static func run(_ yaml: String, for seconds: Int64) throws -> Cluster {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(seconds))
    return cluster
  }

  /// A job-like pod: when the app completes, the sidecar is stopped (preStop first) instead of
  /// keeping the pod alive, and the pod ends Succeeded.
  @Test func sidecarStopsWhenTheAppCompletes() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: sidecars}
      spec:
        restartPolicy: Never
        initContainers:
        - name: log
          image: nginx
          restartPolicy: Always
          lifecycle:
            preStop:
              sleep: {seconds: 3}
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "sleep 5"]
      """
    let cluster = try Self.run(yaml, for: 40)
    let pod = try #require(cluster.pod(named: "sidecars", in: "default"))
    #expect(pod.status?.phase == .succeeded)
    let log = try #require(pod.status?.initContainerStatuses?.first)
    #expect(log.state.terminated?.exitCode == 0)
    #expect(
      cluster.events(about: pod).contains {
        $0.reason == "Killing" && $0.message == "Stopping container log"
      })
    let hook = try Self.first({ $0 == .preStopRunning }, of: "log", in: cluster)
    let stop = try Self.first(Self.isStop, of: "log", in: cluster)
    #expect(stop.at - hook.at == .seconds(3))
  }

  /// A crash-looping sidecar does not un-initialize a pod whose app runs, and counts as unready.
  @Test func crashingSidecarAfterInitialization() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: sidecars}
      spec:
        initContainers:
        - name: flaky
          image: busybox
          restartPolicy: Always
          command: ["sh", "-c", "sleep 10; exit 1"]
        containers:
        - name: app
          image: nginx
      """
    let cluster = try Self.run(yaml, for: 60)
    let pod = try #require(cluster.pod(named: "sidecars", in: "default"))
    let conditions = pod.status?.conditions ?? []
    #expect(conditions.first { $0.type == "Initialized" }?.status == "True")
    let ready = try #require(conditions.first { $0.type == "Ready" })
    #expect(ready.status == "False")
    #expect(ready.message == "containers with unready status: [flaky]")
    let app = try #require(pod.status?.containerStatuses?.first)
    #expect(app.restartCount == 0)
    #expect(app.state.running != nil)
  }

  /// computeInitContainerActions waits for a sidecar's liveness worker to see it before
  /// starting the next container: up to one period.
  @Test func sidecarLivenessProbeHoldsTheNextContainerForOneTick() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: sidecars}
      spec:
        initContainers:
        - name: proxy
          image: nginx
          restartPolicy: Always
          livenessProbe:
            tcpSocket: {port: 80}
            periodSeconds: 30
        containers:
        - name: app
          image: nginx
      """
    var cluster = try Self.run(yaml, for: 20)
    let pod = try #require(cluster.pod(named: "sidecars", in: "default"))
    #expect(pod.status?.containerStatuses?.first?.state.running == nil)
    cluster.advance(by: .seconds(20))
    let later = try #require(cluster.pod(named: "sidecars", in: "default"))
    #expect(later.status?.containerStatuses?.first?.state.running != nil)
  }

  /// In a pod that never restarts, a sidecar still does, and its probes follow the new
  /// container (kubernetes#132826, fixed in 1.34 patch releases).
  @Test func restartedSidecarOfANeverPodIsProbedAgain() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: sidecars}
      spec:
        restartPolicy: Never
        initContainers:
        - name: flaky
          image: busybox
          restartPolicy: Always
          command: ["sh", "-c", "sleep 3; touch /tmp/ready; sleep 5; exit 1"]
          readinessProbe:
            exec: {command: ["cat", "/tmp/ready"]}
            periodSeconds: 1
        containers:
        - name: app
          image: nginx
      """
    // Only the worker's ticks see the file appear: no status update asks for it then.
    let cluster = try Self.run(yaml, for: 16)
    let pod = try #require(cluster.pod(named: "sidecars", in: "default"))
    let flaky = try #require(pod.status?.initContainerStatuses?.first)
    #expect(flaky.restartCount == 1)
    #expect(flaky.ready)
  }
}
