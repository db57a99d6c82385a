import Cluster
import Container
import Kubectl
import TestSupport
import Testing

@testable import Shell

/// One line's bound on the containers' work (``ShellSession/Configuration/workPerLine``): the
/// clock stops where it ran out, the shell says so in the learner's language, and the next line
/// goes on.
@Suite("Work per line")
struct WorkLimitShellTests {
  static let ticker = Manifests.ticker

  static func transcript(_ lines: [String], language: Language = .en) -> String {
    var configuration = ShellSession.Configuration(
      files: InMemoryFiles(["/work/ticker.yaml": ticker]), workingDirectory: "/work",
      language: language)
    configuration.workPerLine = 1000
    var session = ShellSession(configuration: configuration)
    var reader = ScriptedLineReader(lines)
    var output = TranscriptBuffer()
    _ = ShellLoop.run(session: &session, reader: &reader, output: &output)
    return output.text
  }

  @Test func aFastForwardStopsWhereTheWorkRanOut() {
    let text = Self.transcript(["kubectl apply -f ticker.yaml", "ff 1h", "kubectl get pods"])
    #expect(
      text.contains(
        """
        $ ff 1h
        Fast-forwarded the cluster clock by 1s.
        kubetutor: the containers ran more than 1000 commands for this line (a probe, hook or script that loops without sleeping?), so the simulated clock stopped 1s into it; the cluster is as it was then, and `ff` goes on from there
        $ kubectl get pods
        NAME     READY   STATUS    RESTARTS   AGE
        ticker   1/1     Running   0          3s
        """))
  }

  @Test func theNoteIsTranslated() {
    let text = Self.transcript(["kubectl apply -f ticker.yaml", "ff 1h"], language: .zh)
    #expect(
      text.contains(
        "kubetutor：执行这一行时，容器中运行的命令超过了 1000 条（是否有探针、回调或脚本在循环中从不 sleep？），因此模拟时钟在进行到 1 秒时停了下来；"
      ))
  }
}
