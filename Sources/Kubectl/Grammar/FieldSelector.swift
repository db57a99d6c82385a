import Cluster

/// `--field-selector`: `field=value`, `field==value` or `field!=value` terms, all of which must
/// hold, over the fields the API server indexes for pods and events.
struct FieldSelector: Equatable, Sendable {
  struct Term: Equatable, Sendable {
    var field: String
    var value: String
    var negated: Bool
  }

  var terms: [Term]
  var text: String

  /// Parses the selector; a term without an operator is kubectl's client-side error.
  init(_ text: String) throws(KubectlError) {
    self.text = text
    terms = []
    for raw in text.split(separator: ",") {
      let term = String(raw)
      if let range = term.range(of: "!=") {
        terms.append(
          Term(
            field: String(term[..<range.lowerBound]), value: String(term[range.upperBound...]),
            negated: true))
      } else if let range = term.range(of: "==") ?? term.range(of: "=") {
        terms.append(
          Term(
            field: String(term[..<range.lowerBound]), value: String(term[range.upperBound...]),
            negated: false))
      } else {
        throw .message("invalid selector: '\(text)'; can't understand '\(term)'")
      }
    }
  }

  static let podFields = [
    "metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy",
    "spec.schedulerName",
    "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP",
    "status.nominatedNodeName",
  ]

  static let eventFields = [
    "metadata.name", "metadata.namespace", "involvedObject.kind", "involvedObject.namespace",
    "involvedObject.name",
    "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
    "involvedObject.fieldPath",
    "reason", "reportingComponent", "source", "type",
  ]

  /// The API server refuses a field it does not index.
  func check(fields: [String], resource: String) throws(KubectlError) {
    if let unknown = terms.first(where: { !fields.contains($0.field) }) {
      throw .api(
        .badRequest(
          "Unable to find \"/v1, Resource=\(resource)\" that match label selector \"\", field selector \"\(text)\": field label not supported: \(unknown.field)"
        ), source: nil)
    }
  }

  func matches(_ value: (String) -> String) -> Bool {
    terms.allSatisfy { ($0.negated ? value($0.field) != $0.value : value($0.field) == $0.value) }
  }

  static func podValue(_ pod: Pod, _ field: String) -> String {
    switch field {
    case "metadata.name": pod.name
    case "metadata.namespace": pod.namespace
    case "spec.nodeName": pod.spec.nodeName ?? ""
    case "spec.restartPolicy": pod.spec.restartPolicy ?? ""
    case "spec.schedulerName": pod.spec.schedulerName ?? ""
    case "spec.serviceAccountName": pod.spec.serviceAccountName ?? ""
    case "spec.hostNetwork": String(pod.spec.hostNetwork ?? false)
    case "status.phase": pod.status?.phase?.rawValue ?? ""
    case "status.podIP": pod.status?.podIP ?? ""
    case "status.nominatedNodeName": pod.status?.nominatedNodeName ?? ""
    default: ""
    }
  }

  static func eventValue(_ event: Event, _ field: String) -> String {
    switch field {
    case "metadata.name": event.metadata.name ?? ""
    case "metadata.namespace": event.metadata.namespace ?? ""
    case "involvedObject.kind": event.involvedObject.kind ?? ""
    case "involvedObject.namespace": event.involvedObject.namespace ?? ""
    case "involvedObject.name": event.involvedObject.name ?? ""
    case "involvedObject.uid": event.involvedObject.uid ?? ""
    case "involvedObject.apiVersion": event.involvedObject.apiVersion ?? ""
    case "involvedObject.resourceVersion": event.involvedObject.resourceVersion ?? ""
    case "involvedObject.fieldPath": event.involvedObject.fieldPath ?? ""
    case "reason": event.reason
    case "reportingComponent": event.reportingComponent
    case "source": event.source.component ?? ""
    case "type": event.type
    default: ""
    }
  }
}
