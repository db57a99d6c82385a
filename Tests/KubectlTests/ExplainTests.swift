import Kubectl
import TestSupport
import Testing

@testable import Kubectl

/// `kubectl explain` for the lifecycle schema: the template, the word wrap and the errors.
@Suite struct ExplainTests {
  /// The file holds kubectl 1.34's output copied from reference/kubectl-formats.md §2.9 (the
  /// 1.30–1.32 block plus the 1.33+ stopSignal field), never recorded from kubetutor.
  @Test func lifecycleMatchesKubectlByteForByte() {
    var driver = Driver()
    let output = driver.kubectl("explain pod.spec.containers.lifecycle")
    #expect(output.exitCode == 0)
    #expect(output.stderr == "")
    let outcome = Golden.check(output.stdout, named: "explain-lifecycle-reference.txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  @Test func subFieldsAndErrorsTranscript() {
    var driver = Driver()
    driver.run([
      "kubectl explain pod.spec.containers.lifecycle.postStart",
      "kubectl explain pod.spec.containers.lifecycle.postStart.httpGet",
      "kubectl explain pods.spec.initContainers.lifecycle.preStop.sleep.seconds",
      "kubectl explain po.spec.containers.lifecycle.preStop.exec.command",
      "kubectl explain pod.spec.containers.lifecycle.stopSignal",
      "kubectl explain pod.spec.containers.lifecycle --recursive",
      "kubectl explain pod.spec.containers.lifecycl",
      "kubectl explain pod.spec.containers.lifecycle.postStart.exec.cmd",
      "kubectl explain pod.spec.containers.image",
      "kubectl explain podz.spec",
      "kubectl explain",
      "kubectl explain pod deploy",
    ])
    let outcome = Golden.check(driver.transcript, named: "explain-fields.txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  struct Failure: Sendable, CustomTestStringConvertible {
    var line: String
    var stdout: String
    var stderr: String
    var testDescription: String { line }
  }

  static let header = "KIND:       Pod\nVERSION:    v1\n\n"

  @Test(arguments: [
    Failure(
      line: "explain", stdout: "",
      stderr:
        "error: You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.\n"
    ),
    Failure(
      line: "explain pod pods", stdout: "",
      stderr: "error: We accept only this format: explain RESOURCE\n"),
    Failure(
      line: "explain podz", stdout: "",
      stderr: "error: the server doesn't have a resource type \"podz\"\n"),
    // kubectl names the last element of the path, whichever one is wrong.
    Failure(
      line: "explain pod.spex.containers.lifecycle", stdout: header,
      stderr: "error: field \"lifecycle\" does not exist\n"),
    Failure(
      line: "explain pod.spec.containers.lifecycle.postStart.sleep.secs", stdout: header,
      stderr: "error: field \"secs\" does not exist\n"),
    Failure(
      line: "explain pod.spec.containers.lifecycle.prestop", stdout: header,
      stderr: "error: field \"prestop\" does not exist\n"),
  ])
  func failure(_ f: Failure) {
    var driver = Driver()
    let output = driver.kubectl(f.line)
    #expect(output.exitCode == 1)
    #expect(output.stdout == f.stdout)
    #expect(output.stderr == f.stderr)
  }

  /// kubectl trims one trailing dot before it splits the path.
  @Test func trailingDotIsIgnored() {
    var driver = Driver()
    let plain = driver.kubectl("explain pod.spec.containers.lifecycle")
    let dotted = driver.kubectl("explain pod.spec.containers.lifecycle.")
    #expect(dotted.exitCode == 0)
    #expect(dotted.stdout == plain.stdout)
  }

  @Test func otherAPIVersionsAreRefusedNotIgnored() {
    var driver = Driver()
    let output = driver.kubectl("explain pod.spec.containers.lifecycle --api-version=apps/v1")
    #expect(output.exitCode == 1)
    #expect(output.stdout == "")
    #expect(output.stderr.contains("--api-version=apps/v1 is not simulated"))
    #expect(driver.kubectl("explain pod.spec.containers.lifecycle --api-version=v1").exitCode == 0)
  }

  @Test func fieldListIsSortedAndRequiredMarked() throws {
    let text = ExplainCommand.render(ExplainSchema.handler("postStart", "d"), recursive: false)
    let names = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("\t<") }
    #expect(
      names == [
        "  exec\t<ExecAction>", "  httpGet\t<HTTPGetAction>", "  sleep\t<SleepAction>",
        "  tcpSocket\t<TCPSocketAction>",
      ])
    let field = try #require(ExplainSchema.lifecycle.field("postStart")?.field("httpGet"))
    let httpGet = ExplainCommand.render(field, recursive: false)
    #expect(httpGet.contains("  port\t<IntOrString> -required-\n"))
    #expect(httpGet.contains("  scheme\t<string>\n  enum: HTTP, HTTPS\n"))
  }

  struct Wrap: Sendable, CustomTestStringConvertible {
    var text: String
    var width: Int
    var expected: String
    var testDescription: String { "\(width): \(text)" }
  }

  @Test(arguments: [
    Wrap(text: "aaa bbb ccc", width: 7, expected: "aaa bbb\nccc"),
    // A line may reach the limit exactly.
    Wrap(text: "aaa bbb", width: 7, expected: "aaa bbb"),
    // The space at the break is dropped, not carried to the next line.
    Wrap(text: "aaa bbbb", width: 7, expected: "aaa\nbbbb"),
    // A word longer than the limit overflows on its own line.
    Wrap(
      text: "see https://kubernetes.io/docs now", width: 10,
      expected: "see\nhttps://kubernetes.io/docs\nnow"),
    // Existing line breaks reset the count; an empty line survives.
    Wrap(text: "aa bb\n\ncc dd ee", width: 5, expected: "aa bb\n\ncc dd\nee"),
    // Go runes, not bytes: five CJK characters fit a width of five.
    Wrap(text: "中文中文中 x", width: 6, expected: "中文中文中\nx"),
    // A no-break space is part of the word.
    Wrap(text: "aa\u{00A0}bb cc", width: 5, expected: "aa\u{00A0}bb\ncc"),
    // Runs of spaces inside a line are kept (the ExecAction text has one).
    Wrap(text: "a  b", width: 10, expected: "a  b"),
    Wrap(text: "end\n", width: 10, expected: "end\n"),
  ])
  func wordWrap(_ w: Wrap) {
    #expect(WordWrap.wrap(w.text, width: w.width) == w.expected)
  }

  @Test func indentPadsEveryLineIncludingTheLastEmptyOne() {
    #expect(WordWrap.indent("a\nb\n", by: 4) == "    a\n    b\n    ")
  }
}
