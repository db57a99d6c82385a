import Foundation
import Testing

/// The non-terminal path: `kubetutor run`, and `kubetutor` with stdin piped.
@Suite("Piped stdin")
struct PipedStdinTests {
  static let script = """
    # the lifecycle-demo exercise, outside the cluster parts
    echo "start"
    kubectl version --client
    sleep 5
    nosuchcommand
    pwd
    echo 'end'
    """

  /// The lines of a transcript that echo input: prompt, then the typed line.
  private func echoedLines(_ transcript: String) -> [String] {
    let typed = Set(Self.script.split(separator: "\n").map { "$ " + $0 })
    return transcript.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      .filter { typed.contains($0) }
  }

  /// Garbage never crashes or hangs the shell: invalid UTF-8, control characters, NUL, 1 MB
  /// lines, a 1 MB unterminated quote and an endless here-document.
  @Test func garbageInputIsAnsweredNotFatal() throws {
    var input = Data("echo \u{1}\u{2}\u{1B}[31m red \u{7}\u{0}nul\n".utf8)
    input.append(contentsOf: Array("echo ".utf8) + [0xFF, 0xFE, 0x20, 0xC3, 0x28, 0x0A])
    input.append(contentsOf: Array("kubectl get pods \u{7F}\u{8}\n".utf8))
    input.append(Data(("echo " + String(repeating: "a", count: 1 << 20) + "\n").utf8))
    input.append(Data(("kubectl get pod " + String(repeating: "b", count: 1 << 20) + "\n").utf8))
    input.append(Data((String(repeating: "x", count: 100_000) + "\n").utf8))
    input.append(Data("echo done\n".utf8))
    input.append(Data("cat <<END\nthe here-document\nEND\n".utf8))
    input.append(Data(("echo \"" + String(repeating: "y", count: 100_000) + "\n").utf8))
    input.append(Data("never closed\n".utf8))
    let result = try Binary.run(["run", "-"], bytes: input, timeout: 30)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let out = result.stdout
    #expect(out.contains("\u{1}\u{2}\u{1B}[31m red \u{7}\u{0}nul\n"))
    #expect(out.contains("$ echo \u{FFFD}\u{FFFD} \u{FFFD}(\n"))
    #expect(out.contains("Error from server (NotFound): pods \"\u{7F}\u{8}\" not found\n"))
    // Lines past 1 MiB are dropped with a note; a line just below runs.
    #expect(
      out.contains(
        "$ \nkubetutor: a line of 1048581 bytes is longer than kubetutor reads (1048576 bytes at most); it was dropped\n"
      ))
    #expect(out.contains(String(repeating: "x", count: 100) + ": command not found\n"))
    #expect(out.contains(": command not found\n$ echo done\ndone\n"))
    #expect(out.contains("> END\nthe here-document\n$ echo \"yyy"))
    #expect(out.hasSuffix("> never closed\nbash: unexpected EOF while looking for matching `\"'\n"))
  }

  @Test func runDashPrintsATranscript() throws {
    let result = try Binary.run(["run", "-"], stdin: Self.script)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(echoedLines(result.stdout) == Self.script.split(separator: "\n").map { "$ " + $0 })
    #expect(
      result.stdout.hasPrefix(
        "$ # the lifecycle-demo exercise, outside the cluster parts\n$ echo \"start\"\nstart\n$ kubectl version --client\n"
      ))
    #expect(
      result.stdout.contains("$ nosuchcommand\nbash: nosuchcommand: command not found\n$ pwd\n"))
    #expect(result.stdout.hasSuffix("$ echo 'end'\nend\n"))  // the last line had no newline
  }

  @Test func noSubcommandWithPipedStdinIsRunDash() throws {
    let plain = try Binary.run([], stdin: Self.script)
    let run = try Binary.run(["run"], stdin: Self.script)
    let shell = try Binary.run(["shell"], stdin: Self.script)
    #expect(plain.status == 0)
    #expect(plain.stdout == run.stdout)
    #expect(shell.stdout == run.stdout)
  }

  @Test func deterministicAcrossRunsAndSources() throws {
    let first = try Binary.run(["run", "-"], stdin: Self.script)
    let second = try Binary.run(["run", "-"], stdin: Self.script)
    #expect(first.stdout == second.stdout)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-script-\(UUID().uuidString).sh")
    try Data(Self.script.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let fromFile = try Binary.run(["run", file.path])
    #expect(fromFile.status == 0)
    #expect(fromFile.stdout == first.stdout)
  }

  @Test func exitStatusComesFromExit() throws {
    let result = try Binary.run(["run"], stdin: "echo a\nexit 3\necho never\n")
    #expect(result.status == 3)
    #expect(result.stdout == "$ echo a\na\n$ exit 3\n")
  }

  @Test func missingScriptFails() throws {
    let result = try Binary.run(["run", "/nonexistent/script.sh"])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "kubetutor: cannot read '/nonexistent/script.sh': No such file or directory\n")
  }

  @Test func version() throws {
    let version = try Binary.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("0."))
  }

  @Test func shellWithALessonOnAPipeStartsItsStep() throws {
    let result = try Binary.run(
      ["shell", "--lesson", "lifecycle-demo", "--step", "2", "--lang", "zh"],
      stdin: "echo hi\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("第 1 课：lifecycle-demo Pod\n\n── 第 2 步（共 4 步）："))
    #expect(result.stdout.hasSuffix("$ echo hi\nhi\n"))
    let bad = try Binary.run(["shell", "--lang", "fr"], stdin: "")
    #expect(bad.status != 0)
    let unknown = try Binary.run(["run", "--lesson", "no-such-lesson"], stdin: "echo hi\n")
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr == "kubetutor: there is no lesson `no-such-lesson` (`lessons` lists them)\n")
  }

  /// Bare `kubetutor` is the shell with the shell's options (`--lang`, `--speed`).
  @Test func bareKubetutorTakesTheShellsOptions() throws {
    let chinese = try Binary.run(["--lang", "zh", "--speed", "2"], stdin: "ff 5s\n")
    #expect(chinese.status == 0)
    #expect(chinese.stdout == "$ ff 5s\n集群时钟向前拨了 5 秒。\n")
    let bad = try Binary.run(["--speed", "0"], stdin: "")
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--speed must be greater than 0"))
  }

  /// `--lang` wins over the environment; without it LC_ALL, LC_MESSAGES, then LANG decide.
  @Test(arguments: [
    ([String](), ["LANG": "zh_CN.UTF-8"], true),
    (["--lang", "en"], ["LANG": "zh_CN.UTF-8"], false),
    (["--lang", "zh"], ["LANG": "en_US.UTF-8"], true),
    ([], ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"], false),
    ([], [:], false),
  ])
  func languageComesFromTheFlagThenTheLocale(
    flags: [String], environment: [String: String], chinese: Bool
  ) throws {
    let result = try Binary.run(
      ["run"] + flags, stdin: "ff 5s\n", environment: environment)
    #expect(result.status == 0)
    #expect(result.stdout.contains("集群时钟向前拨了 5 秒。") == chinese, "\(result.stdout)")
    #expect(result.stdout.contains("Fast-forwarded the cluster clock by 5s.") == !chinese)
  }

  @Test func survivesGarbageAndHugeInput() throws {
    var bytes: [UInt8] = []
    var state: UInt32 = 12_345
    for _ in 0..<200_000 {
      state = state &* 1_103_515_245 &+ 12_345
      let byte = UInt8(truncatingIfNeeded: state >> 16)
      // No quotes, backslashes or `<`: an open quote or a here-document would (as in bash)
      // take in every later line.
      if ![0x22, 0x27, 0x5C, 0x3C].contains(byte) { bytes.append(byte) }
    }
    let garbage = String(decoding: bytes, as: UTF8.self)
    let huge = "echo " + String(repeating: "q", count: 2 << 20) + "\n"
    let result = try Binary.run(
      ["run"], stdin: garbage + "\n" + huge + "echo done\necho \"unterminated\n")
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        "$ echo done\ndone\n$ echo \"unterminated\nbash: unexpected EOF while looking for matching `\"'\n"
      ), "\(result.stdout.suffix(300))")
  }
}
