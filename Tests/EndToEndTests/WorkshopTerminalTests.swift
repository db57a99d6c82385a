import Foundation
import Testing

/// The instructor's tools on a real terminal: present mode under tmux, recordings of `run`,
/// `shell` and `present` checked against the asciicast v2 format and played by asciinema.
@Suite("Workshop (tmux, asciinema)", .serialized)
struct WorkshopTerminalTests {
  typealias Tmux = TerminalTests.Tmux

  /// A recording's header and events, each line parsed as JSON; times never go back.
  static func parseCast(_ url: URL) throws -> (
    header: [String: Any], events: [(Double, String, String)]
  ) {
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasSuffix("\n"))
    let lines = text.split(separator: "\n").map(String.init)
    let header = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(header["version"] as? Int == 2)
    #expect((header["width"] as? Int ?? 0) > 0 && (header["height"] as? Int ?? 0) > 0)
    #expect(header["timestamp"] is Int)
    #expect(header["title"] is String)
    var events: [(Double, String, String)] = []
    for line in lines.dropFirst() {
      let array = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
      #expect(array.count == 3)
      let time = try #require(array[0] as? Double)
      let code = try #require(array[1] as? String)
      let data = try #require(array[2] as? String)
      #expect(["o", "m", "r"].contains(code))
      if let last = events.last { #expect(time >= last.0) }
      events.append((time, code, data))
    }
    return (header, events)
  }

