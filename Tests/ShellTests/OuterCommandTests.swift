import Testing

@testable import Shell

struct CommandCase: Sendable, CustomTestStringConvertible {
  var line: String
  var command: OuterCommand
  var testDescription: String { line.debugDescription }
}

struct CommandErrorCase: Sendable, CustomTestStringConvertible {
  var line: String
  var message: String
  var status: Int32
  var testDescription: String { line.debugDescription }
}

@Suite("OuterCommand")
struct OuterCommandTests {
  static let cases: [CommandCase] = [
    CommandCase(line: "", command: .nothing),
    CommandCase(line: "# kubectl get pods", command: .nothing),
    CommandCase(line: "kubectl", command: .kubectl([])),
    CommandCase(
      line: "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
      command: .kubectl(["apply", "-f", "https://k8s.io/examples/pods/lifecycle-events.yaml"])),
    CommandCase(
      line: "k get pod lifecycle-demo", command: .kubectl(["get", "pod", "lifecycle-demo"])),
    CommandCase(
      line: "kubectl exec -it lifecycle-demo -- /bin/bash",
      command: .kubectl(["exec", "-it", "lifecycle-demo", "--", "/bin/bash"])),
    CommandCase(line: "sleep 5", command: .sleep(.seconds(5))),
    CommandCase(line: "sleep 0.5", command: .sleep(.milliseconds(500))),
    CommandCase(line: "sleep .25", command: .sleep(.milliseconds(250))),
    CommandCase(line: "sleep 1m", command: .sleep(.seconds(60))),
    CommandCase(line: "sleep 1m 30s", command: .sleep(.seconds(90))),
    CommandCase(line: "sleep 2h", command: .sleep(.seconds(7200))),
    CommandCase(line: "sleep 1d", command: .sleep(.seconds(86_400))),
    CommandCase(line: "sleep 1e1", command: .sleep(.seconds(10))),
    CommandCase(line: "ff 30s", command: .fastForward(.seconds(30))),
    CommandCase(line: "fast-forward 2m", command: .fastForward(.seconds(120))),
    CommandCase(line: "cat a.yaml b.yaml", command: .cat(["a.yaml", "b.yaml"])),
    CommandCase(line: "cat", command: .cat([])),
    CommandCase(line: "ls", command: .ls([])),
    CommandCase(line: "ls pods", command: .ls(["pods"])),
    CommandCase(line: "echo", command: .echo([], newline: true)),
    CommandCase(line: "echo -n hi there", command: .echo(["hi", "there"], newline: false)),
    CommandCase(line: "echo 'a  b'", command: .echo(["a  b"], newline: true)),
    CommandCase(line: "pwd", command: .pwd),
    CommandCase(line: "cd", command: .cd(nil)),
    CommandCase(line: "cd /tmp", command: .cd("/tmp")),
    CommandCase(line: "clear", command: .clear),
    CommandCase(line: "help", command: .help(nil)),
    CommandCase(line: "help kubectl", command: .help(.kubectl)),
    CommandCase(line: "lang zh", command: .lang(.zh)),
    CommandCase(line: "sleep --help", command: .usage("sleep")),
    CommandCase(line: "fast-forward --help", command: .usage("ff")),
    CommandCase(line: "ff 90s", command: .fastForward(.seconds(90))),
    CommandCase(line: "lang en", command: .lang(.en)),
    CommandCase(line: "lang", command: .lang(nil)),
    CommandCase(line: "exit", command: .exit(0)),
    CommandCase(line: "exit 3", command: .exit(3)),
    CommandCase(line: "exit 256", command: .exit(0)),
    CommandCase(line: "exit -1", command: .exit(255)),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: CommandCase) throws {
    #expect(try OuterCommand.parse(testCase.line, home: "/root") == testCase.command)
  }

  static let errors: [CommandErrorCase] = [
    CommandErrorCase(line: "foo", message: "bash: foo: command not found\n", status: 127),
    CommandErrorCase(line: "lang fr", message: "kubetutor: usage: lang zh|en\n", status: 1),
    CommandErrorCase(
      line: "help me",
      message: "bash: help: no help topics match `me'.  Try `help' or `help kubectl'.\n", status: 1),
    CommandErrorCase(line: "vim pod.yaml", message: "bash: vim: command not found\n", status: 127),
    CommandErrorCase(
      line: "'kubectl get'", message: "bash: kubectl get: command not found\n", status: 127),
    CommandErrorCase(
      line: "sleep", message: "sleep: missing operand\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep abc",
      message: "sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep 1x",
      message: "sleep: invalid time interval ‘1x’\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep -1",
      message: "sleep: invalid time interval ‘-1’\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep nan",
      message: "sleep: invalid time interval ‘nan’\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep inf",
      message: "sleep: invalid time interval ‘inf’\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep 1e400",
      message: "sleep: invalid time interval ‘1e400’\nTry 'sleep --help' for more information.\n",
      status: 1),
    CommandErrorCase(
      line: "sleep 8d",
      message: "kubetutor: sleep: ‘8d’ is too long: the simulated clock skips at most 7d at once\n",
      status: 1),
    CommandErrorCase(
      line: "ff", message: "ff: how far? (try ff 30s, ff 5m or ff 1h; ff --help says more)\n",
      status: 1
    ),
    CommandErrorCase(line: "cd a b", message: "bash: cd: too many arguments\n", status: 1),
    CommandErrorCase(line: "exit 1 2", message: "bash: exit: too many arguments\n", status: 1),
    CommandErrorCase(
      line: "exit abc", message: "bash: exit: abc: numeric argument required\n", status: 2),
    CommandErrorCase(
      line: "ls -l", message: "kubetutor: ls: option '-l' is not supported by the simulator\n",
      status: 2),
    CommandErrorCase(
      line: "echo \"abc", message: "bash: unexpected EOF while looking for matching `\"'\n",
      status: 2),
  ]

  @Test(arguments: errors)
  func rejects(_ testCase: CommandErrorCase) {
    do {
      let command = try OuterCommand.parse(testCase.line)
      Issue.record("parsed as \(command)")
    } catch {
      #expect(error.message == testCase.message)
      #expect(error.exitStatus == testCase.status)
    }
  }

  @Test(arguments: [
    ("cat", true), ("cat a.txt", false), ("kubectl apply -f -", true),
    ("kubectl apply --filename=-", true), ("kubectl create -f=-", true),
    ("kubectl apply -f pod.yaml", false), ("kubectl exec p -- cat -f -", false), ("echo -", false),
  ])
  func readsStandardInput(_ line: String, _ reads: Bool) throws {
    #expect(try OuterCommand.parse(line).readsStandardInput == reads)
  }
}
