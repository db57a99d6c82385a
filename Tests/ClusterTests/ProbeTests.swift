import Cluster
import Container
import Testing

/// The kubelet's prober: startup, liveness and readiness probes over exec, httpGet and tcpSocket,
/// their thresholds, `Unhealthy` events, Ready, and the liveness kill that runs preStop.
@Suite struct ProbeTests {
  typealias Kind = PodTimeline.Mark.Kind

  /// A one-container pod `probed` whose container `app` carries `probes` (YAML at container depth).
  static func manifest(
    image: String = "nginx", command: String? = nil, probes: String, extra: String = "",
    restartPolicy: String = "Always", grace: Int = 30
  ) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: probed
    spec:
      restartPolicy: \(restartPolicy)
      terminationGracePeriodSeconds: \(grace)
      containers:
      - name: app
        image: \(image)
    \(command.map { "    command: \($0)\n" } ?? "")\(probes)\(extra)
    """
  }

  static func started(_ yaml: String, after seconds: Int64) throws -> Cluster {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(seconds))
    return cluster
  }

  static func status(_ cluster: Cluster) throws -> ContainerStatus {
    let pod = try #require(cluster.pod(named: "probed", in: "default"))
    return try #require(pod.status?.containerStatuses?.first)
  }

  static func events(_ cluster: Cluster, _ reason: String) throws -> [String] {
    let pod = try #require(cluster.pod(named: "probed", in: "default"))
    return cluster.events(about: pod).filter { $0.reason == reason }.map(\.message)
  }

  static func kinds(_ cluster: Cluster) -> [Kind] {
    cluster.timeline(ofPod: "probed", in: "default")?.marks.map(\.kind) ?? []
  }

  /// The liveness-exec example of the Kubernetes docs: healthy for 30 s, then three failed
  /// probes, a kill and a restart.
  static let livenessExec = manifest(
    image: "busybox",
    command: #"["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]"#,
    probes: """
          livenessProbe:
            exec:
              command: ["cat", "/tmp/healthy"]
            initialDelaySeconds: 5
            periodSeconds: 5

      """)

  @Test func livenessExecFailsThenRestarts() throws {
    var cluster = try Self.started(Self.livenessExec, after: 30)
    #expect(try Self.events(cluster, "Unhealthy").isEmpty)
    #expect(try Self.status(cluster).ready)
    cluster.advance(by: .seconds(20))
    let unhealthy = try Self.events(cluster, "Unhealthy")
    #expect(
      unhealthy.first
        == "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n")
    #expect(
      try Self.events(cluster, "Killing") == [
        "Container app failed liveness probe, will be restarted"
      ])
    // busybox sh as PID 1 ignores SIGTERM: SIGKILL after the 30 s grace, then an immediate restart.
    cluster.advance(by: .seconds(40))
    let status = try Self.status(cluster)
    #expect(status.restartCount == 1)
    #expect(status.lastState.terminated?.exitCode == 137)
    #expect(status.state.running != nil)
    let kinds = Self.kinds(cluster)
    let failed = try #require(kinds.firstIndex(of: .probeFailed(.liveness)))
    #expect(kinds[failed + 1] == .stopSignal("TERM", graceMilliseconds: 30_000))
  }

  /// No Unhealthy event while the file exists, then one per failed probe until the threshold.
  @Test func livenessCountsThreeFailuresBeforeKilling() throws {
    let cluster = try Self.started(Self.livenessExec, after: 48)
    let unhealthy = try Self.events(cluster, "Unhealthy")
    #expect(!unhealthy.isEmpty)
    let pod = try #require(cluster.pod(named: "probed", in: "default"))
    let event = try #require(cluster.events(about: pod).first { $0.reason == "Unhealthy" })
    #expect(event.count == 3)
    #expect(event.type == "Warning")
    #expect(event.involvedObject.fieldPath == "spec.containers{app}")
  }

  /// A liveness kill runs preStop first, with the probe's own grace period.
  @Test func livenessKillRunsPreStopWithProbeGrace() throws {
    let yaml = Self.manifest(
      probes: """
            livenessProbe:
              httpGet:
                path: /
                port: 8080
              periodSeconds: 3
              failureThreshold: 2
              terminationGracePeriodSeconds: 5

