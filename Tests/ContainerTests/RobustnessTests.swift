import Testing

@testable import Container

/// Nothing may crash or hang, whatever the input.
@Suite struct RobustnessTests {
  static let start = Instant(seconds: 1_736_935_205)

  @Test(arguments: [
    "f() { f; }; f",
    "echo 'sh /tmp/x' > /tmp/x; sh /tmp/x",
    "echo '. /tmp/y' > /tmp/y; . /tmp/y",
    "x='eval \"$x\"'; eval \"$x\"",
    "while :; do :; done",
    "yes",
    "printf '%999999999s' x",
    "seq 1 99999999999999999999",
    "echo $((1/0)) $((9223372036854775807+1)) $((-9223372036854775807-1))",
    "exit 99999999999999999999",
    "sleep 99999999999999999999d",
    "sleep 1e400",
    "kill -9 1; echo after",
    "cat < /dev/null; cat /dev/null",
    "cd /; cd ..; cd ../..; pwd",
    "ls -la /; ls -R /",
    "for i in $(seq 1 100); do echo $i; done | tail -1",
    "echo ${x:=1} ${x:+2} ${#} ${0} ${10}",
    "trap 'trap \"echo nested\" TERM' TERM; kill -TERM $$",
    "set -- a b c; shift 5; echo $#",
    "read x < /nope; echo $?",
    "echo a | read b; echo $b",
    "case x in [) echo bracket;; esac",
    "echo [a-",
    "echo ~ ~/x ~root",
    "exec 3>&1; echo ok >&3",
    "echo $(( 1 + ))",
    ": > /usr; echo $?",
    "mkdir /tmp/d; cd /tmp/d; rm -r /tmp/d; pwd; ls",
    "nginx -s reload; nginx -s reopen; nginx -s quit; nginx -s quit; nginx -s stop",
    "curl -I localhost; curl -sS http://localhost:81/; curl -f localhost/x",
    "wait; wait 1234",
    "tail -f /etc/hostname",
    // Quadratic in dash (hours at a megabyte): the characters compared are counted as work.
    "s=x; for i in $(seq 20); do s=$s$s; done; t=${s#*y}; echo ${#t}",
    "s=x; for i in $(seq 20); do s=$s$s; done; t=${s%y*}; echo ${#t}",
  ])
  func scriptsEnd(_ script: String) {
    let image = ImageCatalog.standard.image(for: "nginx")!
    var container = SimulatedContainer(
      config: ContainerConfig(image: image, hostname: "r", ipAddress: "10.244.0.2"),
      startedAt: Self.start)
    let result = container.exec(
      ["bash", "-c", script], stdin: "", tty: false, at: Self.start, timeLimit: .seconds(60))
    #expect(result.elapsed <= .seconds(60))
    var other = container
    _ = other.exec(
      ["sh", "-c", script], stdin: "", tty: false, at: Self.start + .seconds(61),
      timeLimit: .seconds(60))
  }

  @Test func deepRecursionReportsInsteadOfCrashing() {
    let image = ImageCatalog.standard.image(for: "busybox")!
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: ["sleep", "3600"], hostname: "r", ipAddress: "10.244.0.2"),
      startedAt: Self.start)
    let result = container.exec(
      ["sh", "-c", "f() { f; }; f"], stdin: "", tty: false, at: Self.start, timeLimit: .seconds(60))
    #expect(result.stderr == "sh: maximum function nesting level exceeded (64)\n")
    #expect(result.exitCode == 2)
  }

  /// Fuzzing (container-sh, PID 1 mode) found `while :; do :; done` as PID 1 costing a million
  /// steps (4 s in a debug build, 20 s under the fuzzer) every time the container started or got
  /// a signal. A loop that never lets time pass is now given up after the busy budget, as an
  /// exec's is; PID 1's larger budget is only for runs whose sleeps spread them over hours.
  @Test func busyLoopAsPID1IsGivenUpAfterTheBusyBudget() throws {
    let image = try #require(ImageCatalog.standard.image(for: "busybox"))
    let script = "n=0; while :; do n=$((n+1)); echo $n > /tmp/n; done"
    let container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: ["sh", "-c", script], hostname: "r", ipAddress: "10.244.0.2"),
      startedAt: Self.start)
    let text = try container.filesystem(at: Self.start + .seconds(1)).read("/tmp/n")
    let iterations = try #require(Int(text.dropLast()))
    // Three commands an iteration: the budget, not the million steps of the whole run.
    #expect(iterations > 0 && iterations <= Machine.busyStepLimit / 3)
    #expect(container.isRunning(at: Self.start + .seconds(3600)))
  }

  /// Each looping background job used to get a budget of its own, so 1000 of them ran 200
  /// million commands (minutes). The run's commands in all are bounded now: twice its budget.
  @Test func loopingBackgroundJobsShareTheRunsBudget() throws {
    let image = try #require(ImageCatalog.standard.image(for: "busybox"))
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: ["sleep", "3600"], hostname: "r", ipAddress: "10.244.0.2"),
      startedAt: Self.start)
    let before = container.commandsRun
    let result = container.exec(
      ["sh", "-c", "for i in $(seq 1000); do (while :; do :; done) & done; echo done"],
      stdin: "", tty: false, at: Self.start + .seconds(1), timeLimit: .seconds(600))
    #expect(result.outcome == .timedOut)
    // (Each level the budget unwinds through counts the step that threw: a few over.)
    #expect(container.commandsRun - before <= 2 * ContainerLimits.execSteps + 10)
  }

  /// CI's fuzzing (container-sh, PID 1 mode) found a trap that signals its own shell: each
  /// signal ran the trap inside the `kill` of the one before, without end, until the stack
  /// overflowed. dash and bash nest the same way (dash crashes); here the nesting is bounded
  /// like function calls', and past it the shell says so and ends.
  @Test(arguments: ["sh", "bash"])
  func aTrapThatSignalsItsOwnShellEndsIt(_ shell: String) throws {
    let image = try #require(ImageCatalog.standard.image(for: "nginx"))
    let script = "n=0; trap 'n=$((n+1)); echo $n > /tmp/n; kill -TERM $$' TERM; kill -TERM $$"
    var container = SimulatedContainer(
      config: ContainerConfig(
        image: image, command: [shell, "-c", script], hostname: "r", ipAddress: "10.244.0.2"),
      startedAt: Self.start)
    let exit = try #require(container.exit)
    #expect(exit.exitCode == 2)
    let logs = container.logs(until: Self.start + .seconds(1))
    let prefix = shell == "sh" ? "sh: 1:" : "bash: line 1:"
    #expect(logs.map(\.text) == ["\(prefix) trap: maximum nesting level exceeded (64)"])
    // The shell's own run holds the first level.
    let depth = try container.filesystem(at: Self.start + .seconds(1)).read("/tmp/n")
    #expect(depth == "\(Machine.maximumDepth - 1)\n")
  }
}
