import Cluster
import Foundation
import TestSupport
import Testing

@testable import Shell

struct TranscriptCase: Sendable, CustomTestStringConvertible {
  var name: String
  var lines: [String]
  var testDescription: String { name }
}

/// Golden transcripts of the outer shell: only builtins, so they hold whatever kubectl prints.
@Suite("Transcripts")
struct TranscriptTests {
  static let cases: [TranscriptCase] = [
    TranscriptCase(
      name: "builtins",
      lines: [
        "# kubetutor transcript: builtins only",
        "",
        "pwd",
        "ls",
        "cat README.md",
        "cat notes.txt",
        "echo",
        "echo hello   'big  world' \"quoted \\\"word\\\"\"",
        "echo -n no newline",
        "cd pods",
        "pwd",
        "ls",
        "cd ..",
        "ls /home/learner /home/learner/lesson/README.md",
        "cd",
        "pwd",
        "cd -",
        "cat ~/lesson/中文.txt",
        "sleep 1",
        "ff 90s",
        "clear",
        "help",
      ]),
    TranscriptCase(
      name: "edit-and-languages",
      lines: [
        "# kubetutor's line editor (no $EDITOR in a transcript), then the manifest it changed",
        "edit pods/lifecycle-events.yaml",
        "h",
        "12",
        "12s/postStart handler/edited manifest/",
        "30",
        "q",
        "w",
        "q",
        "kubectl apply -f pods/lifecycle-events.yaml",
        "ff 30s",
        "kubectl exec lifecycle-demo -- cat /usr/share/message",
        "edit new.txt",
        "0a",
        "first line",
        ".",
        "wq",
        "cat new.txt",
        "help kubectl",
        "lang zh",
        "help",
        "ff 5s",
        "edit new.txt",
        "1d",
        "q",
        "q!",
        "ls | wc",
        "ls -l",
        "kubectl get deployments",
        "kubectl get pods -A",
        "kubectl explain pod.spec",
        "ff -5",
        "sleep --help",
        "lang",
        "timeline lifecycle-demo",
        "lang en",
        "ls -l",
      ]),
    TranscriptCase(
      name: "errors",
      lines: [
        "foo --bar",
        "kubctl get pods",
        "kubectl get pods | grep demo",
        "echo hi > out.txt",
        "sleep",
        "sleep soon",
        "sleep 30d",
        "cat missing.yaml README.md",
        "cat pods",
        "ls nowhere",
        "ls -la",
        "cd nowhere",
        "cd README.md",
        "cd a b",
        "exit 1 2",
        "echo 'unterminated at the end of the input",
      ]),
    TranscriptCase(
      name: "timeline",
      lines: [
        "kubectl apply -f pods/lifecycle-events.yaml",
        "timeline lifecycle-demo",
        "sleep 20",
        "kubectl delete pod lifecycle-demo",
        "timeline pod/lifecycle-demo",
        "timeline nope",
        "timeline",
        "timeline a b",
        "timeline -w lifecycle-demo",
      ]),
    TranscriptCase(
      name: "timeline-probes-sidecars",
      lines: [
        "kubectl apply -f pods/liveness.yaml",
        "kubectl apply -f pods/sidecar.yaml",
        "sleep 15",
        "kubectl get pods",
        "timeline web",
        "kubectl delete pod web",
        "timeline web",
        "sleep 70",
        "kubectl get pods",
        "timeline liveness-exec",
      ]),
    TranscriptCase(
      name: "heredocs-and-redirections",
      lines: [
        "cat <<EOF > pods/mine.yaml",
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "  name: mine",
        "spec:",
        "  containers:",
        "  - name: app",
        "    image: nginx",
        "    env: [{name: WHERE, value: $PWD}]",
        "EOF",
        "ls pods",
        "kubectl apply -f pods/mine.yaml",
        "kubectl apply -f - <<'END'",
        "apiVersion: v1",
        "kind: Pod",
        "metadata: {name: literal}",
        "spec: {containers: [{name: app, image: nginx, env: [{name: X, value: $HOME}]}]}",
        "END",
        "kubectl get pod literal -o yaml > out.txt",
        "kubectl get pod mine -o json > json.txt",
        "kubectl get pods > out.txt 2>&1",
        "kubectl get pod nope >> out.txt 2>&1",
        "cat out.txt",
        "cat < out.txt > copy.txt",
        "ls",
        "echo no > /etc/motd",
        "cat < missing.txt",
        "cat <<X",
        "expanded: $PWD (${HOME}, $?)",
        "X",
        "cat <<'X'",
        "literal: $PWD",
        "X",
        "cat <<-STOP",
        "\t\tindented with tabs",
        "STOP",
        "cat <<EOF",
        "never closed",
      ]),
    TranscriptCase(
      name: "continuation_and_exit",
      lines: [
        "echo one \\",
        "  two \\",
        "three",
        "echo joined\\",
        "word",
        "echo \"an open quote",
        "goes on\" here",
        "exit 5",
        "echo never shown",
      ]),
  ]

