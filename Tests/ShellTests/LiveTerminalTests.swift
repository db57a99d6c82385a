import Cluster
import Container
import Kubectl
import Synchronization
import Testing

@testable import Shell

/// A terminal whose sleeps move a ``ManualWallClock``, and where Ctrl-C comes at a chosen wall
/// time: the live shell's waits, tested without a terminal or real time.
final class FakeTerminal: LiveTerminal {
  struct Record {
    var indicators: [String] = []
    var streamed = ""
    var pauses = 0
    var ended = 0
  }

  let clock: ManualWallClock
  /// Ctrl-C comes once the wall clock reaches this (nil: never).
  let interruptAt: Instant?
  private let record = Mutex(Record())

  init(clock: ManualWallClock, interruptAfter: Duration? = nil) {
    self.clock = clock
    self.interruptAt = interruptAfter.map { clock.now() + $0 }
  }

  var indicators: [String] { record.withLock { $0.indicators } }
  var streamed: String { record.withLock { $0.streamed } }
  var pauses: Int { record.withLock { $0.pauses } }
  var ended: Int { record.withLock { $0.ended } }

  func commandStarts() {}
  func interrupted() -> Bool { interruptAt.map { clock.now() >= $0 } ?? false }
  func pause(_ duration: Duration) {
    #expect(duration > .zero && duration <= LivePacer.tick)
    record.withLock { $0.pauses += 1 }
    clock.move(by: duration)
  }
  func indicate(_ text: String) { record.withLock { $0.indicators.append(text) } }
  func write(_ text: String, to stream: CommandOutput.Stream) {
    record.withLock { $0.streamed += text }
  }
  func commandEnds() { record.withLock { $0.ended += 1 } }
}

@Suite("Live waits on a terminal")
struct LiveTerminalTests {
  /// A terminal session whose clock starts with the cluster's epoch.
  private func live(
    speed: Double = 1, interruptAfter: Duration? = nil, language: Language = .en
  ) -> (ShellSession, FakeTerminal) {
    let wall = ManualWallClock(ClusterConfig.defaultEpoch)
    let terminal = FakeTerminal(clock: wall, interruptAfter: interruptAfter)
    let session = ShellSession(
      configuration: ShellSession.Configuration(
        files: Fixtures.files, workingDirectory: "/home/learner/lesson",
        homeDirectory: "/home/learner", clock: .wallClock(wall, speed: speed), screen: .terminal,
        language: language, terminal: terminal))
    return (session, terminal)
  }

  @Test(arguments: [(1.0, 30_000), (10.0, 3_000), (0.5, 60_000)])
  func sleepTakesRealTimeAtTheShellsSpeed(speed: Double, wallMilliseconds: Int64) {
    var (session, terminal) = live(speed: speed)
    var output = TranscriptBuffer()
    let wallStart = terminal.clock.now()
    let start = session.cluster.now
    session.run(line: "sleep 30", output: &output)
    #expect(terminal.clock.now() - wallStart == .milliseconds(wallMilliseconds))
    #expect(session.cluster.now == start + .seconds(30))
    #expect(output.text.isEmpty)
    #expect(session.lastStatus == 0)
    #expect(terminal.ended == 1)
    // The next line adds only the wall time that passed since the sleep ended.
    session.run(line: "", output: &output)
    #expect(session.cluster.now == start + .seconds(30))
  }

  @Test func ctrlCStopsSleepWhereItCame() {
    var (session, terminal) = live(interruptAfter: .seconds(5))
    var output = TranscriptBuffer()
    let start = session.cluster.now
    session.run(line: "sleep 30", output: &output)
    #expect(output.text == "^C\n")
    #expect(session.lastStatus == 130)
    #expect(session.cluster.now == start + .seconds(5))
    #expect(terminal.indicators.last == "… sleeping · 0:04 · Ctrl-C stops")
  }

  @Test func shortWaitsShowNoIndicator() {
    var (session, terminal) = live()
    var output = TranscriptBuffer()
    session.run(line: "sleep 0.3", output: &output)
    #expect(terminal.indicators.isEmpty)
    #expect(terminal.pauses > 0)
  }

