import Cluster
import Container
import Kubectl
import Testing

@testable import Shell

@Suite("ShellSession")
struct SessionTests {
  private var epoch: Instant { ClusterConfig.defaultEpoch }

  @Test func eachScriptedLineAdvancesTheClockByOneSecond() {
    var session = Fixtures.session()
    var output = TranscriptBuffer()
    #expect(session.cluster.now == epoch)
    for (index, line) in ["", "# comment", "echo hi", "nope", "echo \"broken"].enumerated() {
      session.run(line: line, output: &output)
      #expect(session.cluster.now == epoch + .seconds(index + 1))
    }
  }

  @Test func sleepAndFastForwardAdvanceOnTopOfTheLine() {
    var session = Fixtures.session()
    var output = TranscriptBuffer()
    session.run(line: "sleep 30", output: &output)
    #expect(session.cluster.now == epoch + .seconds(31))
    session.run(line: "sleep 1m 0.5", output: &output)
    #expect(session.cluster.now == epoch + .milliseconds(31_000 + 1_000 + 60_500))
    session.run(line: "ff 2h", output: &output)
    #expect(session.cluster.now == epoch + .milliseconds(92_500 + 1_000 + 7_200_000))
    #expect(output.text == "Fast-forwarded the cluster clock by 2h.\n")
    session.run(line: "sleep abc", output: &output)  // an error still costs the line's second
    #expect(session.cluster.now == epoch + .milliseconds(7_293_500 + 1_000))
  }

