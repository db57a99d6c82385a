import Cluster
import Container

/// Manifests and helpers shared by the cluster tests.
enum Fixtures {
  static let lifecycleDemo = OfficialExamples.lifecycleEvents

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