  /// Ctrl-C stops kubectl, not the deletion: the pod goes on terminating in the cluster.
  /// (`ff` moves only the cluster clock, so the wall clock still stands at the start here.)
  @Test func ctrlCStopsDeleteWaitingForPreStop() {
    var (session, terminal) = live(interruptAfter: .seconds(3))
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/sidecar.yaml", output: &output)
    session.run(line: "ff 30s", output: &output)
    output = TranscriptBuffer()
    session.run(line: "kubectl delete pod web", output: &output)
    // The confirmation shows at once, before the wait; the `^C` line once kubectl stopped.
    #expect(terminal.streamed == "pod \"web\" deleted from default namespace\n")
    #expect(output.text == "^C\n")
    #expect(session.lastStatus == 130)
    #expect(terminal.indicators.last == "… waiting for pod/web to be deleted · 0:02 · Ctrl-C stops")
    output = TranscriptBuffer()
    session.run(line: "kubectl get pods", output: &output)
    #expect(output.text.contains("Terminating"))
  }

  @Test func deleteWithoutCtrlCWaitsUntilThePodIsGone() {
    var (session, terminal) = live()
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    session.run(line: "ff 30s", output: &output)
    let wallStart = terminal.clock.now()
    let start = session.cluster.now
    output = TranscriptBuffer()
    session.run(line: "kubectl delete pod lifecycle-demo", output: &output)
    #expect(terminal.streamed == "pod \"lifecycle-demo\" deleted from default namespace\n")
    #expect(output.text.isEmpty)
    #expect(session.lastStatus == 0)
    // The same virtual time passed as the wall time, and the pod is gone.
    #expect(session.cluster.now - start == terminal.clock.now() - wallStart)
    #expect(session.cluster.now > start)
    #expect(session.cluster.pod(named: "lifecycle-demo", in: "default") == nil)
  }

  /// A live watch prints rows as they happen and goes on until Ctrl-C, as kubectl does.
  @Test func watchStreamsRowsUntilCtrlC() {
    var (session, terminal) = live(interruptAfter: .seconds(300))
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    let start = session.cluster.now
    output = TranscriptBuffer()
    session.run(line: "kubectl get pods -w", output: &output)
    #expect(output.text == "^C\n")
    #expect(session.lastStatus == 130)
    let rows = terminal.streamed.split(separator: "\n")
    #expect(rows.first?.hasPrefix("NAME ") == true)
    #expect(rows.contains { $0.contains("ContainerCreating") })
    #expect(rows.contains { $0.contains("Running") })
    // Past the scripted watch's two-minute bound: only Ctrl-C ended it (noticed within a tick).
    #expect(session.cluster.now - start >= .seconds(300))
    #expect(session.cluster.now - start <= .seconds(300) + LivePacer.tick)
  }

  @Test func aRedirectedWatchStreamsNothing() {
    var (session, terminal) = live(interruptAfter: .seconds(20))
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    session.run(line: "kubectl get pods -w > watch.txt", output: &output)
    #expect(terminal.streamed.isEmpty)
    output = TranscriptBuffer()
    session.run(line: "cat watch.txt", output: &output)
    #expect(output.text.hasPrefix("NAME "))
    #expect(output.text.contains("Running"))
  }

  /// A line in a container shell runs in real time; Ctrl-C reaches the container's shell.
  @Test func ctrlCStopsACommandInAContainerShell() {
    var (session, _) = live(interruptAfter: .seconds(2))
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    session.run(line: "ff 30s", output: &output)
    session.run(line: "kubectl exec -it lifecycle-demo -- /bin/bash", output: &output)
    let start = session.cluster.now
    output = TranscriptBuffer()
    session.run(line: "sleep 10; echo done", output: &output)
    #expect(output.text == "^C\n")
    #expect(session.cluster.now < start + .seconds(10))
    output = TranscriptBuffer()
    session.run(line: "echo $?", output: &output)
    #expect(output.text == "130\n")
  }

