import Testing

@testable import Container

/// PID 1 behaviour: scripts, signals, exit codes, logs.
@Suite struct ProcessTests {
  static let start = Instant(seconds: 1_736_935_205)

  static func busybox(_ command: [String]) -> SimulatedContainer {
    let image = ImageCatalog.standard.image(for: "busybox:1.36")!
    return SimulatedContainer(
      config: ContainerConfig(
        image: image, command: command, hostname: "bb", ipAddress: "10.244.0.7"), startedAt: start)
  }

  @Test func shellScriptLogsAtTheRightInstantsAndExits() {
    let container = Self.busybox(["sh", "-c", "echo hi; sleep 10; echo bye"])
    #expect(
      container.logs(until: Self.start + .seconds(100)) == [
        LogEntry(at: Self.start, stream: .stdout, text: "hi"),
        LogEntry(at: Self.start + .seconds(10), stream: .stdout, text: "bye"),
      ])
    #expect(container.logs(until: Self.start + .seconds(5)).count == 1)
    #expect(
      container.exit == ContainerExit(at: Self.start + .seconds(10), exitCode: 0, signal: nil))
    #expect(container.isRunning(at: Self.start + .seconds(9)))
    #expect(!container.isRunning(at: Self.start + .seconds(10)))
  }

  @Test func pid1IgnoresTermWithoutAHandler() {
    var container = Self.busybox(["sleep", "3600"])
    container.signal(.term, pid: 1, at: Self.start + .seconds(5))
    #expect(
      container.exit == ContainerExit(at: Self.start + .seconds(3600), exitCode: 0, signal: nil))
    container.signal(.kill, pid: 1, at: Self.start + .seconds(35))
    #expect(
      container.exit == ContainerExit(at: Self.start + .seconds(35), exitCode: 137, signal: .kill))
  }

  @Test func shellPid1WithoutTrapIgnoresTerm() {
    var container = Self.busybox(["sh", "-c", "echo hi; sleep 3600"])
    container.signal(.term, pid: 1, at: Self.start + .seconds(5))
    #expect(container.exit?.at == Self.start + .seconds(3600))
  }

  @Test func trapHandlesTermWhileWaiting() {
    var container = Self.busybox([
      "sh", "-c", "trap 'echo caught; exit 0' TERM; echo ready; sleep 3600 & wait",
    ])
    #expect(container.exit == nil || container.exit?.at == Self.start + .seconds(3600))
    container.signal(.term, pid: 1, at: Self.start + .seconds(20))
    #expect(
      container.exit == ContainerExit(at: Self.start + .seconds(20), exitCode: 0, signal: nil))
    #expect(container.logs(until: Self.start + .seconds(30)).map(\.text) == ["ready", "caught"])
  }

  @Test func trapRunsAfterForegroundSleep() {
    var container = Self.busybox([
      "sh", "-c", "trap 'echo caught; exit 3' TERM; while true; do sleep 5; done",
    ])
    #expect(container.exit == nil)
    container.signal(.term, pid: 1, at: Self.start + .seconds(12))
    #expect(
      container.exit == ContainerExit(at: Self.start + .seconds(15), exitCode: 3, signal: nil))
  }

  @Test func sleepInfinityNeverExits() {
    let container = Self.busybox(["sleep", "infinity"])
    #expect(container.exit == nil)
    #expect(container.isRunning(at: Self.start + .seconds(999_999)))
  }

  @Test func defaultBusyboxShExitsAtOnce() {
    let image = ImageCatalog.standard.image(for: "busybox")!
    let container = SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "bb", ipAddress: "10.244.0.7"),
      startedAt: Self.start)
    #expect(container.exit == ContainerExit(at: Self.start, exitCode: 0, signal: nil))
  }

  @Test func missingEntrypointIsAStartError() {
    let container = Self.busybox(["nope"])
    #expect(
      container.startError
        == "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: \"nope\": executable file not found in $PATH: unknown"
    )
    #expect(container.exit?.exitCode == 128)
  }

  @Test func busyboxKillallLoopWaitsForTheProcess() {
    var container = Self.busybox(["tail", "-f", "/dev/null"])
    // A background sleep that ends after 3 s; the loop polls until it is gone.
    let result = container.exec(
      ["sh", "-c", "sleep 3 & while killall -0 sleep; do sleep 1; done; echo gone"], stdin: "",
      tty: false, at: Self.start + .seconds(1), timeLimit: .seconds(30))
    #expect(result.stdout == "gone\n")
    #expect(result.exitCode == 0)
    #expect(result.elapsed == .seconds(3))
  }

  @Test func busyboxKillallReportsNoProcess() {
    var container = Self.busybox(["sleep", "3600"])
    let result = container.exec(
      ["sh", "-c", "killall -0 nginx; echo $?"], stdin: "", tty: false,
      at: Self.start + .seconds(1), timeLimit: .seconds(30))
    #expect(result.stdout == "1\n")
    #expect(result.stderr == "killall: nginx: no process killed\n")
  }

  @Test func execTimesOut() {
    var container = Self.busybox(["sleep", "3600"])
    let result = container.exec(
      ["sh", "-c", "echo start; sleep 100; echo never"], stdin: "", tty: false, at: Self.start,
      timeLimit: .seconds(30))
    #expect(result.outcome == .timedOut)
    #expect(result.elapsed == .seconds(30))
    #expect(result.stdout == "start\n")
  }

  @Test func busyLoopIsStoppedByTheBudget() {
    var container = Self.busybox(["sleep", "3600"])
    let result = container.exec(
      ["sh", "-c", "while :; do :; done"], stdin: "", tty: false, at: Self.start,
      timeLimit: .seconds(30))
    #expect(result.outcome == .timedOut)
  }

  @Test func hookWritesToTheContainerLog() {
    var container = Self.busybox(["sleep", "3600"])
    _ = container.exec(
      ["sh", "-c", "echo from hook > /proc/1/fd/1"], stdin: "", tty: false,
      at: Self.start + .seconds(2), timeLimit: .seconds(30))
    #expect(
      container.logs(until: Self.start + .seconds(10)) == [
        LogEntry(at: Self.start + .seconds(2), stream: .stdout, text: "from hook")
      ])
  }

  @Test func nginxTermIsFastShutdownAndKillIs137() {
    let image = ImageCatalog.standard.image(for: "nginx:1.25")!
    var a = SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "n", ipAddress: "10.244.0.8"),
      startedAt: Self.start)
    var b = a
    a.signal(.term, pid: 1, at: Self.start + .seconds(3))
    #expect(a.exit?.exitCode == 0)
    #expect(
      a.logs(until: Self.start + .seconds(9)).map(\.text).contains(
        "2025/01/15 10:00:08 [notice] 1#1: signal 15 (SIGTERM) received, exiting"))
    b.signal(.kill, pid: 1, at: Self.start + .seconds(3))
    #expect(b.exit == ContainerExit(at: Self.start + .seconds(3), exitCode: 137, signal: .kill))
    #expect(b.processes(at: Self.start + .seconds(4)).isEmpty)
  }

  @Test func nginxStartupNoticesReadAsWritten() {
    let image = ImageCatalog.standard.image(for: "nginx:1.25")!
    let container = SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "n", ipAddress: "10.244.0.8"),
      startedAt: Self.start)
    let notices = container.logs(until: Self.start + .seconds(1)).filter {
      $0.text.contains("[notice]")
    }
    #expect(
      notices.map(\.text) == [
        "2025/01/15 10:00:05 [notice] 1#1: using the \"epoll\" event method",
        "2025/01/15 10:00:05 [notice] 1#1: nginx/1.25.5",
        "2025/01/15 10:00:05 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ",
        "2025/01/15 10:00:05 [notice] 1#1: OS: Linux 6.8.0-51-generic",
        "2025/01/15 10:00:05 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
        "2025/01/15 10:00:05 [notice] 1#1: start worker processes",
        "2025/01/15 10:00:05 [notice] 1#1: start worker process 29",
        "2025/01/15 10:00:05 [notice] 1#1: start worker process 30",
      ])
    // A stored line with the same text is the same entry; a changed text is kept as written.
    let first = notices[0]
    #expect(first == LogEntry(at: first.at, stream: .stderr, text: first.text))
    var changed = first
    changed.text = "replaced"
    #expect(changed.text == "replaced")
    #expect(changed != first)
  }

  @Test func nginxProcessesAndHTTP() {
    let image = ImageCatalog.standard.image(for: "nginx")!
    var container = SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "n", ipAddress: "10.244.0.8"),
      startedAt: Self.start)
    #expect(
      container.processes(at: Self.start + .seconds(1)).map(\.commandLine) == [
        "nginx: master process nginx -g daemon off;", "nginx: worker process",
        "nginx: worker process",
      ])
    let result = container.httpRequest(
      HTTPRequest(
        host: "10.244.0.8", port: 80, path: "/",
        headers: [HTTPHeader(name: "User-Agent", value: "kube-lifecycle/1.34")],
        clientIP: "10.244.0.1"), at: Self.start + .seconds(2))
    guard case .response(let response) = result else {
      Issue.record("expected a response")
      return
    }
    #expect(response.status == 200)
    #expect(response.body.utf8.count == 615)
    #expect(
      container.logs(until: Self.start + .seconds(2)).last?.text
        == "10.244.0.1 - - [15/Jan/2025:10:00:07 +0000] \"GET / HTTP/1.1\" 200 615 \"-\" \"kube-lifecycle/1.34\" \"-\""
    )
    #expect(
      container.httpRequest(
        HTTPRequest(host: "10.244.0.8", port: 8080, path: "/"), at: Self.start + .seconds(2))
        == .connectionRefused)
  }

  @Test func httpbinServesDelayAndStatus() {
    let image = ImageCatalog.standard.image(for: "kennethreitz/httpbin")!
    var container = SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "h", ipAddress: "10.244.0.9"),
      startedAt: Self.start)
    #expect(
      container.logs(until: Self.start).first?.text
        == "[2025-01-15 10:00:05 +0000] [1] [INFO] Starting gunicorn 19.9.0")
    guard
      case .response(let delayed) = container.httpRequest(
        HTTPRequest(host: "10.244.0.9", port: 80, path: "/delay/3"), at: Self.start)
    else {
      Issue.record("expected a response")
      return
    }
    #expect(delayed.elapsed == .seconds(3))
    guard
      case .response(let teapot) = container.httpRequest(
        HTTPRequest(host: "10.244.0.9", port: 80, path: "/status/500"), at: Self.start)
    else { return }
    #expect(teapot.status == 500)
    let hook = container.exec(
      ["/bin/sh", "-c", "echo Hello postStart! > /var/tmp/hello.txt"], stdin: "", tty: false,
      at: Self.start + .seconds(1), timeLimit: .seconds(30))
    #expect(hook.exitCode == 0)
    let cat = container.exec(
      ["cat", "/var/tmp/hello.txt"], stdin: "", tty: true, at: Self.start + .seconds(2),
      timeLimit: .seconds(30))
    #expect(cat.stdout == "Hello postStart!\n")
    let preStop = container.exec(
      ["/bin/sh", "-c", "sleep 10"], stdin: "", tty: false, at: Self.start + .seconds(3),
      timeLimit: .seconds(30))
    #expect(preStop.elapsed == .seconds(10))
    container.signal(.term, pid: 1, at: Self.start + .seconds(13))
    #expect(container.exit?.exitCode == 0)
  }
}

