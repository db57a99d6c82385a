import Cluster
import Kubectl
import Testing

@testable import Lessons

/// Checks against cluster states built the way a learner builds them: through kubectl.
@Suite struct CheckTests {
  static let demo = """
    apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
      - name: app
        image: nginx
        lifecycle:
          postStart:
            exec:
              command: ["/bin/sh", "-c", "echo hi > /usr/share/message"]
          preStop:
            exec:
              command: ["/bin/sh", "-c", "sleep 5"]
    """

  static let broken = demo.replacing(
    "command: [\"/bin/sh\", \"-c\", \"echo hi > /usr/share/message\"]",
    with: "command: [\"missing-command\"]")

  /// A cluster after `kubectl` ran each line's words, `sleep` advancing the clock.
  static func cluster(_ lines: [String], manifest: String = demo) -> Cluster {
    var cluster = Cluster()
    let environment = KubectlEnvironment(
      files: InMemoryFiles(["/w/pod.yaml": manifest]), workingDirectory: "/w")
    for line in lines {
      cluster.advance(by: .seconds(1))
      let words = line.split(separator: " ").map(String.init)
      if words.first == "sleep", let seconds = Int64(words[1]) {
        cluster.advance(by: .seconds(seconds))
      } else {
        _ = Kubectl.run(Array(words.dropFirst()), in: &cluster, environment: environment)
      }
    }
    return cluster
  }

  static let empty = cluster([])
  static let created = cluster(["kubectl apply -f pod.yaml"])
  static let running = cluster(["kubectl apply -f pod.yaml", "sleep 20"])
  static let read = cluster([
    "kubectl apply -f pod.yaml", "sleep 20", "kubectl exec web -- cat /usr/share/message",
  ])
  static let deleted = cluster([
    "kubectl apply -f pod.yaml", "sleep 20", "kubectl delete pod web --grace-period=3",
  ])
  static let crashing = cluster(["kubectl apply -f pod.yaml", "sleep 90"], manifest: broken)

  static let states: [String: Cluster] = [
    "empty": empty, "created": created, "running": running, "read": read, "deleted": deleted,
    "crashing": crashing,
  ]

  /// Each check, a state where it fails (and why), and one where it holds.
  @Test(
    arguments: [
      (Check.pod("web", .exists), "empty", "There is no pod `web` yet.", "created"),
      (
        .pod("web", .status("Running")), "created",
        "Pod `web` shows STATUS `Pending`, not `Running` yet.", "running"
      ),
      (.pod("web", .ready(true)), "created", "Pod `web` is not ready yet (READY 0/1).", "running"),
      (.pod("web", .absent), "running", "Pod `web` still exists (STATUS `Running`).", "deleted"),
      (
        .hook(.postStart, pod: "web", outcome: .succeeded), "created",
        "Pod `web`'s postStart hook has not run to completion yet.", "running"
      ),
      (
        .hook(.postStart, pod: "web", outcome: .failed), "running",
        "Pod `web`'s postStart hook has not failed yet.", "crashing"
      ),
      (
        .hook(.preStop, pod: "web", outcome: .cut), "running",
        "Pod `web`'s preStop hook has not been cut off by the end of the grace period yet.",
        "deleted"
      ),
      (
        .read(path: "/usr/share/message", pod: "web"), "running",
        "No command in pod `web` has read `/usr/share/message` yet.", "read"
      ),
      (.exec(pod: "web"), "running", "You have not run a command in pod `web` yet.", "read"),
      (
        .event(reason: "FailedPostStartHook", pod: "web"), "running",
        "No `FailedPostStartHook` event has been recorded for pod `web` yet.", "crashing"
      ),
      (
        .pod("web", .restarts(atLeast: 2)), "running",
        "Pod `web`'s containers have restarted 0 times; at least 2 needed.", "crashing"
      ),
      (
        .pod("web", .status("CrashLoopBackOff")), "running",
        "Pod `web` shows STATUS `Running`, not `CrashLoopBackOff` yet.", "crashing"
      ),
      (.deleted(pod: "web", grace: 3), "running", "Pod `web` has not been deleted yet.", "deleted"),
      (
        .field(pod: "web", path: ".spec.containers[0].image", equals: "busybox"), "running",
        "Pod `web` has `.spec.containers[0].image` set to `nginx`, not `busybox`.", nil
      ),
      (
        .field(pod: "web", path: ".spec.terminationGracePeriodSeconds", equals: "30"), "empty",
        "There is no pod `web` yet.", "running"
      ),
      (.not(.pod("web", .exists)), "running", "This should not be so: pod `web` exists.", "empty"),
      (
        .any([.pod("web", .absent), .exec(pod: "web")]), "running",
        "Any one of these would do; none holds yet:\n  - Pod `web` still exists (STATUS `Running`).\n  - You have not run a command in pod `web` yet.",
        "read"
      ),
    ] as [(Check, String, String, String?)])
  func failsWithAReasonThenHolds(check: Check, before: String, reason: String, after: String?)
    throws
  {
    // States by name: a cluster printed as a test argument would fill the log.
    let state = try #require(Self.states[before])
    #expect(check.finding(in: state)?.text(.en) == reason)
    if let after { #expect(check.finding(in: try #require(Self.states[after])) == nil) }
  }

  @Test func aDeletedPodIsNotOneNeverCreated() {
    #expect(
      Check.pod("web", .ready(true)).finding(in: Self.deleted)?.text(.en)
        == "Pod `web` was deleted and is gone.")
    #expect(
      Check.pod("web", .ready(true)).finding(in: Self.empty)?.text(.en)
        == "There is no pod `web` yet.")
  }

  @Test func aDifferentGracePeriodIsNamed() {
    #expect(
      Check.deleted(pod: "web", grace: 10).finding(in: Self.deleted)?.text(.en)
        == "Pod `web` was deleted with a grace period of 3 s, not 10 s.")
  }

  @Test func hooksRunByTheKubeletAreNotTheLearnersReads() {
    // The postStart handler wrote the file, and no one read it through kubectl exec.
    #expect(Self.running.execRecords.isEmpty)
    #expect(Self.read.execRecords.map(\.filesRead) == [["/usr/share/message"]])
  }

  @Test(arguments: [
    (CheckFinding.noPod("web"), "还没有名为 `web` 的 Pod。"),
    (
      .wrongStatus("web", expected: "Running", actual: "Pending"),
      "Pod `web` 的 STATUS 是 `Pending`，还不是 `Running`。"
    ),
    (.hookNot(.preStop, pod: "web", outcome: .succeeded), "Pod `web` 的 preStop 回调还没有成功执行完毕。"),
  ])
  func findingsSpeakChinese(finding: CheckFinding, text: String) {
    #expect(finding.text(.zh) == text)
  }
}
