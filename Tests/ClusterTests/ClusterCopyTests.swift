import Container
import Testing

@testable import Cluster

/// Copies of the cluster (the shell's `undo` snapshots, a lesson's before/after checks) are
/// values: cheap while unchanged, and a change to one never shows in another.
@Suite struct ClusterCopyTests {
  /// A cluster of `count` nginx pods, all running.
  static func cluster(pods count: Int) throws -> Cluster {
    var cluster = Cluster()
    for i in 1...count {
      _ = try cluster.create(
        Pod(
          metadata: ObjectMeta(name: "pod-\(i)"),
          spec: PodSpec(containers: [ContainerSpec(name: "app", image: "nginx")])))
    }
    cluster.advance(by: .seconds(Int64(max(count, 120))))
    return cluster
  }

  @Test func aCopyOfAThousandPodsSharesThemAndKeepsItsOwn() throws {
    let original = try Self.cluster(pods: 1000)
    var copy = original
    let before = original.pods(in: "default")
    #expect(before.count == 1000)
    #expect(before.allSatisfy { $0.status?.phase == .running })

    var changed = try #require(copy.pod(named: "pod-500", in: "default"))
    changed.metadata.labels = ["app": "changed"]
    _ = try copy.update(changed)

    // The original is untouched, pod for pod; the copy differs in one pod only.
    #expect(original.pods(in: "default") == before)
    #expect(original.pod(named: "pod-500", in: "default")?.metadata.labels == nil)
    #expect(copy.pod(named: "pod-500", in: "default")?.metadata.labels == ["app": "changed"])
    let after = copy.pods(in: "default")
    let differing = zip(before, after).filter { $0 != $1 }.map { $0.1.name }
    #expect(differing == ["pod-500"])
    // The 999 others are the same stored objects, not copies.
    let shared = zip(before, after).filter { $0.sharesStorage(with: $1) }.count
    #expect(shared == 999)
  }

  @Test func aCopyKeepsItsContainersWhenTheOtherRunsOn() throws {
    let original = try Self.cluster(pods: 3)
    var copy = original
    _ = try copy.delete(podNamed: "pod-2", in: "default", gracePeriod: 0)
    copy.advance(by: .seconds(60))
    #expect(copy.pod(named: "pod-2", in: "default") == nil)
    #expect(original.pod(named: "pod-2", in: "default")?.status?.phase == .running)
    #expect(
      original.fileSystem(ofPod: "pod-2", namespace: "default", container: "app")?.exists(
        "/etc/hostname") == true)
  }

  /// Metadata keeps its rarely set fields apart; setting and clearing them is invisible to
  /// equality, hashing and other copies.
  @Test func rarelySetMetadataIsAValue() {
    let plain = ObjectMeta(name: "web")
    var meta = plain
    meta.finalizers = ["example.com/keep"]
    meta.deletionGracePeriodSeconds = 30
    let marked = meta
    #expect(meta != plain)
    meta.finalizers = nil
    #expect(marked.finalizers == ["example.com/keep"])
    #expect(meta.deletionGracePeriodSeconds == 30)
    meta.deletionGracePeriodSeconds = nil
    #expect(meta == plain)
    #expect(meta.hashValue == plain.hashValue)
  }

  /// A pod's status change leaves its spec shared with the copies made before it.
  @Test func aStatusChangeKeepsTheSpecShared() throws {
    let original = try Self.cluster(pods: 1)
    var pod = try #require(original.pod(named: "pod-1", in: "default"))
    let before = pod
    pod.status?.phase = .failed
    #expect(pod.spec == before.spec)
    #expect(pod.fields.value.spec.sharesStorage(with: before.fields.value.spec))
    #expect(before.status?.phase == .running)
  }

  /// The counts a pod keeps next to its status follow every change of its spec.
  @Test func containerCountsFollowTheSpec() throws {
    var pod = Pod(
      metadata: ObjectMeta(name: "web"),
      spec: PodSpec(containers: [ContainerSpec(name: "app", image: "nginx")]))
    #expect(pod.containerCount == 1 && !pod.hasInitContainers)
    pod.spec.containers.append(ContainerSpec(name: "log", image: "busybox"))
    pod.spec.initContainers = [ContainerSpec(name: "setup", image: "busybox")]
    #expect(pod.containerCount == 2 && pod.hasInitContainers)
    let copy = pod
    pod.spec.initContainers = []
    #expect(!pod.hasInitContainers && copy.hasInitContainers)
  }
}