  /// A long command in a container shell shows its output as it writes it, not at the end.
  @Test(arguments: [(nil as Duration?, "1\n2\n3\n", ""), (.milliseconds(31_500), "1\n2\n", "^C\n")])
  func containerOutputStreamsAsItIsWritten(
    interruptAfter: Duration?, streamed: String, printedAfter: String
  ) {
    var (session, terminal) = live(interruptAfter: interruptAfter)
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    // The wall clock moves with the ff here: 30 s, so the loop starts at about 30 s.
    terminal.clock.move(by: .seconds(30))
    session.run(line: "kubectl exec -it lifecycle-demo -- /bin/bash", output: &output)
    output = TranscriptBuffer()
    session.run(line: "for i in 1 2 3; do echo $i; sleep 1; done", output: &output)
    #expect(terminal.streamed == streamed)
    #expect(output.text == printedAfter)
  }

  /// Without a TTY too, kubectl shows each stream's output as the command writes it.
  @Test func oneShotExecOutputStreamsOnItsOwnStreams() {
    var (session, terminal) = live()
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    terminal.clock.move(by: .seconds(30))
    session.run(line: "", output: &output)
    output = TranscriptBuffer()
    session.run(
      line: "kubectl exec lifecycle-demo -- sh -c 'echo out; echo err >&2; sleep 1; echo late'",
      output: &output)
    #expect(terminal.streamed == "out\nerr\n")
    #expect(output.chunks == [CommandOutput.Chunk(stream: .stdout, text: "late\n")])
  }

  @Test func ctrlCStopsAOneShotExec() {
    var (session, terminal) = live(interruptAfter: .seconds(3))
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    session.run(line: "ff 30s", output: &output)
    output = TranscriptBuffer()
    session.run(
      line: "kubectl exec lifecycle-demo -- sh -c 'echo start; sleep 10; echo end'",
      output: &output)
    #expect(terminal.streamed == "start\n")
    #expect(output.text == "^C\n")
    #expect(session.lastStatus == 130)
  }

  /// `logs -f` follows live until Ctrl-C, new lines streamed as the container writes them.
  @Test func logsFollowStreamsUntilCtrlC() {
    var (session, terminal) = live(interruptAfter: .milliseconds(4_500))
    var output = TranscriptBuffer()
    for line in [
      "kubectl apply -f - <<'EOF'", "apiVersion: v1", "kind: Pod", "metadata: {name: ticker}",
      "spec:", "  containers:", "  - name: c", "    image: busybox",
      "    command: [sh, -c, 'i=0; while true; do i=$((i+1)); echo tick $i; sleep 1; done']",
      "EOF", "ff 20s",
    ] {
      session.run(line: line, output: &output)
    }
    output = TranscriptBuffer()
    session.run(line: "kubectl logs -f ticker", output: &output)
    #expect(output.text == "^C\n")
    #expect(session.lastStatus == 130)
    let ticks = terminal.streamed.split(separator: "\n")
    // What was there, then about four more seconds of it, in order.
    #expect(ticks.count >= 20)
    #expect(ticks.last.map { $0.hasPrefix("tick ") } == true)
    #expect(ticks.map(String.init) == ticks.indices.map { "tick \($0 + 1)" })
    #expect(terminal.indicators.last?.hasPrefix("… following the logs of pod/ticker") == true)
  }

  @Test func theIndicatorSpeaksTheSessionsLanguage() {
    var (session, terminal) = live(interruptAfter: .seconds(2), language: .zh)
    var output = TranscriptBuffer()
    session.run(line: "sleep 10", output: &output)
    #expect(terminal.indicators.last == "… 休眠中 · 0:01 · 按 Ctrl-C 中止")
  }

  /// `kubetutor run` never waits, whatever the terminal: the transcript is deterministic.
  @Test func scriptedSessionsNeverPace() {
    let wall = ManualWallClock(ClusterConfig.defaultEpoch)
    let terminal = FakeTerminal(clock: wall)
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: Fixtures.files, workingDirectory: "/home/learner/lesson", terminal: terminal))
    var output = TranscriptBuffer()
    session.run(line: "sleep 30", output: &output)
    #expect(terminal.pauses == 0)
    #expect(wall.now() == ClusterConfig.defaultEpoch)
  }
}

/// A reader whose terminal is resized to the next width before each line comes back.
struct ResizingReader: LineReader {
  var lines: [(String, Int)]
  var width: Int? = nil
  var echoesInput: Bool { false }
  var columns: Int? { width }
  mutating func readLine(prompt: String) -> LineInput {
    guard !lines.isEmpty else { return .end }
    let (line, columns) = lines.removeFirst()
    width = columns
    return .line(line)
  }
}

