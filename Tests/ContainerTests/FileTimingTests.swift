import Testing

@testable import Container

/// PID 1's run is computed ahead, but its file changes appear when its clock reaches them:
/// an exec (a probe, a hook, `kubectl exec`) sees the file system of its own moment.
@Suite struct FileTimingTests {
  static let start = ProcessTests.start

  static func cat(_ path: String, in container: inout SimulatedContainer, at seconds: Int64)
    -> ExecResult
  {
    container.exec(
      ["cat", path], stdin: "", tty: false, at: start + .seconds(seconds), timeLimit: .seconds(5))
  }

  @Test func touchThenRemoveIsSeenInOrder() {
    var container = ProcessTests.busybox([
      "sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600",
    ])
    #expect(Self.cat("/tmp/healthy", in: &container, at: 1).exitCode == 0)
    #expect(Self.cat("/tmp/healthy", in: &container, at: 29).exitCode == 0)
    let after = Self.cat("/tmp/healthy", in: &container, at: 31)
    #expect(after.exitCode == 1)
    #expect(after.combined == "cat: can't open '/tmp/healthy': No such file or directory\n")
  }

  @Test func appendsArriveLineByLine() {
    var container = ProcessTests.busybox([
      "sh", "-c",
      "i=0; while [ $i -lt 5 ]; do echo $i >> /tmp/count; i=$((i+1)); sleep 10; done; sleep 600",
    ])
    #expect(Self.cat("/tmp/count", in: &container, at: 15).stdout == "0\n1\n")
    #expect(Self.cat("/tmp/count", in: &container, at: 100).stdout == "0\n1\n2\n3\n4\n")
    #expect(container.filesystem(at: Self.start + .seconds(25)).exists("/tmp/count"))
  }

  /// What an exec writes stays, and PID 1's later changes land on top of it.
  @Test func execWritesAndLaterInitChangesCombine() {
    var container = ProcessTests.busybox([
      "sh", "-c", "sleep 20; echo late > /tmp/late; sleep 600",
    ])
    _ = container.exec(
      ["touch", "/tmp/early"], stdin: "", tty: false, at: Self.start + .seconds(5),
      timeLimit: .seconds(5))
    #expect(Self.cat("/tmp/late", in: &container, at: 10).exitCode == 1)
    #expect(Self.cat("/tmp/early", in: &container, at: 30).exitCode == 0)
    #expect(Self.cat("/tmp/late", in: &container, at: 30).stdout == "late\n")
  }

  /// A trap run on a signal replans what PID 1 does next, files included.
  @Test func signalReplansLaterChanges() {
    var container = ProcessTests.busybox([
      "sh", "-c",
      "trap 'echo bye > /tmp/bye; exit 0' TERM; sleep 30; echo done > /tmp/done; sleep 600 & wait",
    ])
    container.signal(.term, pid: 1, at: Self.start + .seconds(10))
    #expect(container.filesystem(at: Self.start + .seconds(60)).exists("/tmp/done") == false)
  }

  /// A background job's changes are recorded when the job runs, ahead of the foreground's;
  /// they still appear at their own time.
  @Test func backgroundJobChangesKeepTheirTime() {
    var container = ProcessTests.busybox([
      "sh", "-c", "(sleep 40; touch /tmp/late) & sleep 5; touch /tmp/started; sleep 3600",
    ])
    #expect(Self.cat("/tmp/started", in: &container, at: 10).exitCode == 0)
    #expect(Self.cat("/tmp/late", in: &container, at: 10).exitCode == 1)
    #expect(Self.cat("/tmp/late", in: &container, at: 45).exitCode == 0)
  }

  /// What a trap writes at the moment of the signal is there right after it.
  @Test func trapChangesAtTheSignalInstantAppear() {
    var container = ProcessTests.busybox([
      "sh", "-c", "trap 'touch /tmp/got-term; exit 0' TERM; sleep 3600 & wait",
    ])
    container.signal(.term, pid: 1, at: Self.start + .seconds(10))
    #expect(container.filesystem(at: Self.start + .seconds(10)).exists("/tmp/got-term"))
  }

