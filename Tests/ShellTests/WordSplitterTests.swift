import Testing

@testable import Shell

struct SplitCase: Sendable, CustomTestStringConvertible {
  var line: String
  var words: [String]
  var continues = false
  var testDescription: String { line.debugDescription }
}

struct SplitErrorCase: Sendable, CustomTestStringConvertible {
  var line: String
  var message: String
  var status: Int32
  var testDescription: String { line.debugDescription }
}

@Suite("WordSplitter")
struct WordSplitterTests {
  static let cases: [SplitCase] = [
    SplitCase(line: "", words: []),
    SplitCase(line: "   \t ", words: []),
    SplitCase(line: "kubectl get pods", words: ["kubectl", "get", "pods"]),
    SplitCase(line: "  kubectl   get\tpods  ", words: ["kubectl", "get", "pods"]),
    SplitCase(line: "echo 'a  b' \"c  d\"", words: ["echo", "a  b", "c  d"]),
    SplitCase(line: "echo 'it''s'", words: ["echo", "its"]),
    SplitCase(line: "echo \"it's\"", words: ["echo", "it's"]),
    SplitCase(line: "echo '\\n' \"\\n\" \\n", words: ["echo", "\\n", "\\n", "n"]),
    SplitCase(line: "echo \"a\\\"b\\\\c\\$d\"", words: ["echo", "a\"b\\c$d"]),
    SplitCase(line: "echo a\\ b", words: ["echo", "a b"]),
    SplitCase(line: "echo '' \"\"", words: ["echo", "", ""]),
    SplitCase(line: "echo ab'cd'\"ef\"", words: ["echo", "abcdef"]),
    SplitCase(line: "# a comment", words: []),
    SplitCase(line: "echo hi # comment", words: ["echo", "hi"]),
    SplitCase(line: "echo a#b '#c'", words: ["echo", "a#b", "#c"]),
    SplitCase(line: "echo $HOME", words: ["echo", "/root"]),
    SplitCase(line: "kubectl get pods $UNSET", words: ["kubectl", "get", "pods"]),
    SplitCase(line: "echo \"$UNSET\" x$UNSET", words: ["echo", "", "x"]),
    SplitCase(
      line: "echo $? \"$?\" '$?' \\$? ${HOME}/x $NOPE. $",
      words: ["echo", "3", "3", "$?", "$?", "/root/x", ".", "$"]),
    SplitCase(line: "echo \"${HOME\" ${1x}", words: ["echo", "${HOME", "${1x}"]),
    SplitCase(
      line: "cat ~/pod.yaml ~ '~' a~", words: ["cat", "/root/pod.yaml", "/root", "~", "a~"]),
    SplitCase(
      line: "kubectl exec -it lifecycle-demo -- sh -c \"echo hi | cat > /x\"",
      words: ["kubectl", "exec", "-it", "lifecycle-demo", "--", "sh", "-c", "echo hi | cat > /x"]),
    SplitCase(
      line: "kubectl get pod -o jsonpath='{.items[*].metadata.name}'",
      words: ["kubectl", "get", "pod", "-o", "jsonpath={.items[*].metadata.name}"]),
    SplitCase(line: "echo 你好 'wörld'", words: ["echo", "你好", "wörld"]),
    SplitCase(line: "kubectl apply -f \\", words: ["kubectl", "apply", "-f"], continues: true),
    SplitCase(line: "echo a\\", words: ["echo", "a"], continues: true),
    SplitCase(line: "echo 'a\\'", words: ["echo", "a\\"]),
    SplitCase(line: "echo a\r", words: ["echo", "a"]),
  ]

  @Test(arguments: cases)
  func splits(_ testCase: SplitCase) throws {
    let result = try WordSplitter.split(
      testCase.line, home: "/root", variables: ["?": "3", "HOME": "/root"])
    #expect(result.words == testCase.words)
    #expect(result.continues == testCase.continues)
  }