  @Test(arguments: cases)
  func golden(_ testCase: TranscriptCase) {
    let result = Fixtures.transcript(testCase.lines)
    let outcome = Golden.check(result.text, named: testCase.name + ".txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  /// The chart is meant for an 80-column terminal, with any name and any stretch of time.
  @Test func timelineFitsEightyColumns() {
    let text = Fixtures.transcript([
      "kubectl apply -f pods/lifecycle-events.yaml", "sleep 3000",
      "kubectl delete pod lifecycle-demo --grace-period=3600 --wait=false", "sleep 100",
      "timeline lifecycle-demo",
    ]).text
    let lines = text.split(separator: "\n").filter { !$0.hasPrefix("$ ") }
    #expect(lines.contains { $0.contains("|") })
    for line in lines { #expect(line.count <= 80, "\(line)") }
  }

  /// Long names, a huge grace period, a force delete: 80 columns, no overflow, nothing left running.
  @Test func timelineSurvivesExtremes() throws {
    let manifest = Fixtures.manifest
      .replacingOccurrences(of: "lifecycle-demo-container", with: String(repeating: "c", count: 40))
      .replacingOccurrences(
        of: "name: lifecycle-demo", with: "name: " + String(repeating: "p", count: 63))
    var cluster = Cluster()
    let pod = try PodDecoder.decode(try ManifestParser.documents(from: manifest)[0])
    _ = try cluster.create(pod)
    cluster.advance(by: .seconds(10))
    _ = try cluster.delete(podNamed: pod.name, in: "default", gracePeriod: 200_000_000_000_000)
    cluster.advance(by: .seconds(10))
    let timeline = try #require(cluster.timeline(ofPod: pod.name, in: "default"))
    let text = TimelineChart.render(timeline, now: cluster.now)
    #expect(text.contains("grace period 200000000000000s"))
    for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }

    let forced = Fixtures.transcript([
      "kubectl apply -f pods/lifecycle-events.yaml", "sleep 10",
      "kubectl delete pod lifecycle-demo --grace-period=0 --force", "sleep 20",
      "timeline lifecycle-demo",
    ]).text
    let bar = forced.split(separator: "\n").first { $0.hasPrefix("  lifecycle-demo-container  |") }
    #expect(bar?.hasSuffix(" |") == true, "nothing runs after the force delete: \(bar ?? "")")
    #expect(forced.contains("delete requested, no grace period"))
    #expect(forced.contains("SIGQUIT sent, SIGKILL due at"))
  }

  @Test func everyLineIsEchoedAfterItsPrompt() {
    let lines = ["echo a", "", "# c", "nope", "sleep 2"]
    let text = Fixtures.transcript(lines).text
    let echoed = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { $0.hasPrefix("$ ") }
    #expect(echoed == lines.map { "$ " + $0 })
  }

  @Test func finalLineWithoutNewlineRuns() {
    var session = Fixtures.session()
    var reader = ScriptedLineReader(script: "echo first\necho last")
    var output = TranscriptBuffer()
    #expect(ShellLoop.run(session: &session, reader: &reader, output: &output) == 0)
    #expect(output.text == "$ echo first\nfirst\n$ echo last\nlast\n")
  }

  @Test func stdoutAndStderrInterleaveInOrder() {
    var session = Fixtures.session()
    var reader = ScriptedLineReader(["cat README.md nope README.md"])
    var output = TranscriptBuffer()
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    #expect(output.chunks.map(\.stream) == [.stdout, .stdout, .stderr, .stdout])
    #expect(output.stderr == "cat: nope: No such file or directory\n")
    #expect(session.lastStatus == 1)
  }

  @Test func failedCommandsStillExitZeroAtEndOfInput() {
    let result = Fixtures.transcript(["foo", "cat nope", "echo \"x"])
    #expect(result.status == 0)
    #expect(result.session.lastStatus == 2)
  }

  @Test func exitStopsReadingAndSetsStatus() {
    let result = Fixtures.transcript(["exit 3", "echo after"])
    #expect(result.status == 3)
    #expect(result.text == "$ exit 3\n")
    #expect(Fixtures.transcript(["exit abc", "echo after"]).status == 2)
    #expect(Fixtures.transcript(["exit"]).status == 0)
  }

  @Test func deterministic() {
    let lines = TranscriptTests.cases.flatMap(\.lines).filter { !$0.hasPrefix("exit") }
    #expect(Fixtures.transcript(lines).text == Fixtures.transcript(lines).text)
  }

  @Test func clearOnlyClearsATerminal() {
    var terminal = Fixtures.session(screen: .terminal)
    var output = TranscriptBuffer()
    terminal.run(line: "clear", output: &output)
    #expect(output.text == "\u{1B}[H\u{1B}[2J\u{1B}[3J")
    #expect(Fixtures.transcript(["clear"]).text == "$ clear\n")
  }

  @Test func interruptDropsAContinuedCommand() {
    var session = Fixtures.session()
    var reader = ScriptedLineReader(inputs: [.line("echo a \\"), .interrupt, .line("echo b")])
    var output = TranscriptBuffer()
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    #expect(output.text == "$ echo a \\\n^C\n$ echo b\nb\n")
    #expect(session.prompt == "$ ")
  }

  @Test func continuationPendingAtEndOfInputStillRuns() {
    let result = Fixtures.transcript(["echo dangling \\"])
    #expect(result.text == "$ echo dangling \\\ndangling\n")
  }

  @Test func hugeAndBinaryLinesNeverCrash() {
    let long = "echo " + String(repeating: "z", count: ShellLimits.commandBytes - 5)
    let huge = "echo " + String(repeating: "z", count: 10 << 20)
    let garbage = String(
      decoding: (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }, as: UTF8.self)
    let result = Fixtures.transcript([long, huge, garbage, "\u{0}\u{7F}\u{1B}[2J", "echo ok"])
    #expect(result.text.hasSuffix("$ echo ok\nok\n"))
    #expect(
      result.text.contains(String(repeating: "z", count: ShellLimits.commandBytes - 5) + "\n"))
    #expect(
      result.text.contains(
        "$ \nkubetutor: a line of 10485765 bytes is longer than kubetutor reads (1048576 bytes at most); it was dropped\n"
      ))
  }