  /// `rm -rf` of a directory removes what an exec put in it too.
  @Test func recursiveRemoveTakesExecFilesAlong() {
    var container = ProcessTests.busybox([
      "sh", "-c", "mkdir /tmp/d; sleep 20; rm -rf /tmp/d; sleep 20; mkdir /tmp/d; sleep 600",
    ])
    _ = container.exec(
      ["touch", "/tmp/d/x"], stdin: "", tty: false, at: Self.start + .seconds(10),
      timeLimit: .seconds(5))
    #expect(Self.cat("/tmp/d/x", in: &container, at: 15).exitCode == 0)
    #expect(Self.cat("/tmp/d/x", in: &container, at: 50).exitCode == 1)
  }

  static func loop(_ script: String) -> SimulatedContainer {
    // 50 minutes of the loop are enough to pass the journal's budget.
    SimulatedContainer(
      config: ContainerConfig(
        image: ProcessTests.busybox([]).config.image, command: ["sh", "-c", script],
        hostname: "bb", ipAddress: "10.244.0.7"),
      startedAt: Self.start, horizon: .seconds(3000))
  }

  static func lines(_ path: String, in container: inout SimulatedContainer, at seconds: Int64)
    -> String
  {
    container.exec(
      ["wc", "-l", path], stdin: "", tty: false,
      at: Self.start + .seconds(seconds) + .milliseconds(500), timeLimit: .seconds(5)
    ).stdout
  }

  /// Copies and appends are recorded as operations, not contents: exact at any time.
  @Test func copiesOfAGrowingFileStayExact() {
    var container = Self.loop(
      "while true; do date >> /tmp/log; cp /tmp/log /tmp/copy; sleep 1; done")
    #expect(Self.lines("/tmp/copy", in: &container, at: 10) == "11 /tmp/copy\n")
    #expect(Self.lines("/tmp/copy", in: &container, at: 2900) == "2901 /tmp/copy\n")
  }

  /// Rewriting a growing file would keep every version: the journal stops at its budget (16 MB
  /// of contents) and the file system jumps to the end of the run there. (This script's output
  /// also passes the container's memory bound after about 1,050 rounds, which ends PID 1.)
  @Test func journalStaysWithinItsBudget() throws {
    let container = Self.loop(
      "while true; do date >> /tmp/log; cat /tmp/log > /tmp/copy; sleep 1; done")
    func lines(at seconds: Int64) throws -> Int {
      try container.filesystem(at: Self.start + .seconds(seconds) + .milliseconds(500))
        .read("/tmp/copy").split(separator: "\n").count
    }
    #expect(try lines(at: 10) == 11)
    #expect(try lines(at: 900) == 901)
    let final = try lines(at: 2900)
    #expect(final > 901 && final < 1100)
  }

  /// The journal records operations, and gives up (once) when contents pass the budget.
  @Test func journalGivesUpAtTheBudget() throws {
    var fs = FileSystem()
    fs.journal = []
    let chunk = String(repeating: "x", count: 1 << 20)
    for i in 0..<40 { try fs.write("/f\(i)", contents: chunk) }
    try fs.copy("/f0", to: "/g")
    let journal = try #require(fs.journal)
    #expect(journal.count == 17)
    #expect(journal.last?.edit == .gaveUp)
    #expect(fs.exists("/g"))
  }

  /// Once PID 1's changes are all in the file system, a program's plan is let go; a shell
  /// keeps its own, which a signal's trap may recompute.
  @Test func aPlanPlayedToItsEndIsDroppedUnlessPID1IsAShell() {
    var nginx = SimulatedContainer(
      config: ContainerConfig(
        image: ImageCatalog.standard.image(for: "nginx")!, hostname: "n",
        ipAddress: "10.244.0.8"), startedAt: Self.start)
    #expect(nginx.plannedChangesKept == 0)
    #expect(nginx.filesystem(at: Self.start + .seconds(1)).exists("/run/nginx.pid"))
    var shell = ProcessTests.busybox(["sh", "-c", "touch /tmp/a; sleep 5; touch /tmp/b; sleep 600"])
    _ = Self.cat("/tmp/b", in: &shell, at: 10)
    #expect(shell.plannedChangesKept > 0)
    // What the dropped plan wrote stays in the file system.
    #expect(Self.cat("/run/nginx.pid", in: &nginx, at: 10).stdout == "1\n")
  }
}