@Suite("Window size")
struct WindowSizeTests {
  /// `ls` lays out for the width the window has when the line is entered.
  @Test func lsFollowsAResize() {
    var session = Fixtures.session(screen: .terminal)
    var reader = ResizingReader(lines: [
      ("ls /home/learner/lesson", 200), ("ls /home/learner/lesson", 20),
    ])
    var output = TranscriptBuffer()
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    #expect(
      output.text == """
        $ ls /home/learner/lesson
        README.md  notes.txt  pods  中文.txt
        $ ls /home/learner/lesson
        README.md  pods
        notes.txt  中文.txt

        """)
  }

  /// kubectl passes the terminal's width to an interactive exec: the container's `ls` uses it.
  @Test func containerLsUsesTheTerminalsWidth() {
    var session = Fixtures.session(screen: .terminal)
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    session.run(line: "ff 30s", output: &output)
    session.run(line: "kubectl exec -it lifecycle-demo -- /bin/bash", output: &output)
    session.columns = 40
    output = TranscriptBuffer()
    session.run(line: "ls /", output: &output)
    let narrow = output.text.split(separator: "\n")
    #expect(narrow.count > 2)
    #expect(narrow.allSatisfy { $0.count <= 40 })
    session.columns = 250
    output = TranscriptBuffer()
    session.run(line: "ls /", output: &output)
    #expect(output.text.split(separator: "\n").count == 1)
    session.run(line: "exit", output: &output)
    // A one-shot `exec -t` gets the width too.
    session.columns = 40
    output = TranscriptBuffer()
    session.run(line: "kubectl exec -t lifecycle-demo -- ls /", output: &output)
    let oneShot = output.text.split(separator: "\n")
    #expect(oneShot.count > 2)
    #expect(oneShot.allSatisfy { $0.count <= 40 })
  }
}

@Suite("Wait indicator")
struct WaitIndicatorTests {
  /// A narrow terminal shortens what is waited for, not the time or the Ctrl-C hint.
  @Test(arguments: [
    (80, "… waiting for pod/lifecycle-demo to be deleted · 0:03 · Ctrl-C stops"),
    (40, "… waiting for pod… · 0:03 · Ctrl-C stops"),
    (30, "… 0:03 · Ctrl-C stops"),
    (15, "… waiting for p"),
  ])
  func fitsTheWidth(width: Int, expected: String) {
    let text = "… waiting for pod/lifecycle-demo to be deleted · 0:03 · Ctrl-C stops"
    #expect(SystemTerminal.fit(text, width: width) == expected)
    #expect(ColumnLayout.displayWidth(SystemTerminal.fit(text, width: width)) <= width)
  }

  @Test func chineseIsMeasuredInColumns() {
    let text = "… 等待 pod/nr 满足 condition=Ready · 0:03 · 按 Ctrl-C 中止"
    let fitted = SystemTerminal.fit(text, width: 40)
    #expect(ColumnLayout.displayWidth(fitted) <= 40)
    #expect(fitted.hasSuffix(" · 0:03 · 按 Ctrl-C 中止"))
  }
}

/// A reader that records what the loop asks it to remember.
struct RecordingReader: LineReader {
  var lines: [String]
  var remembered: [String] = []
  var echoesInput: Bool { false }
  mutating func readLine(prompt: String) -> LineInput {
    lines.isEmpty ? .end : .line(lines.removeFirst())
  }
  mutating func remember(_ line: String) { remembered.append(line) }
}

@Suite("History")
struct HistoryTests {
  /// Only new commands go into history: not a here-document's body, a continued line's rest,
  /// or what is typed into the line editor.
  @Test func onlyCommandsAreRemembered() {
    var session = Fixtures.session(screen: .terminal)
    var reader = RecordingReader(lines: [
      "cat <<EOF > h.txt", "body", "EOF", "echo a \\", "b", "edit h.txt", "1d", "wq", "echo done",
    ])
    var output = TranscriptBuffer()
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    #expect(reader.remembered == ["cat <<EOF > h.txt", "echo a \\", "edit h.txt", "echo done"])
  }
}
