import Cluster
import Container
import Testing

/// What the status shows around a failed postStart and a crash, sync by sync (k8s-hooks.md
/// §2.3, §2.5, §2.6, §9.2).
@Suite struct FailedHookStatusTests {
  static func pod(policy: String = "Always", image: String = "nginx", command: String? = nil)
    -> String
  {
    """
    apiVersion: v1
    kind: Pod
    metadata: {name: demo}
    spec:
      restartPolicy: \(policy)
      containers:
      - name: app
        image: \(image)
    \(command.map { "    command: \($0)\n" } ?? "")    lifecycle:
          postStart:
            exec: {command: ["sh", "-c", "exit 1"]}
          preStop:
            exec: {command: ["sleep", "10"]}
    """
  }

  static func status(_ cluster: Cluster) throws -> (PodStatus, ContainerStatus) {
    let pod = try #require(cluster.pod(named: "demo", in: "default"))
    let status = try #require(pod.status)
    return (status, try #require(status.containerStatuses?.first))
  }

  /// The kill after a failed postStart happens inside the sync that started the container: the
  /// pod never shows it Running or Ready, and has no IP yet.
  @Test func neverRunningWhileKilledForItsHook() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.pod()))
    cluster.advance(by: .seconds(10))
    let (status, container) = try Self.status(cluster)
    #expect(container.state.waiting?.reason == "ContainerCreating")
    #expect(!container.ready)
    #expect(status.podIP == nil)
    #expect(status.conditions?.first { $0.type == "Ready" }?.status == "False")
    cluster.advance(by: .seconds(6))
    let (after, stopped) = try Self.status(cluster)
    #expect(stopped.state.waiting?.reason == "PostStartHookError")
    #expect(after.podIP != nil)
  }

  /// A container that will not run again does not keep the hook error: it shows how it ended.
  @Test func noWaitingReasonWithoutARestart() throws {
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(Self.pod(policy: "Never")))
    cluster.advance(by: .seconds(40))
    let (status, container) = try Self.status(cluster)
    #expect(container.state.waiting == nil)
    #expect(container.state.terminated?.reason == "Completed")
    #expect(status.phase == .succeeded)
  }

  /// A crash shows as Error first; CrashLoopBackOff comes with the pod worker's next sync.
  @Test func crashShowsErrorBeforeCrashLoopBackOff() throws {
    var cluster = Cluster()
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: demo}
      spec:
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "sleep 2; exit 3"]
      """
    _ = try cluster.create(try Fixtures.pod(yaml))
    var seen: [String] = []
    for _ in 0..<60 {
      cluster.advance(by: .milliseconds(500))
      let (_, container) = try Self.status(cluster)
      let reason =
        container.state.waiting?.reason ?? container.state.terminated?.reason
        ?? (container.state.running != nil ? "Running" : "?")
      if seen.last != reason { seen.append(reason) }
    }
    let crash = try #require(seen.firstIndex(of: "CrashLoopBackOff"))
    #expect(seen[..<crash].contains("Error"))
    #expect(seen.first == "ContainerCreating")
  }
}