  static let errors: [SplitErrorCase] = [
    SplitErrorCase(
      line: "echo \"abc", message: "bash: unexpected EOF while looking for matching `\"'\n",
      status: 2),
    SplitErrorCase(
      line: "echo 'abc", message: "bash: unexpected EOF while looking for matching `''\n", status: 2
    ),
    SplitErrorCase(
      line: "echo \"a\\\"", message: "bash: unexpected EOF while looking for matching `\"'\n",
      status: 2),
    SplitErrorCase(
      line: "kubectl get pods | grep demo",
      message:
        "kubetutor: '|' is not supported: this shell runs one simple command per line (no pipes, lists or subshells)\n",
      status: 2),
    SplitErrorCase(
      line: "kubectl get pods && echo ok",
      message:
        "kubetutor: '&&' is not supported: this shell runs one simple command per line (no pipes, lists or subshells)\n",
      status: 2),
    SplitErrorCase(
      line: "cat >", message: "bash: syntax error near unexpected token `newline'\n", status: 2),
    SplitErrorCase(
      line: "cat > >x", message: "bash: syntax error near unexpected token `>'\n", status: 2),
    SplitErrorCase(
      line: "echo `date`",
      message:
        "kubetutor: '`' is not supported: this shell runs one simple command per line (no pipes, lists or subshells)\n",
      status: 2),
  ]

  @Test(arguments: [
    (
      "echo hi > out.txt", ["echo", "hi"],
      [WordSplitter.Redirection.output(fd: 1, path: "out.txt", append: false)]
    ),
    ("echo hi>>out.txt", ["echo", "hi"], [.output(fd: 1, path: "out.txt", append: true)]),
    (
      "kubectl get pods 2>err.txt", ["kubectl", "get", "pods"],
      [.output(fd: 2, path: "err.txt", append: false)]
    ),
    (
      "kubectl get pods > all.txt 2>&1", ["kubectl", "get", "pods"],
      [.output(fd: 1, path: "all.txt", append: false), .duplicate(fd: 2, to: 1)]
    ),
    ("echo oops >&2", ["echo", "oops"], [.duplicate(fd: 1, to: 2)]),
    ("cat < pod.yaml", ["cat"], [.input(path: "pod.yaml")]),
    (
      "cat <<EOF > pod.yaml", ["cat"],
      [
        .hereDocument(delimiter: "EOF", stripTabs: false, literal: false),
        .output(fd: 1, path: "pod.yaml", append: false),
      ]
    ),
    (
      "kubectl apply -f - <<'END'", ["kubectl", "apply", "-f", "-"],
      [.hereDocument(delimiter: "END", stripTabs: false, literal: true)]
    ),
    ("cat <<-EOF", ["cat"], [.hereDocument(delimiter: "EOF", stripTabs: true, literal: false)]),
    ("echo a2 > f", ["echo", "a2"], [.output(fd: 1, path: "f", append: false)]),
    ("echo '>' x", ["echo", ">", "x"], []),
  ])
  func redirections(_ line: String, _ words: [String], _ redirections: [WordSplitter.Redirection])
    throws
  {
    let result = try WordSplitter.split(line)
    #expect(result.words == words)
    #expect(result.redirections == redirections)
  }

  @Test(arguments: errors)
  func rejects(_ testCase: SplitErrorCase) {
    #expect(throws: ShellError.self) { try WordSplitter.split(testCase.line) }
    do {
      _ = try WordSplitter.split(testCase.line)
    } catch {
      #expect(error.message == testCase.message)
      #expect(error.exitStatus == testCase.status)
    }
  }

  @Test func handlesTenMegabyteLineAndGarbage() throws {
    let long = "echo " + String(repeating: "x", count: 10 << 20)
    let result = try WordSplitter.split(long)
    #expect(result.words.count == 2)
    #expect(result.words[1].utf8.count == 10 << 20)

    let garbage = String(
      decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
    _ = try? WordSplitter.split(garbage)  // must return or throw, never crash

    let quote = "echo \"" + String(repeating: "y", count: 1 << 20)
    #expect(throws: ShellError.unterminatedQuote("\"")) { try WordSplitter.split(quote) }
  }
}
