import Testing

@testable import Container

/// The lifecycle-demo exercise, end to end at the container layer.
@Suite struct LifecycleDemoTests {
  static let start = Instant(seconds: 1_736_935_205)  // 2025-01-15 10:00:05 UTC

  static func nginx() -> SimulatedContainer {
    let image = ImageCatalog.standard.image(for: "nginx")!
    return SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "lifecycle-demo", ipAddress: "10.244.0.5"),
      startedAt: start)
  }

  @Test func postStartWritesTheMessage() {
    var container = Self.nginx()
    let hook = container.exec(
      ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"], stdin: "",
      tty: false, at: Self.start, timeLimit: .seconds(30))
    #expect(hook.exitCode == 0)
    #expect(hook.outcome == .completed)
    #expect(hook.stdout == "")
    #expect(hook.stderr == "")
    let cat = container.exec(
      ["cat", "/usr/share/message"], stdin: "", tty: false, at: Self.start + .seconds(5),
      timeLimit: .seconds(30))
    #expect(cat.stdout == "Hello from the postStart handler\n")
    #expect(cat.exitCode == 0)
  }

  @Test func preStopInTheRealNginxImageFailsFastOnKillall() {
    var container = Self.nginx()
    let at = Self.start + .seconds(60)
    #expect(container.isRunning(at: at))
    #expect(container.exit == nil)
    let hook = container.exec(
      ["/bin/sh", "-c", "nginx -s quit; while killall -0 nginx; do sleep 1; done"], stdin: "",
      tty: false, at: at, timeLimit: .seconds(30))
    #expect(
      hook.stderr
        == "2025/01/15 10:01:05 [notice] 32#32: signal process started\n/bin/sh: 1: killall: not found\n"
    )
    #expect(hook.exitCode == 0)
    #expect(hook.elapsed == .zero)
    let exit = container.exit
    #expect(exit?.exitCode == 0)
    #expect(exit?.signal == nil)
    #expect(exit.map { $0.at > at && $0.at < at + .seconds(1) } == true)
    #expect(!container.isRunning(at: at + .seconds(1)))
  }

  @Test func missingCommandIsNotStarted() {
    var container = Self.nginx()
    let result = container.exec(
      ["missing-command"], stdin: "", tty: false, at: Self.start, timeLimit: .seconds(30))
    let message =
      "OCI runtime exec failed: exec failed: unable to start container process: exec: \"missing-command\": executable file not found in $PATH: unknown"
    #expect(result.outcome == .notStarted(reason: message))
    #expect(result.exitCode == 126)
  }

  @Test func nginxLogsStartupAndShutdown() {
    var container = Self.nginx()
    container.signal(.quit, pid: 1, at: Self.start + .seconds(10))
    let lines = container.logs(until: Self.start + .seconds(20)).map(\.text)
    #expect(
      lines.first
        == "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
    )
    #expect(lines.contains("2025/01/15 10:00:05 [notice] 1#1: start worker process 29"))
    #expect(
      lines.contains("2025/01/15 10:00:15 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down")
    )
    #expect(lines.last == "2025/01/15 10:00:15 [notice] 1#1: exit")
    #expect(container.exit?.exitCode == 0)
  }
}

/// `kubectl exec POD -- env` prints the container environment in containerd's order.
@Test func envOrder() {
  let image = ImageCatalog.standard.image(for: "nginx")!
  var container = SimulatedContainer(
    config: ContainerConfig(
      image: image, env: [EnvVar(name: "KUBERNETES_SERVICE_HOST", value: "10.96.0.1")],
      hostname: "lifecycle-demo", ipAddress: "10.244.0.5"), startedAt: LifecycleDemoTests.start)
  let result = container.exec(
    ["env"], stdin: "", tty: false, at: LifecycleDemoTests.start, timeLimit: .seconds(5))
  #expect(
    result.stdout == """
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
      HOSTNAME=lifecycle-demo
      NGINX_VERSION=1.27.3
      NJS_VERSION=0.8.7
      NJS_RELEASE=1~bookworm
      PKG_RELEASE=1~bookworm
      DYNPKG_RELEASE=1~bookworm
      KUBERNETES_SERVICE_HOST=10.96.0.1
      HOME=/root

      """)
}