  static var asciinema: String? {
    ["/usr/bin/asciinema", "/usr/local/bin/asciinema"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Plays `cast` with asciinema at 20× (idle time capped) on a pseudo-terminal (`script`),
  /// and checks it exits with status 0 having shown `expected`.
  static func play(
    _ cast: URL, shows expected: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard let asciinema else {
      Issue.record(
        "asciinema is not installed (`make deps` installs it)", sourceLocation: sourceLocation)
      return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = [
      "-q", "-e", "-c", "\(asciinema) play -s 20 -i 0.2 '\(cast.path)'", "/dev/null",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm"
    environment["LANG"] = "C.UTF-8"
    process.environment = environment
    let output = cast.deletingPathExtension().appendingPathExtension("played")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      Issue.record("asciinema play did not finish in 30 s", sourceLocation: sourceLocation)
    }
    process.waitUntilExit()
    let played = String(decoding: try Data(contentsOf: output), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(played.suffix(300))", sourceLocation: sourceLocation)
    #expect(played.contains(expected), "\(played.suffix(300))", sourceLocation: sourceLocation)
  }

  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-workshop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// `run --record`: the same transcript on stdout, a recording on the simulated clock with a
  /// marker per step, which asciinema plays.
  @Test func runRecordingPlays() throws {
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let cast = directory.appendingPathComponent("lesson.cast")
    let script = """
      kubectl apply -f lifecycle-events.yaml
      kubectl wait --for=condition=Ready pod/lifecycle-demo
      kubectl exec -it lifecycle-demo -- /bin/bash
      cat /usr/share/message
      exit
      kubectl delete pod lifecycle-demo

      """
    let plain = try Binary.run(["run", "--lesson", "lifecycle-demo"], stdin: script)
    let recorded = try Binary.run(
      ["run", "--lesson", "lifecycle-demo", "--record", cast.path], stdin: script)
    #expect(recorded.status == 0)
    #expect(recorded.stdout == plain.stdout)
    let (header, events) = try Self.parseCast(cast)
    #expect(header["title"] as? String == "The lifecycle-demo Pod")
    #expect(
      events.filter { $0.1 == "m" }.map(\.2) == [
        "Step 1: Create the Pod", "Step 2: Wait until it is Running",
        "Step 3: Read the message postStart wrote", "Step 4: Delete the Pod and watch preStop",
        "Lesson complete: The lifecycle-demo Pod",
      ])
    let screen = events.filter { $0.1 == "o" }.map(\.2).joined()
    #expect(
      screen.contains(
        "root@lifecycle-demo:/# cat /usr/share/message\r\nHello from the postStart handler\r\n"))
    // Deterministic: recording again gives the same bytes.
    let again = directory.appendingPathComponent("again.cast")
    _ = try Binary.run(
      ["run", "--lesson", "lifecycle-demo", "--record", again.path], stdin: script)
    #expect(try Data(contentsOf: cast) == Data(contentsOf: again))
    try Self.play(cast, shows: "Lesson complete: The lifecycle-demo Pod")
  }

  @Test func recordingToAnUnwritablePlaceFails() throws {
    let result = try Binary.run(
      ["run", "--record", "/nonexistent-directory/x.cast"], stdin: "echo hi\n")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "kubetutor: cannot record to '/nonexistent-directory/x.cast': No such file or directory\n"
    )
    #expect(result.stdout == "")
  }

  @Test func presentNeedsATerminal() throws {
    let result = try Binary.run(["present", "lifecycle-demo"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("kubetutor: present needs a terminal"))
    let unknown = try Binary.run(["present", "no-such-lesson"])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr == "kubetutor: there is no lesson `no-such-lesson` (`lessons` lists them)\n")
    let step = try Binary.run(["present", "lifecycle-demo", "--step", "9"])
    #expect(step.status == 2)
    #expect(step.stderr == "kubetutor: lesson lifecycle-demo has 4 steps\n")
  }

  /// Present mode on a real terminal: keys type and run the solution, jump, go back, show the
  /// notes; the terminal is restored after `q`; the recording has a marker per screen shown.
  @Test func presentOnATerminal() throws {
    guard let executable = Tmux.find(),
      FileManager.default.isExecutableFile(atPath: Binary.url.path)
    else {
      Issue.record("tmux or the built binary is missing (`make deps`, `swift build`).")
      return
    }
    let directory = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let cast = directory.appendingPathComponent("present.cast")
    let tmux = Tmux(executable: executable)
    defer { _ = try? tmux("kill-server") }
    try tmux(
      "new-session", "-d", "-x", "100", "-y", "40", "-s", "t",
      "env -u NO_COLOR -u LC_ALL HOME='\(directory.path)' TERM=xterm LANG=C.UTF-8 sh -c 'echo before-present; \"\(Binary.url.path)\" present lifecycle-demo --pace 5 --record \"\(cast.path)\"; echo present-exit=$?; sleep 60'"
    )
    try tmux.waitFor("the intro") { $0.contains("  The lifecycle-demo Pod") }
    #expect(try !tmux.screen().contains("before-present"))  // the alternate screen
    try tmux("send-keys", "-t", "t", "Space")
    try tmux.waitFor("step 1") { $0.first?.contains("Step 1 of 4") == true }
    try tmux("send-keys", "-t", "t", "Space")
    try tmux.waitFor("the command typed and run") {
      $0.contains("$ kubectl apply -f lifecycle-events.yaml")
        && $0.contains("pod/lifecycle-demo created")
        && $0.contains("✓ Step 1 done: its checks pass.")
    }
    try tmux("send-keys", "-t", "t", "t")
    try tmux.waitFor("the speaker notes") {
      $0.contains("  ▌ Speaker notes") && $0.contains("pod/lifecycle-demo created")
    }
    // Zooming the font narrows the terminal: the text is wrapped again at once.
    try tmux("resize-window", "-t", "t", "-x", "60", "-y", "40")
    try tmux.waitFor("the text re-wrapped to 60 columns") { lines in
      lines.contains("  Create the Pod from the manifest. Any way you know")
    }
    try tmux("resize-window", "-t", "t", "-x", "100", "-y", "40")
    try tmux("send-keys", "-t", "t", "3", "Enter")
    try tmux.waitFor("step 3") { $0.first?.contains("Step 3 of 4") == true }
    try tmux("send-keys", "-t", "t", "Space")
    try tmux.waitFor("kubectl exec typed") {
      $0.contains("$ kubectl exec -it lifecycle-demo -- /bin/bash")
    }
    // Until the command has run (it prints nothing), a key only hurries its typing.
    usleep(300_000)
    try tmux("send-keys", "-t", "t", "Space")
    try tmux.waitFor("the container's shell") {
      $0.contains("Hello from the postStart handler")
    }
    try tmux("send-keys", "-t", "t", "PageUp")
    try tmux.waitFor("step 3 from its start") { lines in
      lines.first?.contains("Step 3 of 4") == true
        && !lines.contains("Hello from the postStart handler")
    }
    try tmux("send-keys", "-t", "t", "q")
    try tmux.waitFor("the shell's screen back, and where it stopped") { lines in
      lines.contains("before-present") && lines.contains("present-exit=0")
        && lines.contains { $0.hasPrefix("kubetutor: present stopped at step 3 of 4.") }
    }
    let (header, events) = try Self.parseCast(cast)
    #expect(header["width"] as? Int == 100 && header["height"] as? Int == 40)
    // The zoom is in the recording, so a player redraws at the new size.
    #expect(events.filter { $0.1 == "r" }.map(\.2) == ["60x40", "100x40"])
    #expect(
      events.filter { $0.1 == "m" }.map(\.2) == [
        "The lifecycle-demo Pod", "Step 1: Create the Pod",
        "Step 3: Read the message postStart wrote", "Step 3: Read the message postStart wrote",
      ])
    try Self.play(cast, shows: "Step 3 of 4")
  }

