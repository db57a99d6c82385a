import Kubectl
import Testing

@testable import Shell

/// What `ff` reports: the pods that changed, appeared or went, in `namespace/name` order.
@Suite struct FastForwardReportTests {
  static func pod(_ namespace: String, _ name: String, _ status: String, restarts: String = "0")
    -> PodSummary
  {
    PodSummary(
      namespace: namespace, name: name, ready: status == "Running" ? "1/1" : "0/1",
      status: status, restarts: restarts)
  }

  @Test(arguments: [
    ("default", "a", "default", "b", true),
    ("default", "b", "default", "a", false),
    // `a/x` sorts after `a-b/x`: `-` comes before `/`.
    ("a", "x", "a-b", "x", false),
    ("a-b", "x", "a", "x", true),
    ("kube-system", "a", "default", "z", false),
  ])
  func keysSortAsTheirText(
    namespaceA: String, nameA: String, namespaceB: String, nameB: String, before: Bool
  ) {
    let a = Self.pod(namespaceA, nameA, "Running")
    let b = Self.pod(namespaceB, nameB, "Running")
    #expect(ShellSession.keyOrder(a, b) == before)
    #expect(
      ShellSession.keyOrder(a, b)
        == ((namespaceA + "/" + nameA) < (namespaceB + "/" + nameB)))
  }

  @Test func changedAppearedAndGonePodsInKeyOrder() {
    let before = [
      Self.pod("a", "web", "Running"), Self.pod("a-b", "web", "Pending"),
      Self.pod("default", "old", "Running"), Self.pod("default", "same", "Running"),
      Self.pod("default", "web", "Running"),
    ].sorted(by: ShellSession.keyOrder)
    let after = [
      Self.pod("a", "web", "Running"), Self.pod("a-b", "web", "Running"),
      Self.pod("default", "new", "Pending"), Self.pod("default", "same", "Running"),
      Self.pod("default", "web", "Error", restarts: "1"),
    ].sorted(by: ShellSession.keyOrder)
    #expect(
      ShellSession.changes(from: before, to: after) == """
          pod/a-b/web: Pending → Running (1/1 ready)
          pod/new appeared: Pending (0/1 ready)
          pod/old is gone
          pod/web: Running → Error (0/1 ready, restarts 0 → 1)

        """)
    #expect(ShellSession.changes(from: after, to: after) == "")
  }
}
