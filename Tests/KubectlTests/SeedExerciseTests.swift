import Cluster
import Kubectl
import TestSupport
import Testing

/// The official exercise, command by command, with kubectl 1.34's output (golden files).
@Suite struct SeedExerciseTests {
  @Test func officialExerciseTranscript() {
    var driver = Driver()
    driver.run([
      "kubectl version",
      "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
      "kubectl get pod lifecycle-demo",
      "sleep 10",
      "kubectl get pod lifecycle-demo",
      "kubectl get pod lifecycle-demo -o wide",
      "kubectl exec lifecycle-demo -- cat /usr/share/message",
      "kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml",
      "kubectl create -f https://k8s.io/docs/tasks/configure-pod-container/lifecycle-events.yaml",
      "kubectl get events",
      "kubectl delete pod lifecycle-demo",
      "kubectl get pods",
      "kubectl get pod lifecycle-demo",
      "kubectl get all",
      "kubectl get nodes",
    ])
    let outcome = Golden.check(driver.transcript, named: "official-exercise.txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  @Test func describeRunningPod() {
    var driver = Driver()
    driver.run(["kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml", "sleep 150"])
    let output = driver.kubectl("describe pod lifecycle-demo")
    #expect(output.exitCode == 0)
    let outcome = Golden.check(output.stdout, named: "describe-running.txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  @Test func yamlOfRunningPod() {
    var driver = Driver()
    driver.run(["kubectl apply -f https://k8s.io/examples/pods/lifecycle-events.yaml", "sleep 20"])
    let output = driver.kubectl("get pod lifecycle-demo -o yaml")
    let outcome = Golden.check(output.stdout, named: "get-yaml-running.txt")
    #expect(outcome == .match, "\(outcome.explanation)")
  }

  struct ErrorCase: Sendable, CustomTestStringConvertible {
    var line: String
    var stderr: String
    var exitCode: Int32 = 1
    var testDescription: String { line }
  }

  /// Client-side messages checked against the real kubectl 1.34 binary; server messages from
  /// kubectl-formats.md §5.
  @Test(arguments: [
    ErrorCase(
      line: "gte pods",
      stderr: "error: unknown command \"gte\" for \"kubectl\"\n\nDid you mean this?\n\tget\n"),
    ErrorCase(
      line: "get podz", stderr: "error: the server doesn't have a resource type \"podz\"\n"),
    ErrorCase(
      line: "get pod nope", stderr: "Error from server (NotFound): pods \"nope\" not found\n"),
    ErrorCase(line: "get pods", stderr: "No resources found in default namespace.\n", exitCode: 0),
    ErrorCase(
      line: "get pods -o yml",
      stderr:
        "error: unable to match a printer suitable for the output format \"yml\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n"
    ),
    ErrorCase(line: "apply", stderr: "error: must specify one of -f and -k\n"),
    ErrorCase(
      line: "apply pod.yaml",
      stderr: "error: Unexpected args: [pod.yaml]\nSee 'kubectl apply -h' for help and examples\n"),
    ErrorCase(
      line: "apply -f missing.yaml", stderr: "error: the path \"missing.yaml\" does not exist\n"),
    ErrorCase(
      line: "delete pod nope", stderr: "Error from server (NotFound): pods \"nope\" not found\n"),
    ErrorCase(
      line: "delete pod", stderr: "error: resource(s) were provided, but no name was specified\n"),
    ErrorCase(
      line: "delete pod x --now --grace-period=5",
      stderr: "error: --now and --grace-period cannot be specified together\n"),
    ErrorCase(line: "exec", stderr: "error: pod, type/name or --filename must be specified\n"),
    ErrorCase(
      line: "exec nope ls",
      stderr:
        "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n"
    ),
    ErrorCase(
      line: "exec -it nope",
      stderr: "error: you must specify at least one command for the container\n"),
    ErrorCase(
      line: "exec nope -- ls", stderr: "Error from server (NotFound): pods \"nope\" not found\n"),
    ErrorCase(
      line: "logs",
      stderr:
        "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"
    ),
    ErrorCase(
      line: "logs nope",
      stderr:
        "error: error from server (NotFound): pods \"nope\" not found in namespace \"default\"\n"),
    ErrorCase(
      line: "version --short",
      stderr: "error: unknown flag: --short\nSee 'kubectl version --help' for usage.\n"),
    ErrorCase(
      line: "get --foo", stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"
    ),
    ErrorCase(
      line: "describe pod nope", stderr: "Error from server (NotFound): pods \"nope\" not found\n"),
    ErrorCase(
      line: "describe pod/nope", stderr: "Error from server (NotFound): pods \"nope\" not found\n"),
    ErrorCase(
      line: "get pod x -l app=web",
      stderr: "error: name cannot be provided when a selector is specified\n"),
    ErrorCase(
      line: "apply -f labels.yaml",
      stderr:
        "error: unable to decode \"labels.yaml\": json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string\n"
    ),
    ErrorCase(
      line: "apply -f nokind.yaml",
      stderr:
        "error: error validating \"nokind.yaml\": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n"
    ),
    ErrorCase(
      line: "apply -f bad.yaml",
      stderr:
        "error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context\n"
    ),
    ErrorCase(
      line: "apply -f comma.json",
      stderr:
        "error: error parsing comma.json: json: offset 21: invalid character ',' looking for beginning of object key string\n"
    ),
    ErrorCase(
      line: "apply -f pair.json",
      stderr:
        "error: error parsing pair.json: json: offset 21: invalid character '\"' after object key:value pair\n"
    ),
    ErrorCase(
      line: "apply -f truncated.json",
      stderr: "error: error parsing truncated.json: unexpected EOF\n"),
    ErrorCase(line: "apply -f empty.yaml", stderr: "error: no objects passed to apply\n"),
    ErrorCase(line: "create -f empty.yaml", stderr: "error: no objects passed to create\n"),
    ErrorCase(
      line: "apply -f https://example.com/pod.yaml",
      stderr:
        "error: Get \"https://example.com/pod.yaml\": dial tcp: lookup example.com: no such host\nkubetutor: the simulated cluster is offline; it can only fetch the official lifecycle-demo example URLs (e.g. https://k8s.io/examples/pods/lifecycle-events.yaml)\n"
    ),
  ])
  func errorsOnAnEmptyCluster(_ c: ErrorCase) {
    var driver = Driver()
    driver.files = [
      "/root/labels.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    a: 1\n",
      "/root/nokind.yaml": "apiVersion: v1\nmetadata:\n  name: x\n",
      "/root/bad.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: a: b\n",
      "/root/empty.yaml": "---\n# nothing here\n---\n",
      "/root/comma.json": "{\"apiVersion\": \"v1\",, \"kind\": \"Pod\"}",
      "/root/pair.json": "{\"apiVersion\": \"v1\" \"kind\": \"Pod\"}",
      "/root/truncated.json":
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"x\"",
    ]
    let output = driver.kubectl(c.line)
    #expect(output.stderr == c.stderr)
    #expect(output.stdout == "")
    #expect(output.exitCode == c.exitCode)
    #expect(driver.cluster.pods(in: nil).isEmpty)
  }

  /// `create` of a pod with only a `generateName` names the pod the server made; `apply`
  /// refuses it with kubectl's words.
  @Test func createReportsTheGeneratedName() {
    var driver = Driver()
    driver.files = [
      "/root/gen.yaml":
        "apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: web-\nspec:\n  containers:\n  - name: c\n    image: nginx\n"
    ]
    let created = driver.kubectl("create -f gen.yaml")
    let name = driver.cluster.pods(in: nil).first?.name ?? "none"
    #expect(name.hasPrefix("web-") && name.count == 9)
    #expect(created.stdout == "pod/\(name) created\n")
    let applied = driver.kubectl("apply -f gen.yaml")
    #expect(applied.stderr == "error: from web-: cannot use generate name with apply\n")
    #expect(driver.cluster.pods(in: nil).count == 1)
  }
}