        """,
      extra: """
            lifecycle:
              preStop:
                exec:
                  command: ["sleep", "100"]

        """)
    let cluster = try Self.started(yaml, after: 20)
    let kinds = Self.kinds(cluster)
    let failed = try #require(kinds.firstIndex(of: .probeFailed(.liveness)))
    #expect(kinds[failed + 1] == .preStopRunning)
    #expect(kinds[failed + 2] == .preStopCut)
    // The hook used the whole 5 s: the stop signal gets the 2 s floor.
    #expect(kinds[failed + 3] == .stopSignal("QUIT", graceMilliseconds: 2_000))
    let messages = try Self.events(cluster, "Unhealthy")
    #expect(
      messages.first?.hasPrefix("Liveness probe failed: Get \"http://192.168.1.4:8080/\": ")
        == true)
    #expect(
      messages.first?.hasSuffix("dial tcp 192.168.1.4:8080: connect: connection refused") == true)
  }

  @Test func livenessFailureWithRestartPolicyNeverDoesNotRestart() throws {
    let yaml = Self.manifest(
      probes: """
            livenessProbe:
              tcpSocket:
                port: 81
              periodSeconds: 2
              failureThreshold: 1

        """, restartPolicy: "Never")
    let cluster = try Self.started(yaml, after: 30)
    #expect(try Self.events(cluster, "Killing") == ["Container app failed liveness probe"])
    let pod = try #require(cluster.pod(named: "probed", in: "default"))
    // Killed with nginx's STOPSIGNAL (QUIT), it exits 0: with restartPolicy Never, Succeeded.
    #expect(pod.status?.phase == .succeeded)
    #expect(try Self.status(cluster).restartCount == 0)
    #expect(
      try Self.events(cluster, "Unhealthy") == [
        "Liveness probe failed: dial tcp 192.168.1.4:81: connect: connection refused"
      ])
  }

  /// Readiness decides READY; a failing one keeps the pod Running but not Ready.
  @Test(arguments: [("/", true), ("/missing", false)])
  func readinessHTTPGet(_ path: String, _ ready: Bool) throws {
    let yaml = Self.manifest(
      probes: """
            readinessProbe:
              httpGet:
                path: \(path)
                port: 80

        """)
    let cluster = try Self.started(yaml, after: 30)
    let status = try Self.status(cluster)
    #expect(status.ready == ready)
    #expect(status.started == true)
    let pod = try #require(cluster.pod(named: "probed", in: "default"))
    #expect(pod.status?.phase == .running)
    #expect(
      pod.status?.conditions?.first { $0.type == "Ready" }?.status == (ready ? "True" : "False"))
    let unhealthy = try Self.events(cluster, "Unhealthy")
    #expect(
      unhealthy == (ready ? [] : ["Readiness probe failed: HTTP probe failed with statuscode: 404"])
    )
    #expect(try Self.events(cluster, "Killing").isEmpty)
  }

  /// The prober's request reaches nginx from the node with its own User-Agent.
  @Test func httpProbeIsLoggedByNginx() throws {
    let yaml = Self.manifest(
      probes: """
            readinessProbe:
              httpGet:
                path: /index.html?probe=1
                port: 80

        """)
    let cluster = try Self.started(yaml, after: 30)
    let log = try cluster.logs(pod: "probed", namespace: "default", container: nil, previous: false)
      .map(\.text)
    let line = try #require(log.first { $0.contains("kube-probe") })
    #expect(line.hasPrefix("172.30.2.2 - - ["))
    #expect(line.contains("\"GET /index.html?probe=1 HTTP/1.1\" 200 615 \"-\" \"kube-probe/1.34\""))
  }

  /// Readiness is asked at once when the container starts, not at the next tick of a long period.
  @Test func readinessRunsAsSoonAsTheContainerRuns() throws {
    let yaml = Self.manifest(
      probes: """
            readinessProbe:
              tcpSocket:
                port: 80
              periodSeconds: 60

