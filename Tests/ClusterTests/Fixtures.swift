import Cluster
import Container

/// Manifests and helpers shared by the cluster tests.
enum Fixtures {
    static let lifecycleDemo = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: lifecycle-demo
        spec:
          containers:
          - name: lifecycle-demo-container
            image: nginx
            lifecycle:
              postStart:
                exec:
                  command: ["/bin/sh", "-c", "echo Hello from the postStart handler > /usr/share/message"]
              preStop:
                exec:
                  command: ["/bin/sh","-c","nginx -s quit; while killall -0 nginx; do sleep 1; done"]
        """

    /// Decodes a single-document manifest into a Pod.
    static func pod(_ yaml: String) throws -> Pod {
        let documents = try ManifestParser.documents(from: yaml)
        return try PodDecoder.decode(documents[0])
    }

    /// A fresh cluster with the lifecycle-demo pod created at the epoch.
    static func clusterWithDemo() throws -> Cluster {
        var cluster = Cluster()
        _ = try cluster.create(try pod(lifecycleDemo))
        return cluster
    }
}
