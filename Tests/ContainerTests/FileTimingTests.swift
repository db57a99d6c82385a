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
}