        """)
    let cluster = try Self.started(yaml, after: 8)
    #expect(try Self.status(cluster).ready)
    let kinds = Self.kinds(cluster)
    #expect(kinds.suffix(3) == [.running, .notReady, .ready])
  }

  /// A server that starts answering later turns the container Ready; one that stops, unready.
  @Test func readinessFollowsTheServer() throws {
    let yaml = Self.manifest(
      probes: """
            readinessProbe:
              exec:
                command: ["cat", "/tmp/ready"]
              periodSeconds: 2

        """)
    var cluster = try Self.started(yaml, after: 10)
    #expect(try Self.status(cluster).ready == false)
    _ = try cluster.exec(
      ["touch", "/tmp/ready"], pod: "probed", namespace: "default", container: nil, stdin: "",
      tty: false, limit: .seconds(5))
    cluster.advance(by: .seconds(3))
    #expect(try Self.status(cluster).ready)
    _ = try cluster.exec(
      ["rm", "/tmp/ready"], pod: "probed", namespace: "default", container: nil, stdin: "",
      tty: false, limit: .seconds(5))
    cluster.advance(by: .seconds(3))
    #expect(try Self.status(cluster).ready)  // one failure is below failureThreshold 3
    cluster.advance(by: .seconds(4))
    #expect(try Self.status(cluster).ready == false)
  }

  /// Liveness and readiness wait for the startup probe; `started` reports it.
  @Test func startupProbeGatesTheOthers() throws {
    let yaml = Self.manifest(
      image: "busybox",
      command: #"["/bin/sh", "-c", "sleep 20; touch /tmp/started; sleep 3600"]"#,
      probes: """
            startupProbe:
              exec:
                command: ["cat", "/tmp/started"]
              periodSeconds: 5
              failureThreshold: 10
            livenessProbe:
              exec:
                command: ["cat", "/tmp/started"]
              periodSeconds: 5
              failureThreshold: 1

        """)
    var cluster = try Self.started(yaml, after: 12)
    var status = try Self.status(cluster)
    #expect(status.started == false)
    #expect(status.ready == false)
    #expect(status.state.running != nil)
    cluster.advance(by: .seconds(20))
    status = try Self.status(cluster)
    #expect(status.started == true)
    #expect(status.ready)
    #expect(try Self.events(cluster, "Killing").isEmpty)
    let unhealthy = try Self.events(cluster, "Unhealthy")
    #expect(unhealthy.allSatisfy { $0.hasPrefix("Startup probe failed: cat: can't open") })
    #expect(Self.kinds(cluster).contains(.startupProbeSucceeded))
  }

  @Test func startupProbeFailureKills() throws {
    let yaml = Self.manifest(
      probes: """
            startupProbe:
              httpGet:
                path: /healthz
                port: 80
              periodSeconds: 2
              failureThreshold: 2

        """)
    let cluster = try Self.started(yaml, after: 15)
    #expect(
      try Self.events(cluster, "Killing").first
        == "Container app failed startup probe, will be restarted")
    #expect(try Self.status(cluster).restartCount >= 1)
  }

  /// An exec probe that outlives timeoutSeconds fails with the CRI's timeout message.
  @Test func execProbeTimesOut() throws {
    let yaml = Self.manifest(
      probes: """
            readinessProbe:
              exec:
                command: ["sleep", "5"]
              timeoutSeconds: 2

        """)
    let cluster = try Self.started(yaml, after: 10)
    #expect(
      try Self.events(cluster, "Unhealthy").first
        == #"Readiness probe failed: command "sleep 5" timed out"#)
  }

  /// httpbin's `/delay/3` answers after the 1 s default timeout.
  @Test func httpProbeTimesOut() throws {
    let yaml = Self.manifest(
      image: "kennethreitz/httpbin",
      probes: """
            readinessProbe:
              httpGet:
                path: /delay/3
                port: 80

        """)
    let cluster = try Self.started(yaml, after: 40)
    #expect(
      try Self.events(cluster, "Unhealthy").first
        == #"Readiness probe failed: Get "http://192.168.1.4:80/delay/3": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"#
    )
  }

  /// The API server fills in the probe defaults and drops a zero initial delay.
  @Test func probeDefaults() throws {
    let yaml = Self.manifest(
      probes: """
            livenessProbe:
              httpGet:
                port: 80
              initialDelaySeconds: 0

