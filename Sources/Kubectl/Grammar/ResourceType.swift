/// The resource types the simulated API server serves.
enum ResourceType: String, CaseIterable, Sendable {
  case pods
  /// `all`: the pods, plus the cluster's one service (`service/kubernetes`).
  case all
  case events
  case nodes
  case namespaces

  /// Resolves what a user typed (`po`, `pod`, `pods`, `Pod`, `ev`, `no`, `ns`, `pods.v1`).
  ///
  /// - Throws: kubectl's message for a type the server does not have, or a clear line for a
  ///   real Kubernetes type that kubetutor does not simulate.
  static func resolve(_ typed: String) throws(KubectlError) -> ResourceType {
    let word = typed.lowercased().split(separator: ".").first.map(String.init) ?? ""
    switch word {
    case "po", "pod", "pods": return .pods
    case "all": return .all
    case "ev", "event", "events": return .events
    case "no", "node", "nodes": return .nodes
    case "ns", "namespace", "namespaces": return .namespaces
    default:
      if let kind = unsimulated[word] {
        throw .note(
          SimulatorNote(.kindNotSimulated, ["kind": kind]))
      }
      throw .message("the server doesn't have a resource type \"\(typed)\"")
    }
  }

  /// Real Kubernetes resource names (and short names) the simulator knows but does not model.
  static let unsimulated: [String: String] = {
    var table: [String: String] = [:]
    let kinds: [(String, [String])] = [
      ("services", ["svc", "service", "services"]),
      ("deployments", ["deploy", "deployment", "deployments"]),
      ("replicasets", ["rs", "replicaset", "replicasets"]),
      ("statefulsets", ["sts", "statefulset", "statefulsets"]),
      ("daemonsets", ["ds", "daemonset", "daemonsets"]),
      ("jobs", ["job", "jobs"]),
      ("cronjobs", ["cj", "cronjob", "cronjobs"]),
      ("configmaps", ["cm", "configmap", "configmaps"]),
      ("secrets", ["secret", "secrets"]),
      ("serviceaccounts", ["sa", "serviceaccount", "serviceaccounts"]),
      ("persistentvolumeclaims", ["pvc", "persistentvolumeclaim", "persistentvolumeclaims"]),
      ("persistentvolumes", ["pv", "persistentvolume", "persistentvolumes"]),
      ("ingresses", ["ing", "ingress", "ingresses"]),
      ("endpoints", ["ep", "endpoints"]),
      ("endpointslices", ["endpointslice", "endpointslices"]),
    ]
    for (kind, names) in kinds { for name in names { table[name] = kind } }
    return table
  }()
}

/// The objects a get/describe/delete names: `pod a b`, `pod/a pod/b`, or just a type.
struct ResourceSelection: Equatable, Sendable {
  var type: ResourceType
  var names: [String]
  /// Whether the objects were named `type/name` (kubectl then never falls back to prefixes).
  var slashForm = false

  /// Parses the positional arguments of a resource command.
  static func parse(_ arguments: [String], command: String) throws(KubectlError)
    -> ResourceSelection?
  {
    guard let first = arguments.first else { return nil }
    if first.contains("/") {
      var type: ResourceType?
      var names: [String] = []
      for argument in arguments {
        guard let slash = argument.firstIndex(of: "/") else {
          throw .message(
            "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
          )
        }
        let t = try ResourceType.resolve(String(argument[..<slash]))
        if let type, type != t {
          throw .note(SimulatorNote(.oneTypeAtATime, ["command": command]))
        }
        type = t
        names.append(String(argument[argument.index(after: slash)...]))
      }
      guard let type else { return nil }
      return ResourceSelection(type: type, names: names, slashForm: true)
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains(where: { $0.contains("/") }) {
      throw .message(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'"
      )
    }
    return ResourceSelection(type: try ResourceType.resolve(first), names: rest)
  }
}
