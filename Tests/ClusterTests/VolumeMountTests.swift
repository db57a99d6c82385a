import Cluster
import Testing

/// A volume's mount path exists in the container, so the entrypoint can write there.
@Suite struct VolumeMountTests {
  @Test func emptyDirMountPathIsADirectory() throws {
    let yaml = """
      apiVersion: v1
      kind: Pod
      metadata: {name: ed}
      spec:
        volumes: [{name: data, emptyDir: {}}]
        containers:
        - name: app
          image: busybox
          command: ["sh", "-c", "echo hi > /data/n; sleep 3600"]
          volumeMounts: [{name: data, mountPath: /data}]
      """
    var cluster = Cluster()
    _ = try cluster.create(try Fixtures.pod(yaml))
    cluster.advance(by: .seconds(10))
    let output = try cluster.exec(
      ["cat", "/data/n"], pod: "ed", namespace: "default", container: nil, stdin: "", tty: false,
      limit: .seconds(5))
    #expect(output.stdout == "hi\n")
    #expect(
      try cluster.logs(pod: "ed", namespace: "default", container: nil, previous: false).isEmpty)
  }
}
