import Cluster
import Testing

@Suite struct PodDecoderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var yaml: String
    var message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    Case(
      yaml:
        "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    lifecycle:\n      postStart:\n        exec:\n          comand: [ls]\n",
      message:
        "Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"spec.containers[0].lifecycle.postStart.exec.comand\""
    ),
    Case(
      yaml:
        "apiVersion: v1\nkind: Pod\nmetadata: {name: x, lables: {a: b}}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    imagePullPolicy: Always\n    comand: [ls]\n",
      message:
        "Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field \"metadata.lables\", unknown field \"spec.containers[0].comand\""
    ),
    Case(
      yaml:
        "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    lifecycle:\n      postStart:\n        exec:\n          command: \"echo hi\"\n",
      message:
        "Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ExecAction.spec.containers.lifecycle.postStart.exec.command of type []string"
    ),
  ])
  func serverRejectsWithItsWording(_ c: Case) throws {
    let document = try ManifestParser.documents(from: c.yaml)[0]
    #expect(throws: APIError.badRequest(c.message)) { try PodDecoder.decode(document) }
  }

  @Test func realButUnsimulatedFieldsRoundTrip() throws {
    let yaml =
      "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  affinity: {nodeAffinity: {}}\n  containers:\n  - name: c\n    image: nginx\n    readinessProbe: {httpGet: {path: /, port: 80}}\n"
    let pod = try PodDecoder.decode(try ManifestParser.documents(from: yaml)[0])
    #expect(pod.spec.affinity == .object(["nodeAffinity": .object([:])]))
    #expect(pod.spec.containers[0].readinessProbe?.httpGet?.port == .int(80))
  }
}
