import Container
import Testing

@testable import Cluster

/// The node's disk (``ClusterConfig/nodeDiskBytes``), shared by all its containers' writes.
@Suite struct NodeDiskTests {
  /// A pod whose PID 1 writes `kilobytes` KiB to /big, then says whether it could.
  static func writer(_ name: String, kilobytes: Int) throws -> Pod {
    try Fixtures.pod(
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: \(name)
      spec:
        containers:
        - name: c
          image: busybox
          command: ["sh", "-c", "s=x; for i in $(seq \(kilobytes.trailingZeroBitCount + 10)); do s=$s$s; done; echo $s > /big && echo wrote; sleep 36000"]
      """)
  }

  static func log(_ cluster: Cluster, _ pod: String) throws -> String {
    try cluster.logs(pod: pod, namespace: "default", container: "c", previous: false)
      .map(\.text).joined()
  }

  @Test func containersShareTheNodesDisk() throws {
    var config = ClusterConfig()
    config.nodeDiskBytes = 3 << 20
    var cluster = Cluster(config: config)
    for name in ["a", "b", "c"] { _ = try cluster.create(Self.writer(name, kilobytes: 1024)) }
    cluster.advance(by: .seconds(60))
    #expect(try Self.log(cluster, "a") == "wrote")
    #expect(try Self.log(cluster, "b") == "wrote")
    #expect(try Self.log(cluster, "c").contains("No space left on device"))
    #expect(cluster.nodeDiskUsed <= 3 << 20)

    // An exec on a full node cannot write either; deleting a pod gives its share back.
    let megabyte = "s=x; for i in $(seq 20); do s=$s$s; done; echo $s >> /big"
    let full = try cluster.exec(
      ["sh", "-c", megabyte], pod: "a", namespace: "default", container: nil,
      stdin: "", tty: false, limit: .seconds(60))
    #expect(full.combined.contains("No space left on device"))
    _ = try cluster.delete(podNamed: "b", in: "default", gracePeriod: 0)
    cluster.advance(by: .seconds(5))
    let room = try cluster.exec(
      ["sh", "-c", megabyte], pod: "a", namespace: "default", container: nil,
      stdin: "", tty: false, limit: .seconds(60))
    #expect(room.exitCode == 0 && room.combined.isEmpty)
  }

  /// Lines typed into `kubectl exec -it` count against the node's disk as an exec does: a
  /// write past what is left fails, and what was written is the node's until the pod goes.
  @Test func interactiveShellsShareTheNodesDisk() throws {
    var config = ClusterConfig()
    config.nodeDiskBytes = 4 << 20
    var cluster = Cluster(config: config)
    for name in ["a", "b"] { _ = try cluster.create(Self.writer(name, kilobytes: 1024)) }
    cluster.advance(by: .seconds(60))
    let used = cluster.nodeDiskUsed
    var shell = try #require(
      try cluster.openShell(["sh"], pod: "a", namespace: "default", container: nil))
    let megabyte = "s=x; for i in $(seq 20); do s=$s$s; done; echo $s >> /more"
    let first = cluster.runInteractive(
      &shell, line: megabyte, pod: "a", namespace: "default", container: "c")
    #expect(first.output == "", "\(first.output)")
    #expect(cluster.nodeDiskUsed > used + (1 << 20))
    let second = cluster.runInteractive(
      &shell, line: megabyte, pod: "a", namespace: "default", container: "c")
    #expect(second.output.contains("No space left on device"))
    #expect(cluster.nodeDiskUsed <= 4 << 20)
  }
}
