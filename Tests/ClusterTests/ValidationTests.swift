import Cluster
import Foundation
import Testing

@Suite struct ValidationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var lifecycle: String
    var grace: String = ""
    var causes: [String]
    var testDescription: String { name }
  }

  static func manifest(_ c: Case) -> String {
    """
    apiVersion: v1
    kind: Pod
    metadata:
      name: demo
    spec:
    \(c.grace)  containers:
      - name: app
        image: nginx
        lifecycle:
    \(c.lifecycle)
    """
  }

  @Test(arguments: [
    Case(
      name: "no handler", lifecycle: "      postStart: {}",
      causes: [
        "spec.containers[0].lifecycle.postStart: Required value: must specify a handler type"
      ]),
    Case(
      name: "two handlers",
      lifecycle: "      preStop:\n        exec: {command: [ls]}\n        httpGet: {port: 80}",
      causes: [
        "spec.containers[0].lifecycle.preStop.httpGet: Forbidden: may not specify more than 1 handler type"
      ]),
    Case(
      name: "empty command", lifecycle: "      postStart:\n        exec: {}",
      causes: ["spec.containers[0].lifecycle.postStart.exec.command: Required value"]),
    Case(
      name: "sleep longer than grace", lifecycle: "      preStop:\n        sleep: {seconds: 40}",
      causes: [
        "spec.containers[0].lifecycle.preStop.sleep: Invalid value: 40: must be non-negative and less than terminationGracePeriodSeconds (30)"
      ]),
    Case(
      name: "sleep equal to grace is accepted",
      lifecycle: "      preStop:\n        sleep: {seconds: 30}", causes: []),
    Case(
      name: "sleep zero is accepted", lifecycle: "      preStop:\n        sleep: {seconds: 0}",
      causes: []),
    Case(
      name: "sleep bounded by a custom grace",
      lifecycle: "      preStop:\n        sleep: {seconds: 15}",
      grace: "  terminationGracePeriodSeconds: 10\n",
      causes: [
        "spec.containers[0].lifecycle.preStop.sleep: Invalid value: 15: must be non-negative and less than terminationGracePeriodSeconds (10)"
      ]),
    Case(
      name: "quoted numeric port",
      lifecycle: "      postStart:\n        httpGet: {path: /, port: \"8080\"}",
      causes: [
        "spec.containers[0].lifecycle.postStart.httpGet.port: Invalid value: \"8080\": must contain at least one letter (a-z)"
      ]),
    Case(
      name: "port out of range",
      lifecycle: "      postStart:\n        httpGet: {path: /, port: 70000}",
      causes: [
        "spec.containers[0].lifecycle.postStart.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive"
      ]),
    Case(
      name: "bad scheme",
      lifecycle: "      postStart:\n        httpGet: {path: /, port: 80, scheme: FTP}",
      causes: [
        "spec.containers[0].lifecycle.postStart.httpGet.scheme: Unsupported value: \"FTP\": supported values: \"HTTP\", \"HTTPS\""
      ]),
    Case(
      name: "tcpSocket is accepted by the API server",
      lifecycle: "      postStart:\n        tcpSocket: {port: 80}", causes: []),
  ])
  func lifecycleHandlers(_ c: Case) throws {
    var cluster = Cluster()
    let pod = try Fixtures.pod(Self.manifest(c))
    if c.causes.isEmpty {
      _ = try cluster.create(pod)
      #expect(cluster.pod(named: "demo", in: "default") != nil)
    } else {
      do {
        _ = try cluster.create(pod)
        Issue.record("accepted an invalid pod")
      } catch {
        guard case .invalid(let kind, let name, let causes) = error else {
          Issue.record("unexpected error \(error)")
          return
        }
        #expect(kind == "Pod" && name == "demo")
        #expect(causes.map(\.text) == c.causes)
        #expect(cluster.pods(in: nil).isEmpty, "a rejected pod must leave the cluster unchanged")
      }
    }
  }

  @Test func missingImageAndBadNames() throws {
    var cluster = Cluster()
    let pod = try Fixtures.pod(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: Lifecycle_Demo}\nspec:\n  containers:\n  - name: Web_App\n"
    )
    #expect(
      throws: APIError.invalid(
        kind: "Pod", name: "Lifecycle_Demo",
        causes: [
          FieldError(
            path: "metadata.name",
            kind: .invalid(
              value: "\"Lifecycle_Demo\"",
              detail:
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
            )),
          FieldError(
            path: "spec.containers[0].name",
            kind: .invalid(
              value: "\"Web_App\"",
              detail:
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
            )),
          FieldError(path: "spec.containers[0].image", kind: .required(detail: nil)),
        ])
    ) { try cluster.create(pod) }
  }

  /// A pod with only a `generateName` is named by the server: the base, cut to 58 characters,
  /// and five characters of Kubernetes' random-name alphabet; a second pod gets another name.
  @Test func generateNameIsCompletedByTheServer() throws {
    var cluster = Cluster()
    let base = String(repeating: "w", count: 70) + "-"
    let text = """
      apiVersion: v1
      kind: Pod
      metadata:
        generateName: web-
      spec:
        containers:
        - name: c
          image: nginx
      """
    let first = try cluster.create(try Fixtures.pod(text))
    let second = try cluster.create(try Fixtures.pod(text))
    let long = try cluster.create(
      try Fixtures.pod(text.replacing("generateName: web-", with: "generateName: " + base)))
    let suffix = /[bcdfghjklmnpqrstvwxz2456789]{5}/
    #expect(first.name.hasPrefix("web-") && first.name.dropFirst(4).wholeMatch(of: suffix) != nil)
    #expect(second.name != first.name && second.name.hasPrefix("web-"))
    #expect(long.name.count == 63 && long.name.hasPrefix(base.prefix(58)))
    #expect(first.metadata.generateName == "web-")
    #expect(cluster.pods(in: nil).count == 3)
  }

  @Test func createTwiceIsAlreadyExists() throws {
    var cluster = try Fixtures.clusterWithDemo()
    #expect(throws: APIError.alreadyExists(resource: "pods", name: "lifecycle-demo")) {
      try cluster.create(try Fixtures.pod(Fixtures.lifecycleDemo))
    }
  }
}