  /// `ff` says what happened to the pods meanwhile.
  @Test func fastForwardReportsWhatChanged() {
    var session = Fixtures.session()
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    session.run(line: "kubectl apply -f pods/liveness.yaml", output: &output)
    output = TranscriptBuffer()
    session.run(line: "ff 90s", output: &output)
    #expect(
      output.text == """
        Fast-forwarded the cluster clock by 1m30s.
          pod/lifecycle-demo: ContainerCreating → Running (1/1 ready)
          pod/liveness-exec: ContainerCreating → Running (1/1 ready, restarts 0 → 1)

        """)
    output = TranscriptBuffer()
    session.run(line: "ff 5s", output: &output)
    #expect(output.text == "Fast-forwarded the cluster clock by 5s.\n")
  }

  @Test func wallClockModeFollowsTheWallClockTimesSpeed() {
    let wall = ManualWallClock(Instant(seconds: 1_800_000_000))
    var session = Fixtures.session(clock: .wallClock(wall, speed: 2), screen: .terminal)
    var output = TranscriptBuffer()
    let start = session.cluster.now
    wall.move(by: .seconds(10))
    session.run(line: "", output: &output)
    #expect(session.cluster.now == start + .seconds(20))
    session.run(line: "", output: &output)  // no wall time passed: no tick
    #expect(session.cluster.now == start + .seconds(20))
    session.run(line: "ff 1m", output: &output)
    #expect(session.cluster.now == start + .seconds(80))
    wall.move(by: .milliseconds(-5_000))  // the wall clock jumped back: never go backwards
    session.run(line: "", output: &output)
    #expect(session.cluster.now == start + .seconds(80))
    wall.move(by: .seconds(6))  // six real seconds passed since the jump
    session.run(line: "", output: &output)
    #expect(session.cluster.now == start + .seconds(92))
  }

  @Test func workingDirectoryIsUsedForRelativePaths() {
    var session = Fixtures.session()
    var output = TranscriptBuffer()
    session.run(line: "cd pods", output: &output)
    #expect(session.workingDirectory == "/home/learner/lesson/pods")
    session.run(line: "cat lifecycle-events.yaml", output: &output)
    #expect(output.text == Fixtures.manifest)
    session.run(line: "cd ../../..", output: &output)
    #expect(session.workingDirectory == "/home")
  }

  @Test func kubectlGetsTheWorkingDirectoryAndAnExitStatus() {
    var session = Fixtures.session()
    var output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/lifecycle-events.yaml", output: &output)
    #expect(session.lastStatus == 0)
    #expect(output.stderr.isEmpty)
    output = TranscriptBuffer()
    session.run(line: "kubectl apply -f pods/missing.yaml", output: &output)
    #expect(session.lastStatus != 0)
    #expect(!output.stderr.isEmpty)
  }

  /// The exercise from the seed: apply, wait, exec into the container, leave with a status.
  @Test func execSessionSwitchesThePromptUntilTheContainerShellExits() {
    let lines = [
      "kubectl apply -f pods/lifecycle-events.yaml",
      "sleep 60",
      "kubectl exec -it lifecycle-demo -- /bin/bash",
      "cat /usr/share/message",
      "sleep 5",
      "exit 3",
      "echo back outside",
    ]
    var session = Fixtures.session()
    var reader = ScriptedLineReader(lines)
    var output = TranscriptBuffer()
    var prompts: [String] = []
    var times: [Instant] = []
    var statuses: [Int32] = []
    // Drive the loop by hand to see the prompt before each line.
    while case .line(let line) = reader.readLine(prompt: session.prompt) {
      prompts.append(session.prompt)
      output.write(session.prompt + line + "\n", to: .stdout)
      session.run(line: line, output: &output)
      times.append(session.cluster.now)
      statuses.append(session.lastStatus)
    }
    let container = "root@lifecycle-demo:/# "
    #expect(prompts == ["$ ", "$ ", "$ ", container, container, container, "$ "])
    #expect(session.execSession == nil)
    #expect(output.stderr.hasSuffix("command terminated with exit code 3\n"))
    #expect(output.text.contains("\(container)cat /usr/share/message\n"))
    #expect(
      output.text.hasSuffix(
        "command terminated with exit code 3\n$ echo back outside\nback outside\n"))
    #expect(statuses[5] == 3)  // `exit 3` in the container is kubectl's exit status
    // `sleep 5` inside the container takes five virtual seconds on top of the line's one.
    #expect(times[4] - times[3] >= .seconds(6))
  }

  @Test func endOfScriptInsideAContainerJustStops() {
    var session = Fixtures.session()
    var reader = ScriptedLineReader([
      "kubectl apply -f pods/lifecycle-events.yaml", "sleep 60",
      "kubectl exec -it lifecycle-demo -- /bin/bash",
    ])
    var output = TranscriptBuffer()
    #expect(ShellLoop.run(session: &session, reader: &reader, output: &output) == 0)
    #expect(session.execSession != nil)
  }

  @Test func ctrlDInsideAContainerOnATerminalLeavesOnlyTheContainer() {
    var session = Fixtures.session(screen: .terminal)
    var output = TranscriptBuffer()
    for line in [
      "kubectl apply -f pods/lifecycle-events.yaml", "sleep 60",
      "kubectl exec -it lifecycle-demo -- /bin/bash",
    ] {
      session.run(line: line, output: &output)
    }
    #expect(session.execSession != nil)
    #expect(session.endOfInput(output: &output) == false)
    #expect(session.execSession == nil)
    #expect(session.prompt == "$ ")
    #expect(session.endOfInput(output: &output) == true)
  }

  /// Ctrl-D in a here-document or after a trailing `\` on a terminal ends that input; the
  /// shell goes on, as an interactive bash does.
  @Test func ctrlDInAHereDocumentOnATerminalKeepsTheShell() {
    var session = Fixtures.session(screen: .terminal)
    var output = TranscriptBuffer()
    session.run(line: "cat <<EOF", output: &output)
    session.run(line: "x", output: &output)
    #expect(session.endOfInput(output: &output) == false)
    #expect(
      output.text
        == "bash: warning: here-document delimited by end-of-file (wanted `EOF')\nx\n")
    #expect(session.prompt == "$ ")
    session.run(line: "echo a \\", output: &output)
    #expect(session.prompt == "> ")
    #expect(session.endOfInput(output: &output) == false)
    #expect(session.prompt == "$ ")
  }

  /// In a container shell on a terminal: Ctrl-C drops a half-typed command, Ctrl-D runs it
  /// (a here-document ends there with bash's warning), a trailing `\` continues the line.
  @Test func ctrlCAndCtrlDInAHalfTypedContainerCommand() {
    var session = Fixtures.session(screen: .terminal)
    var output = TranscriptBuffer()
    for line in [
      "kubectl apply -f pods/lifecycle-events.yaml", "ff 30s",
      "kubectl exec -it lifecycle-demo -- /bin/bash",
    ] {
      session.run(line: line, output: &output)
    }
    session.run(line: "cat <<EOF", output: &output)
    session.run(line: "dropped", output: &output)
    #expect(session.prompt == "> ")
    session.interrupt()
    #expect(session.prompt == "root@lifecycle-demo:/# ")
    output = TranscriptBuffer()
    session.run(line: "echo $?", output: &output)
    #expect(output.text == "130\n")
    session.run(line: "cat <<EOF", output: &output)
    session.run(line: "kept", output: &output)
    output = TranscriptBuffer()
    #expect(session.endOfInput(output: &output) == false)
    #expect(
      output.text
        == "\nbash: warning: here-document at line 4 delimited by end-of-file (wanted `EOF')\nkept\n"
    )
    #expect(session.prompt == "root@lifecycle-demo:/# ")
    output = TranscriptBuffer()
    session.run(line: "echo one \\", output: &output)
    #expect(session.prompt == "> ")
    session.run(line: "two", output: &output)
    #expect(output.text == "one two\n")
  }

  /// On a terminal, `cat > file` and `kubectl apply -f -` read the lines typed next until
  /// Ctrl-D, with no prompt, as under bash.
  @Test func commandsReadTheTerminalUntilCtrlD() {
    var session = Fixtures.session(screen: .terminal)
    var output = TranscriptBuffer()
    session.run(line: "cat > typed.txt", output: &output)
    #expect(session.prompt == "")
    #expect(!session.isAtCommandPrompt)
    session.run(line: "line one", output: &output)
    session.run(line: "line $HOME", output: &output)
    #expect(session.endOfInput(output: &output) == false)
    #expect(session.prompt == "$ ")
    output = TranscriptBuffer()
    session.run(line: "cat typed.txt", output: &output)
    #expect(output.text == "line one\nline $HOME\n")
    session.run(line: "kubectl apply -f -", output: &output)
    for line in Fixtures.manifest.split(separator: "\n") {
      session.run(line: String(line), output: &output)
    }
    output = TranscriptBuffer()
    #expect(session.endOfInput(output: &output) == false)
    #expect(output.text == "pod/lifecycle-demo created\n")
    // Ctrl-C drops what was typed.
    session.run(line: "cat > dropped.txt", output: &output)
    session.run(line: "never", output: &output)
    session.interrupt()
    output = TranscriptBuffer()
    session.run(line: "ls dropped.txt", output: &output)
    #expect(output.text.contains("No such file"))
  }

  @Test(arguments: [
    (Duration.seconds(90), "1m30s"), (.seconds(30), "30s"), (.milliseconds(1500), "1.500s"),
    (.seconds(3600), "1h"), (.seconds(90_061), "1d1h1m1s"), (.zero, "0s"),
  ])
  func fastForwardDescribesDurations(_ duration: Duration, _ text: String) {
    #expect(ShellSession.describe(duration) == text)
  }

  @Test(arguments: [
    (Duration.seconds(30), "30 秒"), (.seconds(90), "1 分钟 30 秒"), (.seconds(7200), "2 小时"),
    (.milliseconds(1500), "1.500 秒"), (.seconds(86_400 + 61), "1 天 1 分钟 1 秒"),
  ])
  func fastForwardDescribesDurationsInChinese(_ duration: Duration, _ text: String) {
    #expect(ShellSession.describe(duration, language: .zh) == text)
  }
}
