import Cluster
import Container
import Testing

@testable import Shell

/// Tab completion as kubectl's shell completion behaves, from the live cluster (no terminal).
@Suite struct CompletionTests {
  typealias Candidates = CompletionTable.Candidates

  static let context = CompletionContext(
    pods: [
      .init(namespace: "default", name: "lifecycle-demo", containers: ["lifecycle-demo-container"]),
      .init(namespace: "default", name: "web", containers: ["shipper", "app"]),
      .init(namespace: "team", name: "worker", containers: ["main"]),
    ],
    namespaces: ["default", "kube-system", "team"])

  @Test(arguments: [
    ("", "", Candidates.words(OuterCommand.names)),
    ("", "ku", .words(["kubectl"])),
    ("kubectl ", "ge", .words(["get"])),
    ("k ", "de", .words(["delete", "describe"])),
    ("kubectl get ", "po", .words(["po", "pod", "pods"])),
    ("kubectl get pods ", "--wa", .words(["--watch", "--watch-only"])),
    ("kubectl get pods ", "", .words(["lifecycle-demo", "web"])),
    ("kubectl get pod web ", "l", .words(["lifecycle-demo"])),
    ("kubectl get ", "pod/w", .words(["pod/web"])),
    ("kubectl -n team get pods ", "", .words(["worker"])),
    ("kubectl get pods --namespace=team ", "w", .words(["worker"])),
    ("kubectl get pods -n ", "", .words(["default", "kube-system", "team"])),
    ("kubectl get pods -o ", "", .words(["json", "name", "wide", "yaml"])),
    ("kubectl describe pod ", "li", .words(["lifecycle-demo"])),
    ("kubectl logs ", "", .words(["lifecycle-demo", "web"])),
    ("kubectl logs web -c ", "", .words(["shipper", "app"])),
    ("kubectl exec -it web -c ", "s", .words(["shipper"])),
    ("kubectl exec -it web -- ", "", .words([])),
    ("kubectl exec ", "--st", .words(["--stdin"])),
    ("kubectl apply -f ", "po", .files),
    (
      "kubectl apply -f ", "https://k8s.io/",
      .words([
        "https://k8s.io/docs/tasks/configure-pod-container/lifecycle-events.yaml",
        "https://k8s.io/examples/pods/lifecycle-events.yaml",
      ])
    ),
    ("kubectl delete ", "n", .words(["namespace", "namespaces", "no", "node", "nodes", "ns"])),
    ("kubectl version ", "--c", .words(["--client", "--context"])),
    ("timeline ", "w", .words(["web"])),
    ("cat ", "RE", .files),
  ])
  func completes(_ before: String, _ word: String, _ expected: Candidates) {
    #expect(
      CompletionTable.candidates(before: before, word: word, context: Self.context) == expected)
  }

  /// Inside a container shell: its programs, then paths in its file system from its directory.
  @Test func containerShellCompletesCommandsAndPaths() throws {
    let image = try #require(ImageCatalog.standard.image(for: "nginx"))
    let shell = CompletionContext.ContainerShell(
      fileSystem: image.filesystem, workingDirectory: "/usr/share")
    let context = CompletionContext(containerShell: shell)
    #expect(
      CompletionTable.candidates(before: "", word: "ngin", context: context)
        == .words(["nginx", "nginx-debug"]))
    #expect(
      CompletionTable.candidates(before: "", word: "ech", context: context) == .words(["echo"]))
    #expect(
      CompletionTable.candidates(before: "cat ", word: "nginx/ht", context: context)
        == .words(["nginx/html/"]))
    #expect(
      CompletionTable.candidates(before: "cat ", word: "/usr/share/nginx/html/in", context: context)
        == .words(["/usr/share/nginx/html/index.html"]))
  }
}

/// The learner's state directory, by the XDG rules.
@Suite struct StateDirectoryTests {
  @Test(arguments: [
    (["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"], "/x/state/kubetutor"),
    (["XDG_STATE_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/state/kubetutor"),
    (["HOME": "/home/a/"], "/home/a/.local/state/kubetutor"),
    (["HOME": ""], nil),
    ([:], nil),
  ])
  func path(_ environment: [String: String], _ expected: String?) {
    #expect(StateDirectory.path(environment: environment) == expected)
  }
}

@Suite struct LessonCompletionTests {
  @Test func lessonIdsAndResetScopesComplete() {
    var context = CompletionContext()
    context.lessons = ["lifecycle-demo", "http-handlers"]
    #expect(
      CompletionTable.candidates(before: "lesson ", word: "life", context: context)
        == .words(["lifecycle-demo"]))
    #expect(CompletionTable.candidates(before: "reset ", word: "l") == .words(["lesson"]))
    #expect(
      CompletionTable.candidates(before: "", word: "hi", context: context) == .words(["hint"]))
  }
}