  /// Killed (SIGTERM, or SIGHUP when the window closes), present mode still gives the
  /// terminal back: its modes, and the shell's screen.
  @Test func presentKilledRestoresTheTerminal() throws {
    guard let executable = Tmux.find() else {
      Issue.record("tmux is missing (`make deps`).")
      return
    }
    let tmux = Tmux(executable: executable)
    defer { _ = try? tmux("kill-server") }
    try tmux(
      "new-session", "-d", "-x", "100", "-y", "30", "-s", "t",
      "env TERM=xterm LANG=C.UTF-8 sh -c 'echo before-present; \"\(Binary.url.path)\" present lifecycle-demo --pace 7; echo status=$?; stty -a | grep -o -- -*icanon; sleep 60'"
    )
    try tmux.waitFor("present mode") { $0.contains("  The lifecycle-demo Pod") }
    let kill = try Process.run(
      URL(fileURLWithPath: "/usr/bin/pkill"),
      arguments: ["-TERM", "-f", "^\(Binary.url.path) present lifecycle-demo --pace 7"])
    kill.waitUntilExit()
    try tmux.waitFor("the terminal back after SIGTERM") { lines in
      lines.contains("before-present") && lines.contains("status=143")
        && lines.contains("icanon")
    }
  }

  /// `shell --record`: the prompt, the line as entered, its output, in real time.
  @Test func shellRecording() throws {
    guard
      let (tmux, home) = try TerminalTests.startShell(arguments: "shell --sandbox --record s.cast")
    else { return }
    defer {
      _ = try? tmux("kill-server")
      try? FileManager.default.removeItem(at: home)
    }
    try tmux("send-keys", "-t", "t", "echo recorded-line", "Enter")
    try tmux.waitFor("the line to run") { $0.contains("recorded-line") && $0.last == "$" }
    try tmux("send-keys", "-t", "t", "C-d")
    let cast = home.appendingPathComponent("s.cast")
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline,
      !((try? String(contentsOf: cast, encoding: .utf8))?.contains("\"\\r\\n\"]") ?? false)
    {
      usleep(50_000)
    }
    let (_, events) = try Self.parseCast(cast)
    let screen = events.filter { $0.1 == "o" }.map(\.2).joined()
    #expect(screen.contains("$ echo recorded-line\r\nrecorded-line\r\n$ "))
    try Self.play(cast, shows: "$ echo recorded-line\r\nrecorded-line")
  }
}