        """)
    var cluster = Cluster()
    let created = try cluster.create(try Fixtures.pod(yaml))
    let probe = try #require(created.spec.containers.first?.livenessProbe)
    #expect(probe.timeoutSeconds == 1)
    #expect(probe.periodSeconds == 10)
    #expect(probe.successThreshold == 1)
    #expect(probe.failureThreshold == 3)
    #expect(probe.initialDelaySeconds == nil)
    #expect(probe.httpGet?.path == "/")
    #expect(probe.httpGet?.scheme == "HTTP")
  }

  /// A postStart failure kills with the pod's own grace period (not the 30 s default).
  @Test func postStartFailureUsesThePodGracePeriod() throws {
    let yaml = Self.manifest(
      probes: "",
      extra: """
            lifecycle:
              postStart:
                exec:
                  command: ["false"]
              preStop:
                exec:
                  command: ["sleep", "100"]

        """, grace: 5)
    let cluster = try Self.started(yaml, after: 15)
    let kinds = Self.kinds(cluster)
    #expect(kinds.contains(.stopSignal("QUIT", graceMilliseconds: 2_000)))
    let marks = cluster.timeline(ofPod: "probed", in: "default")?.marks ?? []
    let hook = try #require(marks.first { $0.kind == .preStopRunning })
    let cut = try #require(marks.first { $0.kind == .preStopCut })
    #expect(cut.at - hook.at == .seconds(5))
  }

  /// A probe the runtime cannot start is an error: reported, not counted, never a kill.
  @Test func probeErrorsAreNotCounted() throws {
    let yaml = Self.manifest(
      probes: """
            livenessProbe:
              exec:
                command: ["no-such-binary"]
              periodSeconds: 2
              failureThreshold: 1

        """)
    let cluster = try Self.started(yaml, after: 30)
    #expect(try Self.events(cluster, "Killing").isEmpty)
    let message = try #require(try Self.events(cluster, "Unhealthy").first)
    #expect(
      message.hasPrefix(
        "Liveness probe errored and resulted in unknown state: rpc error: code = Unknown desc = failed to exec in container: failed to start exec \""
      ))
    #expect(
      message.hasSuffix(
        "\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"no-such-binary\": executable file not found in $PATH: unknown"
      ))
  }

  /// The exec output is stdout, then stderr; `$(VAR)` takes the container's env values.
  @Test func execProbeOutputAndExpansion() throws {
    let yaml = Self.manifest(
      image: "busybox", command: #"["sleep", "3600"]"#,
      probes: """
            readinessProbe:
              exec:
                command: ["sh", "-c", "echo err >&2; echo $(GREETING); exit 1"]

        """,
      extra: """
            env:
            - name: GREETING
              value: hello

        """)
    let cluster = try Self.started(yaml, after: 15)
    #expect(try Self.events(cluster, "Unhealthy").first == "Readiness probe failed: hello\nerr\n")
  }

  /// A sidecar killed by its liveness probe is an init container in the kubelet's words.
  @Test func sidecarLivenessKillMessage() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: probed
      spec:
        initContainers:
        - name: proxy
          image: nginx
          restartPolicy: Always
          livenessProbe:
            tcpSocket: {port: 81}
            periodSeconds: 2
            failureThreshold: 1
        containers:
        - name: app
          image: nginx
      """
    let cluster = try Self.started(yaml, after: 20)
    #expect(
      try Self.events(cluster, "Killing").first == "Init container proxy failed liveness probe")
  }

  /// The grpc timeout is a Go duration (`1m30s`).
  @Test func grpcTimeoutIsAGoDuration() throws {
    let yaml = Self.manifest(
      probes: """
            readinessProbe:
              grpc: {port: 9000}
              timeoutSeconds: 90

        """)
    let cluster = try Self.started(yaml, after: 15)
    #expect(
      try Self.events(cluster, "Unhealthy").first
        == #"Readiness probe failed: timeout: failed to connect service "192.168.1.4:9000" within 1m30s: context deadline exceeded"#
    )
  }
}
