import Cluster
import Testing

/// The API server's probe validation (validateProbe and its liveness/readiness/startup rules),
/// word for word; nothing is created on error.
@Suite struct ProbeValidationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// YAML at container depth (four spaces).
    var container: String
    var initContainer = false
    var causes: [String]
    var testDescription: String { name }
  }

  static func manifest(_ c: Case) -> String {
    let list = c.initContainer ? "initContainers" : "containers"
    let extra = c.initContainer ? "  containers:\n  - name: main\n    image: nginx\n" : ""
    return
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n\(extra)  \(list):\n  - name: app\n    image: nginx\n\(c.container)\n"
  }

  @Test(arguments: [
    Case(
      name: "no handler", container: "    livenessProbe: {periodSeconds: 5}",
      causes: ["spec.containers[0].livenessProbe: Required value: must specify a handler type"]),
    Case(
      name: "two handlers",
      container: "    readinessProbe:\n      exec: {command: [ls]}\n      tcpSocket: {port: 80}",
      causes: [
        "spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"
      ]),
    Case(
      name: "a second handler is not validated",
      container: "    livenessProbe:\n      exec: {command: [ls]}\n      tcpSocket: {}",
      causes: [
        "spec.containers[0].livenessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"
      ]),
    Case(
      name: "ports and pull policy come before probes",
      container:
        "    imagePullPolicy: Sometimes\n    ports: [{containerPort: 70000}]\n    livenessProbe: {periodSeconds: 1}",
      causes: [
        "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
        "spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"",
        "spec.containers[0].livenessProbe: Required value: must specify a handler type",
      ]),
    Case(
      name: "bad header name",
      container:
        "    readinessProbe: {httpGet: {port: 80, httpHeaders: [{name: \"bad header\", value: x}, {name: X-Ok, value: y}]}}",
      causes: [
        "spec.containers[0].readinessProbe.httpGet.httpHeaders: Invalid value: \"bad header\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"
      ]),
    Case(
      name: "empty exec command", container: "    startupProbe: {exec: {command: []}}",
      causes: ["spec.containers[0].startupProbe.exec.command: Required value"]),
    Case(
      name: "bad port", container: "    livenessProbe: {httpGet: {port: 70000}}",
      causes: [
        "spec.containers[0].livenessProbe.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive"
      ]),
    Case(
      name: "negative timing",
      container:
        "    readinessProbe: {tcpSocket: {port: 80}, periodSeconds: -1, failureThreshold: -2}",
      causes: [
        "spec.containers[0].readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0",
        "spec.containers[0].readinessProbe.failureThreshold: Invalid value: -2: must be greater than or equal to 0",
      ]),
    Case(
      name: "liveness success threshold",
      container: "    livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2}",
      causes: ["spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1"]),
    Case(
      name: "readiness grace period",
      container: "    readinessProbe: {tcpSocket: {port: 80}, terminationGracePeriodSeconds: 5}",
      causes: [
        "spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 5: must not be set for readinessProbes"
      ]),
    Case(
      name: "zero probe grace period",
      container: "    livenessProbe: {tcpSocket: {port: 80}, terminationGracePeriodSeconds: 0}",
      causes: [
        "spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0"
      ]),
    Case(
      name: "probe on an init container", container: "    readinessProbe: {tcpSocket: {port: 80}}",
      initContainer: true,
      causes: [
        "spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always"
      ]),
    Case(
      name: "probe on a sidecar is fine",
      container: "    restartPolicy: Always\n    readinessProbe: {tcpSocket: {port: 80}}",
      initContainer: true, causes: []),
    Case(
      name: "grpc without port", container: "    livenessProbe: {grpc: {service: x}}",
      causes: [
        "spec.containers[0].livenessProbe.grpc.port: Invalid value: 0: must be between 1 and 65535, inclusive"
      ]),
  ])
  func probes(_ c: Case) throws {
    var cluster = Cluster()
    let pod = try Fixtures.pod(Self.manifest(c))
    do {
      _ = try cluster.create(pod)
      #expect(c.causes.isEmpty, "accepted an invalid pod")
    } catch {
      guard case .invalid(_, _, let causes) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(causes.map(\.text) == c.causes)
      #expect(cluster.pods(in: nil).isEmpty)
    }
  }

  /// Strict decoding reaches into probes: an unknown field and a wrong type, with Go's wording.
  @Test func strictDecodingInsideProbes() throws {
    let unknown =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    livenessProbe: {httpGet: {port: 80}, periodSecond: 5}\n"
    let document = try ManifestParser.documents(from: unknown)[0]
    #expect(throws: APIError.self) { try PodDecoder.decode(document) }
    let wrongType =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    livenessProbe: {httpGet: {port: 80}, periodSeconds: five}\n"
    #expect(
      throws: APIError.badRequest(
        "Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field Probe.spec.containers.livenessProbe.periodSeconds of type int32"
      )
    ) { try PodDecoder.decode(try ManifestParser.documents(from: wrongType)[0]) }
  }
}
