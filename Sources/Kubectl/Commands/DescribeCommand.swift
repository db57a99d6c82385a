import Cluster

/// `kubectl describe pod NAME` (with kubectl's name-prefix matching) and `describe pods`.
struct DescribeCommand {
  static let flags =
    Invocation.globalFlags + [
      FlagSpec("all-namespaces", "A", .bool),
      FlagSpec("selector", "l", .string),
      FlagSpec("show-events", nil, .bool),
      FlagSpec("filename", "f", .stringArray),
    ]

  var selection: ResourceSelection
  var namespace: String
  var allNamespaces: Bool
  var showEvents: Bool
  var selector: [String: String]?

  init(_ arguments: [String], namespace: String?) throws(KubectlError) {
    let parsed: ParsedArguments
    do { parsed = try FlagParser.parse(arguments, flags: Self.flags) } catch {
      throw error.asFlagError("describe")
    }
    guard let selection = try ResourceSelection.parse(parsed.positional, command: "describe") else {
      throw .message(
        "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources."
      )
    }
    guard selection.type == .pods else {
      throw .note(
        SimulatorNote(.describePodsOnly, ["type": selection.type.rawValue]))
    }
    self.selection = selection
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    allNamespaces = parsed.bool("all-namespaces")
    showEvents = parsed.bool("show-events", default: true)
    if let text = parsed.string("selector") { selector = try GetCommand.parseSelector(text) }
  }

  func execute(in cluster: Cluster, output: inout CommandOutput) throws(KubectlError) {
    func describe(_ pod: Pod) -> String {
      DescribePrinter.describe(
        pod, events: showEvents ? cluster.events(about: pod) : [], now: cluster.now)
    }
    if selection.names.isEmpty {
      var pods = cluster.pods(in: allNamespaces ? nil : namespace)
      if let selector {
        pods = pods.filter { p in selector.allSatisfy { p.metadata.labels?[$0.key] == $0.value } }
      }
      if pods.isEmpty {
        output.err(
          allNamespaces ? "No resources found\n" : "No resources found in \(namespace) namespace.\n"
        )
        return
      }
      output.out(pods.map(describe).joined(separator: "\n\n"))
      return
    }
    // `describe pod NAME` with no such pod: kubectl describes every pod whose name starts with
    // NAME, each followed by an empty line (DescribeMatchingResources; not for `pod/NAME`).
    if !selection.slashForm, selection.names.count == 1, let name = selection.names.first,
      cluster.pod(named: name, in: namespace) == nil
    {
      let prefixed = cluster.pods(in: namespace).filter { $0.name.hasPrefix(name) }
      guard !prefixed.isEmpty else {
        throw .api(.notFound(resource: "pods", name: name), source: nil)
      }
      for pod in prefixed { output.out(describe(pod) + "\n") }
      return
    }
    var found: [Pod] = []
    var errors: [KubectlError] = []
    for name in selection.names {
      if let pod = cluster.pod(named: name, in: namespace) {
        found.append(pod)
      } else {
        errors.append(.api(.notFound(resource: "pods", name: name), source: nil))
      }
    }
    if !found.isEmpty { output.out(found.map(describe).joined(separator: "\n\n")) }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : .several(errors) }
  }

}