@Suite struct SpecDiffTests {
  @Test func editedHookIsForbiddenWithADiff() throws {
    var cluster = try Fixtures.clusterWithDemo()
    cluster.advance(by: .seconds(15))
    var edited = try Fixtures.pod(
      Fixtures.lifecycleDemo.replacingOccurrences(
        of: "echo Hello from the postStart handler", with: "echo Bye"))
    edited.metadata.namespace = "default"
    do {
      _ = try cluster.update(edited)
      Issue.record("a changed hook was accepted")
    } catch {
      guard case .invalid(_, _, let causes) = error, let text = causes.first?.text else {
        Issue.record("unexpected \(error)")
        return
      }
      let lines = text.split(separator: "\n").map(String.init)
      #expect(
        lines[0].hasPrefix(
          "spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`"
        ))
      #expect(
        lines.contains(
          "- \t\t\t\t\t\t\t\"echo Hello from the postStart handler > /usr/share/message\","))
      #expect(lines.contains("+ \t\t\t\t\t\t\t\"echo Bye > /usr/share/message\","))
      #expect(lines.contains("  \t\t\t\tPostStart: &core.LifecycleHandler{"))
    }
  }

  @Test func changingOnlyTheImageIsAllowed() throws {
    var cluster = try Fixtures.clusterWithDemo()
    var edited = try Fixtures.pod(
      Fixtures.lifecycleDemo.replacingOccurrences(of: "image: nginx", with: "image: nginx:1.25"))
    edited.metadata.namespace = "default"
    let updated = try cluster.update(edited)
    #expect(updated.spec.containers[0].image == "nginx:1.25")
  }
}
