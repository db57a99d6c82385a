import Cluster
import Container
import Testing

/// httpGet hooks sent by the kubelet to the simulated servers (reference k8s-hooks.md §4.1 and
/// the e2e "should execute poststart/prestop http(s) hook properly" cases).
@Suite struct HTTPHookTests {
  static func manifest(
    image: String = "nginx", hook: String = "postStart", port: String = "80",
    path: String = "/hook?from=kubelet", scheme: String = "HTTP"
  ) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
      - name: web
        image: \(image)
        ports:
        - name: http
          containerPort: 80
        lifecycle:
          \(hook):
            httpGet:
              path: \(path)
              port: \(port)
              scheme: \(scheme)
    """
  }

  /// An nginx pod `web` whose one hook is `handler` (a one-line YAML flow mapping entry).
  static func nginx(_ hook: String, handler: String) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: web}
    spec:
      containers:
      - name: web
        image: nginx
        lifecycle:
          \(hook):
            \(handler)
    """
  }

  static func started(_ yaml: String) throws -> Cluster {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(30))
    return cluster
  }

  static func reasons(_ cluster: Cluster) throws -> [String] {
    let pod = try #require(cluster.pod(named: "web", in: "default"))
    return cluster.events(about: pod).map(\.reason)
  }

  static func accessLog(_ cluster: Cluster) throws -> String {
    try cluster.logs(pod: "web", namespace: "default", container: nil, previous: false).map(\.text)
      .joined(separator: "\n")
  }

  /// Any HTTP answer is a success, 404 included; the request reaches the pod IP with the
  /// kubelet's User-Agent and the query string.
  @Test(arguments: ["80", "http"])
  func postStartReachesNginxByNumberOrPortName(_ port: String) throws {
    let cluster = try Self.started(Self.manifest(port: port))
    let pod = try #require(cluster.pod(named: "web", in: "default"))
    #expect(pod.status?.phase == .running)
    #expect(pod.status?.containerStatuses?.first?.ready == true)
    #expect(!(try Self.reasons(cluster)).contains("FailedPostStartHook"))
    let log = try Self.accessLog(cluster)
    #expect(log.contains("\"GET /hook?from=kubelet HTTP/1.1\" 404"))
    #expect(log.contains("kube-lifecycle/1.34"))
  }

  @Test func noListenerFailsTheHookWithTheDialError() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.manifest(port: "8080")))
    func waitingReason(_ cluster: Cluster) -> String? {
      cluster.pod(named: "web", in: "default")?.status?.containerStatuses?.first?.state.waiting?
        .reason
    }
    let failed = cluster.advance(
      until: { waitingReason($0) == "PostStartHookError" }, limit: .seconds(30))
    #expect(failed)
    let pod = try #require(cluster.pod(named: "web", in: "default"))
    let message = try #require(pod.status?.containerStatuses?.first?.state.waiting?.message)
    #expect(
      message.hasPrefix("HTTP lifecycle hook (/hook?from=kubelet) for Container \"web\" in Pod"))
    #expect(
      message.hasSuffix(
        "failed - error: Get \"http://192.168.1.4:8080/hook?from=kubelet\": dial tcp 192.168.1.4:8080: connect: connection refused"
      ))
    #expect(cluster.events(about: pod).contains { $0.reason == "FailedPostStartHook" })
  }

  /// No certificate check and no TLS server: the HTTPS attempt gets a plain-HTTP answer, the
  /// retry over http succeeds, and the kubelet says so in a Warning event.
  @Test func httpsFallsBackToHTTPWithAWarningEvent() throws {
    let cluster = try Self.started(Self.manifest(scheme: "HTTPS"))
    let pod = try #require(cluster.pod(named: "web", in: "default"))
    #expect(pod.status?.phase == .running)
    let fallback = try #require(
      cluster.events(about: pod).first { $0.reason == "LifecycleHTTPFallback" })
    #expect(fallback.type == "Warning")
    #expect(fallback.involvedObject.fieldPath == nil, "recorded on the pod, not the container")
    #expect(
      fallback.message
        == "request to HTTPS lifecycle hook 192.168.1.4:80 got HTTP response, retry with HTTP succeeded"
    )
    #expect(try Self.accessLog(cluster).contains("\"GET /hook?from=kubelet HTTP/1.1\" 404"))
  }

  /// httpbin's /status/500 is still a successful hook: the delete is not held up and no
  /// FailedPreStopHook is recorded.
  @Test func preStopAnswered500IsASuccess() throws {
    var cluster = try Self.started(
      Self.manifest(image: "kennethreitz/httpbin", hook: "preStop", path: "/status/500"))
    _ = try cluster.delete(podNamed: "web", in: "default")
    cluster.advance(by: .seconds(5))
    #expect(cluster.pod(named: "web", in: "default") == nil, "gone long before the grace period")
    let reasons = cluster.events(in: "default").map(\.reason)
    #expect(reasons.contains("Killing"))
    #expect(!reasons.contains("FailedPreStopHook"))
    #expect(!reasons.contains("FailedPostStartHook"))
    let timeline = try #require(cluster.timeline(ofPod: "web", in: "default"))
    #expect(timeline.marks.contains { $0.kind == .preStopSucceeded })
  }

  /// The kubelet dials from the node: `host: localhost` is refused at once, not timed out.
  @Test func localhostHookIsRefusedAtOnce() throws {
    let yaml = Self.nginx("postStart", handler: "httpGet: {host: localhost, path: /, port: 80}")
    let cluster = try Self.started(yaml)
    #expect(try Self.reasons(cluster).contains("FailedPostStartHook"))
  }

  /// FailedPreStopHook is recorded when the handler returns its error, not when it starts.
  @Test func failedPreStopEventComesWhenTheHookFails() throws {
    let yaml = Self.nginx("preStop", handler: "httpGet: {host: 10.9.9.9, path: /, port: 80}")
    var cluster = try Self.started(yaml)
    let deleted = cluster.now
    _ = try cluster.delete(podNamed: "web", in: "default", gracePeriod: 300)
    cluster.advance(by: .seconds(60))
    #expect(!(try Self.reasons(cluster)).contains("FailedPreStopHook"))
    cluster.advance(by: .seconds(80))
    let event = try #require(
      cluster.events(in: "default").first { $0.reason == "FailedPreStopHook" })
    let at = try #require(event.lastTimestamp?.instant)
    #expect(at - deleted >= .seconds(130))
  }

  /// A server that takes the connection and never answers (`nc -l`) hangs the hook: postStart
  /// holds the pod in ContainerCreating; a preStop is cut at the grace period.
  @Test(arguments: ["postStart", "preStop"])
  func serverThatNeverAnswersHangsTheHook(_ hook: String) throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        terminationGracePeriodSeconds: 10
        containers:
        - name: web
          image: busybox
          command: ["nc", "-l", "-p", "8080"]
          lifecycle:
            \(hook):
              httpGet: {path: /hook, port: 8080}
      """
    var cluster = try Self.started(yaml)
    let pod = try #require(cluster.pod(named: "web", in: "default"))
    let state = try #require(pod.status?.containerStatuses?.first?.state)
    if hook == "postStart" {
      #expect(state.waiting?.reason == "ContainerCreating")
      #expect(try Self.accessLog(cluster).contains("GET /hook HTTP/1.1"))
    } else {
      #expect(state.running != nil)
    }
    _ = try cluster.delete(podNamed: "web", in: "default")
    cluster.advance(by: .seconds(30))
    #expect(cluster.pod(named: "web", in: "default") == nil)
    let kinds = cluster.timeline(ofPod: "web", in: "default")?.marks.map(\.kind) ?? []
    #expect(kinds.contains(hook == "postStart" ? .postStartFailed : .preStopCut))
    #expect(kinds.contains(.killed))
  }

  /// tcpSocket passes validation but the kubelet refuses to run it (k8s-hooks.md §1.6): the
  /// postStart fails with the handler printed by its generated String().
  @Test func tcpSocketHookFailsAtRunTime() throws {
    let yaml = Self.nginx("postStart", handler: "tcpSocket: {port: 80}")
    let cluster = try Self.started(yaml)
    let pod = try #require(cluster.pod(named: "web", in: "default"))
    let waiting = pod.status?.containerStatuses?.first?.state.waiting
    #expect(
      waiting?.message
        == "Cannot run handler: invalid handler: &LifecycleHandler{Exec:nil,HTTPGet:nil,TCPSocket:&TCPSocketAction{Port:80,Host:,},Sleep:nil,}"
    )
  }
}
