import Cluster
import Container
import Testing

@testable import Kubectl

/// The API server's printPod, on the test vectors of kubectl-formats.md §7 (printers_test.go).
@Suite struct PodRowTests {
  static let now = Instant(seconds: 1_757_926_800)

  static func status(
    _ name: String, ready: Bool = false, restarts: Int32 = 0,
    state: ContainerState = ContainerState(), lastFinished: Int64? = nil
  ) -> ContainerStatus {
    var s = ContainerStatus(
      name: name, state: state, ready: ready, restartCount: restarts, image: "", imageID: "")
    if let lastFinished {
      s.lastState = ContainerState(
        terminated: ContainerStateTerminated(
          exitCode: 0, reason: nil, startedAt: nil,
          finishedAt: KubeTime(now - .seconds(lastFinished)), containerID: nil))
    }
    return s
  }

  static func pod(
    containers: Int, phase: String?, statuses: [ContainerStatus], reason: String? = nil,
    conditions: [PodCondition] = [], deleting: Bool = false
  ) -> Pod {
    var pod = Pod(
      metadata: ObjectMeta(name: "test1"),
      spec: PodSpec(containers: (0..<containers).map { ContainerSpec(name: "c\($0)") }))
    var status = PodStatus(phase: phase.flatMap(PodPhase.init(rawValue:)))
    status.containerStatuses = statuses
    status.reason = reason
    status.conditions = conditions
    pod.status = status
    if deleting { pod.metadata.deletionTimestamp = KubeTime(now) }
    return pod
  }

  static let running = ContainerState(running: ContainerStateRunning(startedAt: nil))
  static func waiting(_ reason: String) -> ContainerState {
    ContainerState(waiting: ContainerStateWaiting(reason: reason))
  }
  static func terminated(_ reason: String?, _ code: Int32) -> ContainerState {
    ContainerState(
      terminated: ContainerStateTerminated(
        exitCode: code, reason: reason, startedAt: nil, finishedAt: nil, containerID: nil))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var id: Int
    var pod: Pod
    var ready: String
    var status: String
    var restarts: String
    var testDescription: String { "#\(id)" }
  }

  @Test(arguments: [
    Case(
      id: 3,
      pod: pod(
        containers: 2, phase: "Running",
        statuses: [
          status("c0", restarts: 3, state: waiting("ContainerWaitingReason")),
          status("c1", restarts: 3, state: terminated("ContainerTerminatedReason", 1)),
        ]), ready: "0/2", status: "ContainerWaitingReason", restarts: "6"),
    Case(
      id: 6,
      pod: pod(
        containers: 2, phase: "Running",
        statuses: [
          status("c0", ready: true, restarts: 3, state: terminated("Completed", 0)),
          status("c1", ready: true, restarts: 3, state: running),
        ]), ready: "1/2", status: "NotReady", restarts: "6"),
    Case(
      id: 7,
      pod: pod(
        containers: 2, phase: "Running",
        statuses: [
          status("c0", ready: true, restarts: 3, state: terminated("Completed", 0)),
          status("c1", ready: true, restarts: 3, state: running),
        ], conditions: [PodCondition(type: "Ready", status: "True", lastTransitionTime: nil)]),
      ready: "1/2", status: "Running", restarts: "6"),
    Case(
      id: 12,
      pod: pod(
        containers: 1, phase: "Running",
        statuses: [status("c0", ready: true, restarts: 3, state: running, lastFinished: 5 * 86_400)]
      ), ready: "1/1", status: "Running", restarts: "3 (5d ago)"),
    Case(
      id: 16,
      pod: pod(
        containers: 1, phase: "Succeeded",
        statuses: [status("c0", state: terminated("Completed", 0))]), ready: "0/1",
      status: "Completed", restarts: "0"),
    Case(
      id: 17,
      pod: pod(
        containers: 1, phase: "Failed", statuses: [status("c0", state: terminated("Error", 1))]),
      ready: "0/1", status: "Error", restarts: "0"),
    Case(
      id: 18,
      pod: pod(
        containers: 1, phase: "Succeeded",
        statuses: [status("c0", state: terminated("Completed", 0))], deleting: true), ready: "0/1",
      status: "Completed", restarts: "0"),
    Case(
      id: 19,
      pod: pod(
        containers: 1, phase: "Running", statuses: [status("c0", state: running)], deleting: true),
      ready: "0/1", status: "Terminating", restarts: "0"),
    Case(
      id: 20, pod: pod(containers: 1, phase: "Pending", statuses: [], deleting: true), ready: "0/1",
      status: "Terminating", restarts: "0"),
    Case(
      id: 99,
      pod: pod(
        containers: 1, phase: "Running",
        statuses: [status("c0", restarts: 3, state: waiting("CrashLoopBackOff"), lastFinished: 20)]),
      ready: "0/1", status: "CrashLoopBackOff", restarts: "3 (20s ago)"),
    Case(
      id: 100,
      pod: pod(
        containers: 1, phase: "Pending", statuses: [], conditions: [gated]),
      ready: "0/1", status: "SchedulingGated", restarts: "0"),
  ])
  func matchesPrintPod(_ c: Case) {
    let row = PodRow(c.pod, now: Self.now)
    #expect(row.ready == c.ready)
    #expect(row.status == c.status)
    #expect(row.restarts == c.restarts)
    #expect(row.age == "<unknown>")
    // The narrow row (what `get pods` without `-o wide` reads) has the same cells.
    #expect(PodRow(c.pod, now: Self.now, wide: false).cells() == Array(row.cells().prefix(5)))
  }

  /// The condition a pod held back by `schedulingGates` has.
  static var gated: PodCondition {
    var condition = PodCondition(type: "PodScheduled", status: "False", lastTransitionTime: nil)
    condition.reason = "SchedulingGated"
    return condition
  }
}
