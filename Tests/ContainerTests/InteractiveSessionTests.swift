import Testing

@testable import Container

/// `kubectl exec -it POD -- /bin/bash` sessions.
@Suite struct InteractiveSessionTests {
  static let start = Instant(seconds: 1_736_935_205)

  static func container(_ reference: String, command: [String]? = nil) -> SimulatedContainer {
    let image = ImageCatalog.standard.image(for: reference)!
    return SimulatedContainer(
      config: ContainerConfig(
        image: image, command: command, hostname: "lifecycle-demo", ipAddress: "10.244.0.5"),
      startedAt: start)
  }

  @Test func bashSessionInNginx() throws {
    var container = Self.container("nginx")
    _ = container.exec(
      ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"], stdin: "",
      tty: false, at: Self.start, timeLimit: .seconds(30))
    var session = try #require(
      InteractiveSession(argv: ["/bin/bash"], container: &container, at: Self.start + .seconds(5)))
    #expect(session.prompt(hostname: "lifecycle-demo") == "root@lifecycle-demo:/# ")
    let cat = session.run(
      line: "cat /usr/share/message", in: &container, at: Self.start + .seconds(6),
      timeLimit: .seconds(60))
    #expect(cat.output == "Hello from the postStart handler\n")
    _ = session.run(
      line: "cd /usr/share", in: &container, at: Self.start + .seconds(7), timeLimit: .seconds(60))
    #expect(session.prompt(hostname: "lifecycle-demo") == "root@lifecycle-demo:/usr/share# ")
    _ = session.run(
      line: "cd", in: &container, at: Self.start + .seconds(8), timeLimit: .seconds(60))
    #expect(session.prompt(hostname: "lifecycle-demo") == "root@lifecycle-demo:~# ")
    let missing = session.run(
      line: "killall -0 nginx", in: &container, at: Self.start + .seconds(9),
      timeLimit: .seconds(60))
    #expect(missing.output == "bash: killall: command not found\n")
    let status = session.run(
      line: "echo $?", in: &container, at: Self.start + .seconds(10), timeLimit: .seconds(60))
    #expect(status.output == "127\n")
    let open = session.run(
      line: "for i in 1 2; do", in: &container, at: Self.start + .seconds(11),
      timeLimit: .seconds(60))
    #expect(open.needsMoreInput)
    #expect(session.continuationPrompt == "> ")
    let closed = session.run(
      line: "echo $i; done", in: &container, at: Self.start + .seconds(12), timeLimit: .seconds(60))
    #expect(closed.output == "1\n2\n")
    let exit = session.run(
      line: "exit 3", in: &container, at: Self.start + .seconds(13), timeLimit: .seconds(60))
    #expect(exit.exited == 3)
    #expect(exit.output == "exit\n")
    #expect(session.exitStatus == 3)
  }

  /// A here-document typed line by line waits for its delimiter with the `> ` prompt, in bash
  /// (nginx) and ash (busybox) alike; `<<-` strips tabs and a quoted delimiter keeps `$`.
  @Test(arguments: [("nginx", ["/bin/bash"]), ("busybox", ["sh"])])
  func hereDocumentsReadOnUntilTheirDelimiter(image: String, argv: [String]) throws {
    var container = Self.container(image, command: image == "busybox" ? ["sleep", "3600"] : nil)
    var session = try #require(
      InteractiveSession(argv: argv, container: &container, at: Self.start))
    var now = Self.start
    func type(_ line: String) -> InteractiveSession.Step {
      now = now + .seconds(1)
      return session.run(line: line, in: &container, at: now, timeLimit: .seconds(60))
    }
    #expect(type("cat <<EOF > /tmp/a").needsMoreInput)
    #expect(type("hello $HOME").needsMoreInput)
    let end = type("EOF")
    #expect(!end.needsMoreInput)
    #expect(end.output == "")
    #expect(type("cat /tmp/a").output == "hello /root\n")
    #expect(type("cat <<'END'").needsMoreInput)
    #expect(type("$HOME stays").needsMoreInput)
    #expect(type("END").output == "$HOME stays\n")
  }

  @Test func busyboxAndDashPrompts() throws {
    var busybox = Self.container("busybox", command: ["sleep", "3600"])
    var ash = try #require(InteractiveSession(argv: ["sh"], container: &busybox, at: Self.start))
    #expect(ash.prompt(hostname: "bb") == "/ # ")
    let notFound = ash.run(line: "bash", in: &busybox, at: Self.start, timeLimit: .seconds(5))
    #expect(notFound.output == "sh: bash: not found\n")
    _ = ash.run(line: "cd /tmp", in: &busybox, at: Self.start, timeLimit: .seconds(5))
    #expect(ash.prompt(hostname: "bb") == "/tmp # ")
    #expect(InteractiveSession(argv: ["/bin/bash"], container: &busybox, at: Self.start) == nil)

    var nginx = Self.container("nginx")
    var dash = try #require(InteractiveSession(argv: ["sh"], container: &nginx, at: Self.start))
    #expect(dash.prompt(hostname: "x") == "# ")
    _ = dash.run(line: "true", in: &nginx, at: Self.start, timeLimit: .seconds(5))
    let second = dash.run(line: "nope", in: &nginx, at: Self.start, timeLimit: .seconds(5))
    #expect(second.output == "sh: 2: nope: not found\n")
  }

  @Test func timeAdvancesAndSleepIsCutOff() throws {
    var container = Self.container("nginx")
    var session = try #require(
      InteractiveSession(argv: ["bash"], container: &container, at: Self.start))
    let slept = session.run(
      line: "sleep 2; date", in: &container, at: Self.start, timeLimit: .seconds(60))
    #expect(slept.output == "Wed Jan 15 10:00:07 UTC 2025\n")
    #expect(slept.elapsed == .seconds(2))
    let cut = session.run(
      line: "sleep 100", in: &container, at: Self.start, timeLimit: .seconds(10))
    #expect(cut.elapsed == .seconds(10))
  }
}
