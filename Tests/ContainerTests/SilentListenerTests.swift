import Testing

@testable import Container

/// busybox `nc -l -p PORT`: accepts connections, prints what arrives, never answers.
@Suite struct SilentListenerTests {
  @Test func takesTheRequestAndNeverAnswers() {
    var container = ProcessTests.busybox(["nc", "-l", "-p", "8080"])
    let at = ProcessTests.start + .seconds(5)
    #expect(container.acceptsConnection(onPort: 8080, at: at))
    #expect(!container.acceptsConnection(onPort: 80, at: at))
    let request = HTTPRequest(
      method: "GET", scheme: "http", host: "10.244.0.7", port: 8080, path: "/started",
      headers: [HTTPHeader(name: "User-Agent", value: "kube-lifecycle/1.34")],
      clientIP: "172.30.2.2")
    #expect(container.httpRequest(request, at: at) == .noAnswer)
    let lines = container.logs(until: at + .seconds(1)).map(\.text)
    #expect(lines.first == "GET /started HTTP/1.1\r")
    #expect(lines.contains("User-Agent: kube-lifecycle/1.34\r"))
    #expect(container.isRunning(at: at + .seconds(3600)))
  }

  @Test(arguments: [
    (["nc", "8080"], "kubetutor: 'nc' as a client is not simulated; 'nc -l -p PORT' listens\n"),
    (["nc", "-l", "-p", "x"], "nc: bad port\n"),
    (["nc", "-q"], "nc: invalid option -- 'q'\n"),
  ])
  func badUse(_ argv: [String], _ message: String) {
    var container = ProcessTests.busybox(["sleep", "3600"])
    let result = container.exec(
      argv, stdin: "", tty: false, at: ProcessTests.start + .seconds(1), timeLimit: .seconds(1))
    #expect(result.stderr == message)
    #expect(result.exitCode == 1)
  }
}
