import Testing

@testable import Container

/// Scripts that would grow without limit are killed as the OOM killer kills them (exit 137),
/// long before the simulator itself runs out of memory.
@Suite struct MemoryBoundTests {
  static let start = Instant(seconds: 1_736_935_205)

  /// The budget the growth tests use: small, so they stay quick; the mechanism is the same.
  static let testLimit = 1 << 20

  static func nginx(memoryLimit: Int = 16 << 20) throws -> SimulatedContainer {
    let image = try #require(ImageCatalog.standard.image(for: "nginx"))
    var config = ContainerConfig(image: image, hostname: "m", ipAddress: "10.244.0.3")
    config.memoryLimit = memoryLimit
    return SimulatedContainer(config: config, startedAt: start)
  }

  @Test(arguments: [
    "x=a; while true; do x=$x$x; done",
    "x=a; while true; do export x=$x$x; done",
    "f() { local x=a; while true; do local x=$x$x; done; }; f",
    "set -- a; while true; do set -- \"$@\" \"$@\"; done",
    "echo a > /f; while true; do cat /f /f > /g; mv /g /f; done",
    "x=a; while true; do x=$x$x; echo \"$x\" > /dev/null; done",
  ])
  func growthIsKilled(_ script: String) throws {
    var container = try Self.nginx(memoryLimit: Self.testLimit)
    let result = container.exec(
      ["sh", "-c", script], stdin: "", tty: false, at: Self.start, timeLimit: .seconds(60))
    #expect(result.exitCode == 137)
    #expect(result.outcome == .completed)
    #expect(result.stdout.utf8.count <= Self.testLimit * 2)
  }

  /// A loop that only prints hits the step budget first: cut off as a busy loop, output bounded.
  @Test func printingLoopIsCutOffByTheStepBudget() throws {
    var container = try Self.nginx()
    let result = container.exec(
      ["sh", "-c", "while true; do echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa; done"], stdin: "",
      tty: false,
      at: Self.start, timeLimit: .seconds(60))
    #expect(result.outcome == .timedOut)
    #expect(result.stdout.utf8.count < 16 << 20)
  }

  /// Appending used to copy the whole file on every `>>` (quadratic).
  @Test func appendsStayLinear() throws {
    var container = try Self.nginx()
    let script =
      "i=0; while [ $i -lt 20000 ]; do echo 0123456789012345678901234567890123456789012 >> /h; i=$((i+1)); done; wc -c /h"
    let result = container.exec(
      ["sh", "-c", script], stdin: "", tty: false, at: Self.start, timeLimit: .seconds(60))
    #expect(result.stdout == "880000 /h\n")
  }

  /// The shell itself grows, so the OOM killer ends the shell (and `kubectl exec` with it).
  @Test func outOfMemoryInAnInteractiveShellEndsIt() throws {
    var container = try Self.nginx(memoryLimit: Self.testLimit)
    var shell = try #require(
      InteractiveSession(argv: ["/bin/bash"], container: &container, at: Self.start))
    let step = shell.run(
      line: "x=a; while true; do x=$x$x; done", in: &container, at: Self.start,
      timeLimit: .seconds(60))
    #expect(step.exited == 137)
    #expect(step.output == "")
  }

}