  /// A command past its bounds is dropped, and the next line is a command of its own.
  @Test func overlongCommandsAreDropped() {
    let result = Fixtures.transcript([
      "echo " + String(repeating: "z", count: ShellLimits.commandBytes), "echo 'a",
      String(repeating: "y", count: ShellLimits.commandBytes), "echo next",
    ])
    let message =
      "kubetutor: the command goes on for more than 131072 bytes or 1000 lines (an unclosed quote?); it was dropped\n"
    #expect(result.text.components(separatedBy: message).count == 3)
    #expect(result.text.hasSuffix("$ echo next\nnext\n"))
  }

  /// A stray quote waits for its match only so many lines, in linear time.
  @Test func aStrayQuoteSwallowsAtMostItsLimit() {
    let lines = ["echo 'a"] + Array(repeating: "kubectl get pods", count: 1200)
    let result = Fixtures.transcript(lines)
    #expect(result.text.contains("it was dropped\n$ kubectl get pods\nNo resources found"))
  }

  /// What one command line prints is bounded; the rest is counted.
  @Test func outputPerCommandIsBounded() {
    let big = String(repeating: String(repeating: "b", count: 99) + "\n", count: 50_000)
    var files = Fixtures.files
    files.files["/home/learner/lesson/big.txt"] = big
    var session = ShellSession(
      configuration: ShellSession.Configuration(
        files: files, workingDirectory: "/home/learner/lesson", homeDirectory: "/home/learner"))
    var reader = ScriptedLineReader(["cat big.txt", "echo after"])
    var output = TranscriptBuffer()
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    #expect(output.stdout.utf8.count <= ShellLimits.outputBytes + 100)
    #expect(output.stdout.hasSuffix("\n$ echo after\nafter\n"))
    #expect(
      output.stderr
        == "kubetutor: \(big.utf8.count - ShellLimits.outputBytes / 100 * 100) more bytes of output not shown (at most 4194304 bytes per command)\n"
    )
  }
}
