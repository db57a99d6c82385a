import Testing

@testable import Container

/// Execs that have ended leave nothing behind: a probe runs one every few seconds for hours.
@Suite struct ExecCleanupTests {
  @Test func finishedExecsAreForgotten() {
    var container = ProcessTests.busybox(["sleep", "3600"])
    let before = container.kernel.processes.count
    for second in 1...200 {
      let result = container.exec(
        ["sh", "-c", "cat /etc/hostname | wc -c"], stdin: "", tty: false,
        at: ProcessTests.start + .seconds(Int64(second)), timeLimit: .seconds(1))
      #expect(result.stdout == "3\n")
    }
    #expect(container.kernel.processes.count == before)
  }

  /// A background process an exec leaves running stays until it ends.
  @Test func backgroundProcessesOfAnExecStay() {
    var container = ProcessTests.busybox(["sleep", "3600"])
    _ = container.exec(
      ["sh", "-c", "sleep 100 &"], stdin: "", tty: false,
      at: ProcessTests.start + .seconds(1), timeLimit: .seconds(1))
    let names = container.processes(at: ProcessTests.start + .seconds(50)).map(\.commandLine)
    #expect(names.contains("sleep 100"))
  }
}
