/// Something kubetutor says about itself rather than as kubectl: a limit of the simulation, or
/// what it did instead of waiting for Ctrl-C.
///
/// Kept apart from kubectl's own messages (which stay English, as kubectl prints them) so that
/// the shell can show it in the learner's language: each ``Kind`` has an English template here
/// and a translation in the shell's string table, with the same `{name}` placeholders.
public struct SimulatorNote: Equatable, Sendable {
  /// Which note; the raw value names it in translation tables.
  public enum Kind: String, CaseIterable, Sendable {
    case kindNotSimulated, oneTypeAtATime, sortByPaths, commandNotSimulated, helpShortened
    case helpFlags
    case offline, outputFormat, deletePodsOnly, execPodsOnly, execStillRunning, watchPodsOnly
    case equalitySelectors, watchFormats, watchBound, controlPlane, createSubcommand
    case applyPodsOnly, imageTags, imageNotInCatalog, logsPodsOnly, followBound, explainFormat
    case explainAPIVersion, explainPodsOnly, explainLifecycleOnly, waitJSONPath, waitPodsOnly
    case describePodsOnly, podLimit
  }

  public var kind: Kind
  /// The values of the template's placeholders.
  public var values: [String: String]

  public init(_ kind: Kind, _ values: [String: String] = [:]) {
    self.kind = kind
    self.values = values
  }

  /// The note in English.
  public var english: String { rendered(Self.english[kind] ?? kind.rawValue) }

  /// `template` (English or a translation) with the placeholders filled in.
  public func rendered(_ template: String) -> String {
    var text = template
    for (name, value) in values.sorted(by: { $0.key < $1.key }) {
      text = text.replacing("{\(name)}", with: value)
    }
    return text
  }

  /// The English templates.
  public static let english: [Kind: String] = [
    .kindNotSimulated:
      "kubetutor simulates pods, events, nodes and namespaces; {kind} are not simulated",
    .oneTypeAtATime: "kubetutor can only {command} one resource type at a time",
    .sortByPaths:
      "kubetutor supports --sort-by with plain field paths such as .lastTimestamp only",
    .commandNotSimulated:
      "kubetutor does not simulate `kubectl {command}`; it simulates {commands}",
    .helpFlags: "Flags kubetutor simulates:",
    .helpShortened:
      "kubetutor: this help is shortened to what the simulator does; kubectl's full text is at {url}",
    .offline:
      "kubetutor: the simulated cluster is offline; it can only fetch the official lifecycle-demo example URLs (e.g. https://k8s.io/examples/pods/lifecycle-events.yaml)",
    .outputFormat: "kubetutor does not simulate -o {format}; use -o wide, yaml, json or name",
    .deletePodsOnly: "kubetutor can delete pods only; `delete {type}` is not simulated",
    .execPodsOnly: "kubetutor can exec into pods only",
    .execStillRunning:
      "kubetutor: the command was still running after 10 minutes of simulated time; kubetutor stopped waiting (press Ctrl-C in a real terminal)",
    .watchPodsOnly: "kubetutor can watch pods only; `get {type} --watch` is not simulated",
    .equalitySelectors:
      "kubetutor supports only equality selectors (key=value); \"{term}\" is not simulated",
    .watchFormats: "kubetutor watches with the table, wide and name formats only",
    .watchBound:
      "kubetutor: stopped watching after 2 minutes of simulated time (a real watch goes on until Ctrl-C)",
    .controlPlane:
      "kubetutor: the control plane's own pods (kube-system) are not simulated, so they are not listed",
    .createSubcommand:
      "kubetutor simulates `kubectl create -f FILE`; `kubectl create {subcommand}` is not simulated",
    .applyPodsOnly:
      "kubetutor simulates Pods only; {kind} \"{name}\" from \"{source}\" was not applied",
    .imageTags:
      "kubetutor: the simulator has \"{repository}\" only with the tags {tags}; pulling \"{image}\" will fail as for a tag the registry lacks",
    .imageNotInCatalog:
      "kubetutor: image \"{image}\" is not in the simulator's catalog (nginx, busybox, kennethreitz/httpbin); pulling it will fail as for an image the registry lacks",
    .logsPodsOnly: "kubetutor can show logs of pods only",
    .followBound:
      "kubetutor: stopped following after 1 minute of simulated time (a real kubectl logs -f goes on until Ctrl-C)",
    .explainFormat: "unsupported output format: {format}; kubetutor renders explain as plaintext",
    .explainAPIVersion:
      "kubetutor explains the core v1 Pod schema only; --api-version={version} is not simulated",
    .explainPodsOnly:
      "kubetutor explains pods only; try: kubectl explain pod.spec.containers.lifecycle",
    .explainLifecycleOnly:
      "kubetutor carries the API documentation of pod.spec.containers.lifecycle and its fields only; see https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/",
    .waitJSONPath: "kubetutor supports --for=jsonpath={.status.phase}=PHASE only",
    .waitPodsOnly: "kubetutor can wait for pods only",
    .describePodsOnly: "kubetutor can describe pods only; `describe {type}` is not simulated",
    .podLimit:
      "kubetutor holds at most {limit} pods in its simulated cluster; delete some first (a real cluster has no such limit)",
  ]
}