/// The lifecycle-demo preStop in an image that has both nginx and busybox's killall.
@Suite struct KillallImageTests {
  static let start = Instant(seconds: 1_736_935_205)

  @Test func preStopLoopWaitsUntilNginxIsGone() throws {
    var image = try #require(ImageCatalog.standard.image(for: "busybox"))
    image.filesystem.install(
      .file("\u{7F}ELF", mode: 0o755, program: "nginx"), at: "/usr/sbin/nginx")
    image.programVersions["nginx"] = "1.27.3"
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: ["nginx", "-g", "daemon off;"], hostname: "bb",
        ipAddress: "10.244.0.4"), startedAt: Self.start)
    let ps = container.exec(
      ["ps"], stdin: "", tty: false, at: Self.start + .seconds(1), timeLimit: .seconds(5))
    #expect(
      ps.stdout == """
        PID   USER     TIME  COMMAND
            1 root      0:00 nginx: master process nginx -g daemon off;
           29 nginx     0:00 nginx: worker process
           30 nginx     0:00 nginx: worker process
           31 root      0:00 ps

        """)
    let at = Self.start + .seconds(60)
    let hook = container.exec(
      ["/bin/sh", "-c", "nginx -s quit; while killall -0 nginx; do sleep 1; done"], stdin: "",
      tty: false, at: at, timeLimit: .seconds(30))
    // nginx (PID 1) exits 20 ms after SIGQUIT; the container stopping ends the hook with it.
    #expect(hook.elapsed == .milliseconds(20))
    #expect(hook.exitCode == 137)
    #expect(container.exit == ContainerExit(at: at + .milliseconds(20), exitCode: 0, signal: nil))
    let after = container.exec(
      ["ls"], stdin: "", tty: false, at: at + .seconds(1), timeLimit: .seconds(5))
    #expect(
      after.outcome
        == .notStarted(
          reason:
            "OCI runtime exec failed: exec failed: cannot exec in a stopped container: unknown"))
  }
}

/// Signals sent from inside an exec reach a PID 1 script's traps.
@Suite struct ExecSignalTests {
  static let start = Instant(seconds: 1_736_935_205)

  @Test func killFromExecRunsTheTrap() throws {
    let image = try #require(ImageCatalog.standard.image(for: "busybox"))
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image,
        command: ["sh", "-c", "trap 'echo bye; exit 0' TERM; while true; do sleep 1; done"],
        hostname: "bb", ipAddress: "10.244.0.4"), startedAt: Self.start)
    let kill = container.exec(
      ["kill", "-TERM", "1"], stdin: "", tty: false, at: Self.start + .seconds(5),
      timeLimit: .seconds(5))
    #expect(kill.exitCode == 0)
    #expect(container.exit == ContainerExit(at: Self.start + .seconds(5), exitCode: 0, signal: nil))
    #expect(container.logs(until: Self.start + .seconds(10)).map(\.text) == ["bye"])
  }
}
