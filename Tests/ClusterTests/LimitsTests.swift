import Container
import Testing

@testable import Cluster

/// The API server's and the simulator's bounds (``ClusterLimits``): each refuses with the
/// server's words and leaves the cluster as it was.
@Suite struct LimitsTests {
  static func pod(_ name: String, annotation: Int = 0, args: Int = 0) -> Pod {
    var pod = try! Fixtures.pod(
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: \(name)
      spec:
        containers:
        - name: c
          image: nginx
      """)
    if annotation > 0 {
      pod.metadata.annotations = ["blob": String(repeating: "a", count: annotation)]
    }
    if args > 0 { pod.spec.containers[0].args = [String(repeating: "a", count: args)] }
    return pod
  }

  @Test func deepNestingIsRefusedWithGoYAMLsWords() {
    let text = "a: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    #expect(throws: ManifestError.tooDeep(line: 1)) { try ManifestParser.documents(from: text) }
    #expect(
      ManifestError.tooDeep(line: 1).message == "yaml: line 1: exceeded max depth of 1000")
  }

  @Test func annotationsLargerThan256KiBAreInvalid() {
    var cluster = Cluster()
    #expect(throws: APIError.self) {
      try cluster.create(Self.pod("big", annotation: ClusterLimits.annotationBytes))
    }
    do {
      _ = try cluster.create(Self.pod("big", annotation: ClusterLimits.annotationBytes))
    } catch {
      #expect(
        error.message
          == "Pod \"big\" is invalid: metadata.annotations: Too long: may not be more than 262144 bytes"
      )
    }
    #expect(cluster.pods(in: nil).isEmpty)
  }

  @Test func objectsLargerThanEtcdTakesAreRefused() throws {
    var cluster = Cluster()
    #expect(throws: APIError.requestTooLargeForStorage) {
      try cluster.create(Self.pod("big", args: ClusterLimits.objectBytes))
    }
    #expect(APIError.requestTooLargeForStorage.reason == "")
    _ = try cluster.create(Self.pod("fits", args: ClusterLimits.objectBytes / 2))
    #expect(cluster.pods(in: nil).map(\.name) == ["fits"])
  }

  @Test func theClusterHoldsAtMostItsPodLimit() throws {
    var cluster = Cluster()
    for index in 0..<ClusterLimits.pods { _ = try cluster.create(Self.pod("p\(index)")) }
    #expect(throws: APIError.tooManyPods(limit: ClusterLimits.pods)) {
      try cluster.create(Self.pod("one-more"))
    }
    #expect(cluster.pods(in: nil).count == ClusterLimits.pods)
    _ = try cluster.delete(podNamed: "p0", in: "default", gracePeriod: 0)
    _ = try cluster.create(Self.pod("one-more"))
  }

  @Test func expiredEventsAndOldTimelinesAreDropped() throws {
    var cluster = Cluster()
    for round in 0..<3 {
      for index in 0..<300 {
        _ = try cluster.create(Self.pod("r\(round)-\(index)"))
      }
      cluster.advance(by: .seconds(30))
      for index in 0..<300 {
        _ = try cluster.delete(podNamed: "r\(round)-\(index)", in: "default", gracePeriod: 0)
      }
      cluster.advance(by: ClusterLimits.eventLifetime + .seconds(1))
    }
    _ = try cluster.create(Self.pod("last"))
    cluster.advance(by: .seconds(30))
    #expect(cluster.events.count < 1000)
    #expect(cluster.timelines.count <= ClusterLimits.pastTimelines + 1)
    #expect(cluster.timeline(ofPod: "last", in: "default") != nil)
    #expect(cluster.timeline(ofPod: "r2-299", in: "default") != nil)
    #expect(cluster.timeline(ofPod: "r0-0", in: "default") == nil)
  }
}
