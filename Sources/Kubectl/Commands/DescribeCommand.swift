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
      throw .message(
        "kubetutor can describe pods only; `describe \(selection.type.rawValue)` is not simulated")
    }
    self.selection = selection
    self.namespace = parsed.string("namespace") ?? namespace ?? "default"
    allNamespaces = parsed.bool("all-namespaces")
    showEvents = parsed.bool("show-events", default: true)
    if let text = parsed.string("selector") { selector = try GetCommand.parseSelector(text) }
  }

  func execute(in cluster: Cluster, output: inout CommandOutput) throws(KubectlError) {
    var pods: [Pod] = []
    var errors: [KubectlError] = []
    if selection.names.isEmpty {
      pods = cluster.pods(in: allNamespaces ? nil : namespace)
      if let selector {
        pods = pods.filter { p in selector.allSatisfy { p.metadata.labels?[$0.key] == $0.value } }
      }
      if pods.isEmpty {
        output.err(
          allNamespaces ? "No resources found\n" : "No resources found in \(namespace) namespace.\n"
        )
        return
      }
    } else {
      for name in selection.names {
        if let pod = cluster.pod(named: name, in: namespace) {
          pods.append(pod)
          continue
        }
        // kubectl describes every pod whose name starts with the given one.
        let prefixed = cluster.pods(in: namespace).filter { $0.name.hasPrefix(name) }
        if prefixed.isEmpty {
          errors.append(.api(.notFound(resource: "pods", name: name), source: nil))
        }
        pods += prefixed
      }
    }
    let texts = pods.map { pod in
      DescribePrinter.describe(
        pod, events: showEvents ? cluster.events(about: pod) : [], now: cluster.now)
    }
    if !texts.isEmpty {
      output.out(texts.joined(separator: "\n\n") + (texts.count > 1 || errors.isEmpty ? "" : ""))
    }
    if !errors.isEmpty { throw errors.count == 1 ? errors[0] : .several(errors) }
  }
}
